import Foundation
import PrepCore
import Testing

@testable import PrepScheduling

@Suite struct FuzzTests {
    let start = utc("2024-01-01T09:00:00Z")

    @Test func splitMix64MatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test(arguments: [(10, 8...12), (100, 93...107), (3, 2...4), (36500, 34673...36500)])
    func fuzzRangeFollowsTheReferenceBands(days: Int, expected: ClosedRange<Int>) {
        #expect(Scheduler(.default).fuzzRange(days: days) == expected)
    }

    @Test func shortIntervalsAreNotFuzzed() {
        let scheduler = Scheduler(.default)
        #expect(scheduler.fuzzRange(days: 2) == nil)
        var rng = SplitMix64(seed: 1)
        #expect(scheduler.fuzzedIntervalDays(2, using: &rng) == 2)
    }

    @Test func fuzzedIntervalsStayWithinRangeAndCoverIt() {
        let scheduler = Scheduler(.default)
        var rng = SplitMix64(seed: 7)
        let range = scheduler.fuzzRange(days: 10)!
        let draws = (0..<2000).map { _ in scheduler.fuzzedIntervalDays(10, using: &rng) }
        // The reference draws over upper − lower + 1 before rounding, so upper + 1 is reachable.
        #expect(draws.allSatisfy { (range.lowerBound...range.upperBound + 1).contains($0) })
        #expect(Set(draws).isSuperset(of: Set(range)))
    }

    @Test func fuzzNeverExceedsTheMaximumInterval() {
        let scheduler = Scheduler(SchedulerParameters(maximumInterval: 50))
        var rng = SplitMix64(seed: 3)
        #expect((0..<500).allSatisfy { _ in scheduler.fuzzedIntervalDays(50, using: &rng) <= 50 })
    }

    @Test func theSameSeedGivesTheSameSchedule() {
        let scheduler = Scheduler(.default)
        func history(seed: UInt64) -> [Date] {
            var rng = SplitMix64(seed: seed)
            var card = SchedulingCard(newAt: start)
            var dues: [Date] = []
            for rating in [Rating.easy, .good, .good, .hard, .good, .good] {
                card = scheduler.review(card, rating: rating, at: card.due, using: &rng)
                dues.append(card.due)
            }
            return dues
        }
        #expect(history(seed: 11) == history(seed: 11))
        #expect(history(seed: 11) != history(seed: 12))
    }

    @Test func learningStepsAreNeverFuzzed() {
        let scheduler = Scheduler(.default)
        var rng = SplitMix64(seed: 5)
        let card = scheduler.review(SchedulingCard(newAt: start), rating: .good, at: start, using: &rng)
        #expect(card.due == start + 10 * minute)
    }
}
