import Foundation

/// A review reduced to what FSRS sees: the grade and the whole days since the card's previous review.
package struct DayReview: Sendable, Hashable {
    package var rating: Rating
    /// 0 for the first review and for a review the same day as the previous one.
    package var elapsedDays: Int

    package init(rating: Rating, elapsedDays: Int) {
        self.rating = rating
        self.elapsedDays = elapsedDays
    }
}

/// One prediction to score: a card's reviews up to one made at least a day after the previous review, whose
/// outcome (recalled or not) the model predicts from the reviews before it. fsrs-rs calls this an `FSRSItem`.
package struct TrainingItem: Sendable, Hashable {
    /// Index into `TrainingSet.cards`.
    package var card: Int
    /// How many of the card's reviews the item holds, the predicted one last.
    package var count: Int
    package var reviewedAt: Date
}

/// A review log turned into training items the way fsrs-rs builds them from Anki's log.
package struct TrainingSet: Sendable {
    package var cards: [[DayReview]]
    /// Every item, ordered by the time of its predicted review.
    package var items: [TrainingItem]

    package init(_ log: [ReviewLogEntry]) {
        var indexOfCard: [String: Int] = [:]
        var entriesOfCard: [[ReviewLogEntry]] = []
        for entry in log {
            let index = indexOfCard[entry.cardID] ?? {
                indexOfCard[entry.cardID] = entriesOfCard.count
                entriesOfCard.append([])
                return entriesOfCard.count - 1
            }()
            entriesOfCard[index].append(entry)
        }
        cards = []
        items = []
        for (card, unsorted) in entriesOfCard.enumerated() {
            // Stable, so reviews logged at the same instant keep the log's order.
            let entries = unsorted.enumerated()
                .sorted { ($0.element.reviewedAt, $0.offset) < ($1.element.reviewedAt, $1.offset) }
                .map(\.element)
            var reviews: [DayReview] = []
            for (position, entry) in entries.enumerated() {
                let elapsed =
                    position == 0
                    ? 0
                    : max(0, entry.elapsedDays ?? Scheduler.elapsedDays(from: entries[position - 1].reviewedAt, to: entry.reviewedAt))
                reviews.append(DayReview(rating: entry.rating, elapsedDays: elapsed))
                if position > 0 && elapsed > 0 {
                    items.append(TrainingItem(card: card, count: position + 1, reviewedAt: entry.reviewedAt))
                }
            }
            cards.append(reviews)
        }
        items.sort { ($0.reviewedAt, $0.card, $0.count) < ($1.reviewedAt, $1.card, $1.count) }
    }

    package var reviewCount: Int { cards.reduce(0) { $0 + $1.count } }

    package func reviews(of item: TrainingItem) -> ArraySlice<DayReview> {
        cards[item.card][..<item.count]
    }

    package func current(_ item: TrainingItem) -> DayReview { cards[item.card][item.count - 1] }

    package func firstRating(_ item: TrainingItem) -> Rating { cards[item.card][0].rating }

    /// Reviews a day or more after the previous one, the predicted review included.
    package func longTermReviewCount(_ item: TrainingItem) -> Int {
        reviews(of: item).count { $0.elapsedDays > 0 }
    }

    package func firstLongTermReview(_ item: TrainingItem) -> DayReview {
        reviews(of: item).first { $0.elapsedDays > 0 }!
    }

    /// Recalled, as fsrs-rs labels it: any grade but Again.
    package func recalled(_ item: TrainingItem) -> Bool { current(item).rating != .again }
}
