import Foundation
import PrepCore

/// A simulated learner whose memory truly follows FSRS-6 with `trueWeights`, studying with prep's default
/// scheduler: a known answer for checking that a fit recovers what generated the log, and a load for benchmarks.
package struct SyntheticLearner: Sendable {
    package var trueWeights: [Double]
    package var cards: Int
    package var days: Int
    package var seed: UInt64

    /// Non-default weights: a learner who forgets new cards faster than FSRS assumes, with weaker growth on
    /// recall and a steeper forgetting curve.
    package static let exampleWeights: [Double] = [
        0.3, 0.6, 1.0, 4.0, 6.0, 0.9, 2.2, 0.02, 1.2, 0.2, 1.1,
        1.8, 0.1, 0.35, 1.2, 0.5, 2.2, 0.6, 0.2, 0.1, 0.25,
    ]

    package init(trueWeights: [Double] = exampleWeights, cards: Int = 300, days: Int = 60, seed: UInt64 = 14) {
        self.trueWeights = trueWeights
        self.cards = cards
        self.days = days
        self.seed = seed
    }

    /// The review log, oldest first. New cards arrive evenly over the first third of the period.
    package func reviewLog(startingAt start: Date = Date(timeIntervalSince1970: 1_704_099_600)) -> [ReviewLogEntry] {
        var rng = SplitMix64(seed: seed)
        let truth = MemoryModel(weights: trueWeights)
        let scheduler = Scheduler(SchedulerParameters(enableFuzzing: false))
        let introductionDays = max(1, days / 3)
        var memories = Array(repeating: MemoryWalk<Double>(), count: cards)
        var plans = Array(repeating: SchedulingCard(newAt: start), count: cards)
        var dueDay = (0..<cards).map { $0 * introductionDays / cards }
        var lastReview = Array(repeating: start, count: cards)
        var log: [ReviewLogEntry] = []

        for day in 0..<days {
            for card in 0..<cards where dueDay[card] == day {
                // Study sessions start at 08:00 and spread over three hours.
                var time = start.addingTimeInterval(Double(day) * 86400 + Double(Int.random(in: 0..<10800, using: &rng)))
                var rating = grade(card, at: time, memories: memories, lastReview: lastReview, truth: truth, using: &rng)
                while true {
                    let elapsed = memories[card].stability == nil ? 0 : Scheduler.elapsedDays(from: lastReview[card], to: time)
                    log.append(ReviewLogEntry(cardID: "c\(card)", reviewedAt: time, rating: rating, elapsedDays: elapsed))
                    memories[card].apply(DayReview(rating: rating, elapsedDays: elapsed), model: truth)
                    plans[card] = scheduler.review(plans[card], rating: rating, at: time)
                    lastReview[card] = time
                    // Learning and relearning steps are done within the session.
                    guard plans[card].state != .review else { break }
                    time = plans[card].due
                    rating = grade(card, at: time, memories: memories, lastReview: lastReview, truth: truth, using: &rng)
                }
                dueDay[card] = day + max(1, Int((plans[card].due.timeIntervalSince(start) / 86400).rounded(.down)) - day)
            }
        }
        return log
    }

    /// Again when the true memory fails, otherwise Hard, Good or Easy in Anki's usual proportions; a new card
    /// gets its first grade from Anki's usual first-grade proportions.
    private func grade(
        _ card: Int, at time: Date, memories: [MemoryWalk<Double>], lastReview: [Date], truth: MemoryModel<Double>,
        using rng: inout SplitMix64
    ) -> Rating {
        let draw = Double.random(in: 0..<1, using: &rng)
        guard memories[card].stability != nil else {
            return draw < 0.24 ? .again : draw < 0.334 ? .hard : draw < 0.829 ? .good : .easy
        }
        let recall = memories[card].retrievability(after: Scheduler.elapsedDays(from: lastReview[card], to: time), model: truth)
        guard Double.random(in: 0..<1, using: &rng) < recall else { return .again }
        return draw < 0.224 ? .hard : draw < 0.856 ? .good : .easy
    }
}
