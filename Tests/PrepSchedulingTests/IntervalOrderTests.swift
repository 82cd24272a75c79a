import Foundation
import PrepCore
import Testing

@testable import PrepScheduling

/// Anki's order of the passing grades (review.rs `passing_fsrs_review_intervals`): Good at least a day past
/// Hard and Easy at least a day past Good, where FSRS alone would round them to the same day.
@Suite struct IntervalOrderTests {
    static let now = utc("2026-06-01T12:00:00Z")

    /// Review cards young and old, just due and overdue, easy and hard.
    static var reviewCards: [SchedulingCard] {
        var cards: [SchedulingCard] = []
        for stability in [0.1, 0.3, 0.6, 1.0, 1.5, 2.3, 4, 9, 30, 200] {
            for difficulty in [1.0, 5.0, 9.5] {
                for elapsed in [0.0, 1, 3, 20] {
                    cards.append(SchedulingCard(
                        state: .review, step: nil, stability: stability, difficulty: difficulty,
                        due: now, lastReview: now - elapsed * day
                    ))
                }
            }
        }
        return cards
    }

    func days(_ outcomes: [Rating: SchedulingCard], _ rating: Rating) -> Int {
        Int((outcomes[rating]!.due.timeIntervalSince(Self.now) / day).rounded())
    }

    @Test(arguments: [false, true])
    func reviewCardsKeepHardGoodEasyInOrder(fuzzing: Bool) {
        let ordered = Scheduler(SchedulerParameters(enableFuzzing: fuzzing, keepsIntervalOrder: true))
        let plain = Scheduler(SchedulerParameters(enableFuzzing: fuzzing))
        var collisionsWithout = 0
        for (index, card) in Self.reviewCards.enumerated() {
            let seed = UInt64(index)
            let outcomes = ordered.preview(card, at: Self.now, fuzzSeed: seed)
            let (hard, good, easy) = (days(outcomes, .hard), days(outcomes, .good), days(outcomes, .easy))
            #expect(hard >= 1 && hard < good && good < easy, "S \(card.stability!) D \(card.difficulty!): \(hard) \(good) \(easy)")
            let unordered = plain.preview(card, at: Self.now, fuzzSeed: seed)
            if days(unordered, .hard) >= days(unordered, .good) || days(unordered, .good) >= days(unordered, .easy) {
                collisionsWithout += 1
            }
            // Again and the memory state are FSRS's own; only the passing intervals move.
            #expect(outcomes[.again] == unordered[.again])
            for rating in [Rating.hard, .good, .easy] {
                #expect(outcomes[rating]!.stability == unordered[rating]!.stability)
            }
        }
        #expect(collisionsWithout > 0, "the grid holds cases FSRS alone rounds to the same day")
    }

    /// A new card graded Good with no learning steps graduates; Easy then lands at least a day later.
    @Test func easyGraduatesPastGood() {
        let scheduler = Scheduler(SchedulerParameters(learningSteps: [], enableFuzzing: false, keepsIntervalOrder: true))
        let outcomes = scheduler.preview(SchedulingCard(newAt: Self.now), at: Self.now)
        #expect(days(outcomes, .good) < days(outcomes, .easy))
        #expect(days(outcomes, .hard) < days(outcomes, .good))
    }

    @Test func gradingLandsOnThePreviewedInterval() {
        let scheduler = Scheduler(SchedulerParameters(keepsIntervalOrder: true))
        for (index, card) in Self.reviewCards.enumerated() {
            let preview = scheduler.preview(card, at: Self.now, fuzzSeed: UInt64(index))
            for rating in Rating.allCases {
                var rng = SplitMix64(seed: UInt64(index))
                #expect(scheduler.review(card, rating: rating, at: Self.now, using: &rng) == preview[rating])
            }
        }
    }
}
