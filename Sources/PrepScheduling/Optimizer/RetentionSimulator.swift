import Foundation
import PrepCore

/// Simulates the days ahead at several desired retentions, as Anki's "Help me decide" does: each day every due
/// card is reviewed and recalled with the probability the learner's weights give, new cards are introduced up
/// to the daily limit, and the cost (reviews) is set against the result (cards remembered).
package struct RetentionSimulator: Sendable {
    /// A card already studied, in whole days relative to the start of the simulation.
    package struct StudiedCard: Sendable, Hashable {
        package var stability: Double
        package var difficulty: Double
        /// Negative or zero: days since the last review.
        package var lastReviewDay: Int
        package var dueDay: Int

        package init(stability: Double, difficulty: Double, lastReviewDay: Int, dueDay: Int) {
            self.stability = stability
            self.difficulty = difficulty
            self.lastReviewDay = lastReviewDay
            self.dueDay = dueDay
        }
    }

    package struct Outcome: Sendable, Hashable, Encodable {
        package var retention: Double
        package var reviewsPerDay: Double
        package var totalReviews: Int
        /// Expected number of studied cards recalled on the last day (the sum of their recall probabilities).
        package var cardsRemembered: Double
        package var cardsStudied: Int

        enum CodingKeys: String, CodingKey {
            case retention
            case reviewsPerDay = "reviews_per_day"
            case totalReviews = "total_reviews"
            case cardsRemembered = "cards_remembered"
            case cardsStudied = "cards_studied"
        }
    }

    package var weights: [Double]
    package var days: Int
    package var newCardsPerDay: Int
    package var seed: UInt64 = 1

    /// Anki's usual proportions of first grades (Again, Hard, Good, Easy) and of grades on recall (Hard, Good, Easy).
    static let firstGrades: [(Rating, Double)] = [(.again, 0.24), (.hard, 0.094), (.good, 0.495), (.easy, 0.171)]
    static let recallGrades: [(Rating, Double)] = [(.hard, 0.224), (.good, 0.632), (.easy, 0.144)]

    package init(weights: [Double], days: Int, newCardsPerDay: Int) {
        self.weights = weights
        self.days = days
        self.newCardsPerDay = newCardsPerDay
    }

    /// Every retention draws the same random numbers, so the differences come from the retention alone.
    package func run(retention: Double, studied: [StudiedCard], newCards: Int) -> Outcome {
        let model = MemoryModel(weights: weights)
        var rng = SplitMix64(seed: seed)
        var cards = studied
        var remainingNew = newCards
        var reviews = 0
        for day in 0..<days {
            for index in cards.indices where cards[index].dueDay <= day {
                let elapsed = day - cards[index].lastReviewDay
                let recall = model.retrievability(elapsedDays: Double(elapsed), stability: cards[index].stability)
                let rating = Double.random(in: 0..<1, using: &rng) < recall ? Self.draw(Self.recallGrades, using: &rng) : .again
                var memory = MemoryWalk<Double>(stability: cards[index].stability, difficulty: cards[index].difficulty)
                memory.apply(DayReview(rating: rating, elapsedDays: elapsed), model: model)
                reviews += 1
                if rating == .again {
                    // The relearning step, later the same day.
                    memory.apply(DayReview(rating: .good, elapsedDays: 0), model: model)
                    reviews += 1
                }
                cards[index] = schedule(memory, day: day, retention: retention, model: model)
            }
            for _ in 0..<min(newCardsPerDay, remainingNew) {
                remainingNew -= 1
                var memory = MemoryWalk<Double>()
                let first = Self.draw(Self.firstGrades, using: &rng)
                memory.apply(DayReview(rating: first, elapsedDays: 0), model: model)
                reviews += 1
                if first == .again || first == .hard {
                    memory.apply(DayReview(rating: .good, elapsedDays: 0), model: model)
                    reviews += 1
                }
                cards.append(schedule(memory, day: day, retention: retention, model: model))
            }
        }
        let remembered = cards.reduce(0.0) { sum, card in
            sum + model.retrievability(elapsedDays: Double(days - card.lastReviewDay), stability: card.stability)
        }
        return Outcome(
            retention: retention, reviewsPerDay: Double(reviews) / Double(max(days, 1)), totalReviews: reviews,
            cardsRemembered: remembered, cardsStudied: cards.count
        )
    }

    private func schedule(_ memory: MemoryWalk<Double>, day: Int, retention: Double, model: MemoryModel<Double>) -> StudiedCard {
        let stability = memory.stability!
        let interval = Scheduler.intervalDays(stability: stability, desiredRetention: retention, model: model, maximumInterval: 36500)
        return StudiedCard(stability: stability, difficulty: memory.difficulty, lastReviewDay: day, dueDay: day + interval)
    }

    private static func draw(_ grades: [(Rating, Double)], using rng: inout SplitMix64) -> Rating {
        var remaining = Double.random(in: 0..<1, using: &rng)
        for (rating, share) in grades {
            if remaining < share { return rating }
            remaining -= share
        }
        return grades.last!.0
    }
}
