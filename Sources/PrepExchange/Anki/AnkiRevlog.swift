import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy

/// prep's review log as Anki's `revlog`. Each card's log is replayed through the scheduler, as grading did,
/// to know the state each review started from (Anki's review type) and the interval it gave.
package enum AnkiRevlog {
    /// - Parameters:
    ///   - reviews: oldest first; reviews of keys missing from `positions` are left out.
    ///   - positions: each exported card's place in the package, counted from 0; its card ID is
    ///     `firstCardID` plus that place.
    package static func entries(
        reviews: [StoredReview], positions: [String: Int], firstCardID: Int64, scheduler: Scheduler
    ) -> [AnkiCollection.RevlogEntry] {
        let cardCount = (positions.values.max() ?? -1) + 1
        // By place rather than by key: one dictionary lookup per review, and those too one slice per core.
        let places = reviews.concurrentMap { review in
            Rating(rawValue: review.rating) == nil ? -1 : positions[review.cardKey] ?? -1
        }
        // Each card's reviews, oldest first, one run per card (a counting sort by place): a card's replay
        // depends only on its own reviews, so the cards are replayed one slice per core.
        var runStarts = [Int](repeating: 0, count: cardCount + 1)
        for position in places where position >= 0 { runStarts[position + 1] += 1 }
        for position in 0..<cardCount { runStarts[position + 1] += runStarts[position] }
        var byCard = [Int](repeating: 0, count: runStarts[cardCount])
        var next = runStarts
        for (index, position) in places.enumerated() where position >= 0 {
            byCard[next[position]] = index
            next[position] += 1
        }
        let (grouped, starts) = (byCard, runStarts)
        let replayed = Array(0..<cardCount).concurrentMap { position in
            replay(grouped[starts[position]..<starts[position + 1]], of: reviews, scheduler: scheduler)
        }

        var entries: [AnkiCollection.RevlogEntry] = []
        entries.reserveCapacity(byCard.count)
        var taken = [Int](repeating: 0, count: cardCount)
        var lastID: Int64 = .min
        for (index, position) in places.enumerated() where position >= 0 {
            let review = reviews[index]
            var entry = replayed[position][taken[position]]
            taken[position] += 1
            // The id is the review time and the primary key: a review in the same millisecond moves up by one.
            entry.id = max(Int64((review.reviewedAt.timeIntervalSince1970 * 1000).rounded()), lastID + 1)
            entry.cardID = firstCardID + Int64(position)
            lastID = entry.id
            entries.append(entry)
        }
        return entries
    }

    /// One card's reviews (their indices in `reviews`, oldest first) as log entries without their ids, which
    /// follow the order of the whole log.
    private static func replay(
        _ indices: ArraySlice<Int>, of reviews: [StoredReview], scheduler: Scheduler
    ) -> [AnkiCollection.RevlogEntry] {
        var state: StoredCardState?
        var lastInterval = 0
        return indices.map { index in
            let review = reviews[index]
            let rating = Rating(rawValue: review.rating)!
            let before = state ?? .fresh(key: review.cardKey, now: review.reviewedAt)
            let after = GradeRecorder.apply(rating, to: before, at: review.reviewedAt, scheduler: scheduler).state
            state = after
            let interval = Self.interval(after, reviewedAt: review.reviewedAt)
            defer { lastInterval = interval }
            return AnkiCollection.RevlogEntry(
                id: 0, cardID: 0, ease: rating.rawValue, interval: interval, lastInterval: lastInterval,
                factor: after.state == CardState.learning.rawValue ? 0 : 2500,
                milliseconds: max(0, min(review.durationMs ?? 0, Int(Int32.max))),
                type: type(before: before)
            )
        }
    }

    /// 0 learning (new cards included), 1 review, 2 relearning.
    static func type(before state: StoredCardState) -> Int {
        guard state.reps > 0 else { return 0 }
        switch CardState(rawValue: state.state) {
        case .review: return 1
        case .relearning: return 2
        default: return 0
        }
    }

    /// Days to the next due date in the review state; minus the seconds of a learning step otherwise.
    static func interval(_ state: StoredCardState, reviewedAt: Date) -> Int {
        let seconds = state.due.timeIntervalSince(reviewedAt)
        guard state.state == CardState.review.rawValue else { return -max(1, Int(seconds.rounded())) }
        return max(1, Int((seconds / 86_400).rounded()))
    }
}
