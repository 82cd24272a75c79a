import Foundation
import PrepScheduling
import PrepStudy
import Testing

@Suite struct ExpectedRecallTests {
    typealias F = QuizSessionFixtures

    @Test func sumsRetrievabilitiesOnTheDayAndCountsNewCardsAsZero() {
        let now = F.local(2026, 11, 25, 9)
        let interview = F.local(2026, 12, 5, 0)
        let states = [
            F.reviewState("a", stability: 10, lastReview: now, due: now + 10 * F.day),
            F.reviewState("b", stability: 100, lastReview: now, due: now + 100 * F.day),
        ]
        let recall = ExpectedRecall.on(interview, keys: ["a", "b", "new", "a"], states: states, scheduler: F.scheduler)
        let expected = states.compactMap(\.schedulingCard).reduce(0.0) { $0 + F.scheduler.retrievability(of: $1, at: interview) }
        #expect(recall.total == 3)
        #expect(abs(recall.cards - expected) < 1e-12)
        // Each reviewed card is somewhere between forgotten and certain, so the sum lies strictly in (0, 2).
        #expect(recall.cards > 0.9 && recall.cards < 2)
        // Ten days at a stability of ten: 90% by the definition of stability.
        let onlyA = ExpectedRecall.on(now + 10 * F.day, keys: ["a"], states: states, scheduler: F.scheduler)
        #expect(abs(onlyA.cards - 0.9) < 1e-9)
    }
}
