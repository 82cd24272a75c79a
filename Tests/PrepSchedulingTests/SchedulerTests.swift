import Foundation
import PrepCore
import Testing

@testable import PrepScheduling

@Suite struct SchedulerTests {
    let scheduler = Scheduler(SchedulerParameters(enableFuzzing: false))
    let start = utc("2024-01-01T09:00:00Z")

    @Test func newCardIsLearningAtStepZeroWithoutMemory() {
        let card = SchedulingCard(newAt: start)
        #expect(card.state == .learning && card.step == 0 && card.isNew)
        #expect(card.stability == nil && card.difficulty == nil && card.lastReview == nil && card.due == start)
        let constructed = SchedulingCard(state: .learning, step: nil, stability: nil, difficulty: nil, due: start,
                                         lastReview: nil)
        #expect(constructed.step == 0)
    }

    @Test(arguments: [
        (Rating.again, CardState.learning, 0 as Int?, 1 * minute),
        (.hard, .learning, 0, 5.5 * minute),
        (.good, .learning, 1, 10 * minute),
        (.easy, .review, nil, 8 * day),
    ])
    func firstReviewFollowsTheDefaultSteps(rating: Rating, state: CardState, step: Int?, interval: TimeInterval) {
        let card = scheduler.review(SchedulingCard(newAt: start), rating: rating, at: start)
        #expect(card.state == state)
        #expect(card.step == step)
        #expect(card.due.timeIntervalSince(start) == interval)
        #expect(card.lastReview == start)
        #expect(card.stability == SchedulerParameters.defaultWeights[rating.rawValue - 1])
    }

    @Test func goodTwiceGraduatesWithAShortTermUpdate() {
        let first = scheduler.review(SchedulingCard(newAt: start), rating: .good, at: start)
        let second = scheduler.review(first, rating: .good, at: first.due)
        #expect(second.state == .review && second.step == nil)
        #expect(second.stability == 2.3065)
        #expect(second.due == utc("2024-01-03T09:10:00Z"))
        // Difficulty moves on every review after the first, same-day ones included.
        #expect(second.difficulty == scheduler.model.nextDifficulty(first.difficulty!, rating: .good))
        #expect(second.difficulty != first.difficulty)
    }

    @Test func lapseGoesToRelearningAndBackToReview() {
        var card = scheduler.review(SchedulingCard(newAt: start), rating: .easy, at: start)
        let reviewStability = card.stability!
        card = scheduler.review(card, rating: .again, at: card.due)
        #expect(card.state == .relearning && card.step == 0)
        #expect(card.stability! < reviewStability)
        #expect(card.due.timeIntervalSince(card.lastReview!) == 10 * minute)
        card = scheduler.review(card, rating: .good, at: card.due)
        #expect(card.state == .review && card.step == nil)
        #expect(card.due.timeIntervalSince(card.lastReview!) >= day)
    }

    @Test func reviewDoesNotChangeTheInputCard() {
        let card = SchedulingCard(newAt: start)
        _ = scheduler.review(card, rating: .easy, at: start)
        #expect(card == SchedulingCard(newAt: start))
    }

    @Test func elapsedDaysCountWholeTwentyFourHourPeriods() {
        let last = utc("2024-01-01T23:00:00Z")
        #expect(Scheduler.elapsedDays(from: last, to: utc("2024-01-02T01:00:00Z")) == 0)
        #expect(Scheduler.elapsedDays(from: last, to: utc("2024-01-02T22:59:59Z")) == 0)
        #expect(Scheduler.elapsedDays(from: last, to: utc("2024-01-02T23:00:00Z")) == 1)
        #expect(Scheduler.elapsedDays(from: last, to: utc("2024-01-03T22:59:59Z")) == 1)
        #expect(Scheduler.elapsedDays(from: last, to: utc("2024-01-01T22:59:59Z")) == -1)
    }

    @Test func retrievabilityIsZeroForNewCardsAndStepsByWholeDays() {
        #expect(scheduler.retrievability(of: SchedulingCard(newAt: start), at: start) == 0)
        let card = SchedulingCard(state: .review, step: nil, stability: 10, difficulty: 5,
                                  due: start + 10 * day, lastReview: start)
        #expect(scheduler.retrievability(of: card, at: start + day - 1) == 1)
        #expect(scheduler.retrievability(of: card, at: start - day) == 1)
        let atStability = scheduler.retrievability(of: card, at: start + 10 * day)
        #expect(abs(atStability - 0.9) < 1e-12)
        #expect(scheduler.retrievability(of: card, at: start + 10 * day + 3600) == atStability)
        #expect(scheduler.retrievability(of: card, at: start + 30 * day) < atStability)
    }

    @Test func intervalsRoundTiesToEvenAndStayWithinLimits() {
        let capped = Scheduler(SchedulerParameters(maximumInterval: 30, enableFuzzing: false))
        #expect(capped.nextIntervalDays(stability: 1e9) == 30)
        #expect(scheduler.nextIntervalDays(stability: 0.001) == 1)
        // With retention 0.9 the raw interval equals the stability to within an ulp.
        #expect(scheduler.nextIntervalDays(stability: 2.5) == 2)
        #expect(scheduler.nextIntervalDays(stability: 3.5) == 4)
    }

    @Test func previewShowsWhatEachGradeDoes() {
        let card = scheduler.review(SchedulingCard(newAt: start), rating: .good, at: start)
        let preview = scheduler.preview(card, at: card.due)
        #expect(preview.count == 4)
        for rating in Rating.allCases {
            #expect(preview[rating] == scheduler.review(card, rating: rating, at: card.due))
        }
        #expect(preview[.again]!.due < preview[.hard]!.due)
        #expect(preview[.good]!.due <= preview[.easy]!.due)
    }

    @Test func previewWithFuzzMatchesTheReviewMadeWithTheSameSeed() {
        let fuzzing = Scheduler(.default)
        let card = SchedulingCard(state: .review, step: nil, stability: 40, difficulty: 5,
                                  due: start + 40 * day, lastReview: start)
        let preview = fuzzing.preview(card, at: card.due, fuzzSeed: 42)
        for rating in Rating.allCases {
            var rng = SplitMix64(seed: 42)
            #expect(preview[rating] == fuzzing.review(card, rating: rating, at: card.due, using: &rng))
        }
    }

    @Test func parameterValidationNamesEveryBadWeight() {
        var weights = SchedulerParameters.defaultWeights
        weights[4] = 11
        weights[20] = 0.05
        let error = #expect(throws: SchedulerParametersError.self) {
            try SchedulerParameters(weights: weights).validate()
        }
        guard case .weightsOutOfRange(let items)? = error else { Issue.record("expected weights out of range, got \(String(describing: error))"); return }
        #expect(items.map(\.index) == [4, 20] && items.map(\.value) == [11, 0.05])
        #expect(throws: SchedulerParametersError.self) {
            try SchedulerParameters(weights: Array(weights.prefix(19))).validate()
        }
        #expect(throws: Never.self) { try SchedulerParameters.default.validate() }
    }
}

@Suite struct SchedulerMisuseTests {
    @Test func reviewingWithoutARandomSourceTrapsWhenFuzzingIsOn() async {
        await #expect(processExitsWith: .failure) {
            let start = Date(timeIntervalSince1970: 0)
            _ = Scheduler(.default).review(SchedulingCard(newAt: start), rating: .easy, at: start)
        }
    }
}
