import Foundation
import PrepCore
import Testing

@testable import PrepScheduling

@Suite struct ReviewQueueTests {
    let queue = ReviewQueue(scheduler: Scheduler(SchedulerParameters(enableFuzzing: false)))
    let now = utc("2024-06-01T12:00:00Z")
    let generous = DailyLimits(newCards: 100, reviews: 100)

    /// A review card with stability 10 last reviewed `daysAgo` days before now.
    private func reviewCard(_ key: String, daysAgo: Double, stability: Double = 10, group: String? = nil,
                            suspended: Bool = false, buriedUntil: Date? = nil) -> ReviewCandidate {
        let lastReview = now - daysAgo * day
        let card = SchedulingCard(state: .review, step: nil, stability: stability, difficulty: 5,
                                  due: lastReview + stability.rounded() * day, lastReview: lastReview)
        return ReviewCandidate(key: key, card: card, siblingGroup: group, suspended: suspended,
                               buriedUntil: buriedUntil)
    }

    private func newCard(_ key: String, position: Int, group: String? = nil) -> ReviewCandidate {
        ReviewCandidate(key: key, card: nil, siblingGroup: group, position: position)
    }

    @Test func mostOverdueFirstThenNewCardsByPosition() {
        let candidates = [
            newCard("new-b", position: 2),
            reviewCard("slightly-overdue", daysAgo: 11),
            newCard("new-a", position: 1),
            reviewCard("not-due", daysAgo: 3),
            reviewCard("very-overdue", daysAgo: 60),
            reviewCard("fragile", daysAgo: 20, stability: 2),
        ]
        #expect(queue.order(candidates, now: now, limits: generous)
            == ["fragile", "very-overdue", "slightly-overdue", "new-a", "new-b"])
        #expect(queue.next(candidates, now: now, limits: generous) == "fragile")
    }

    @Test func limitsCapReviewsAndNewCardsButNotLearningSteps() {
        var learning = reviewCard("learning", daysAgo: 0)
        learning.card = SchedulingCard(state: .learning, step: 1, stability: 2.3, difficulty: 2.1,
                                       due: now - minute, lastReview: now - 11 * minute)
        let candidates = [
            reviewCard("r1", daysAgo: 40), reviewCard("r2", daysAgo: 30), reviewCard("r3", daysAgo: 20), learning,
            newCard("n1", position: 1), newCard("n2", position: 2), newCard("n3", position: 3),
        ]
        #expect(queue.order(candidates, now: now, limits: DailyLimits(newCards: 2, reviews: 1))
            == ["r1", "learning", "n1", "n2"])
        #expect(queue.order(candidates, now: now, limits: DailyLimits(newCards: 0, reviews: 0)) == ["learning"])
        #expect(queue.next(candidates, now: now, limits: DailyLimits(newCards: 0, reviews: 0)) == "learning")
    }

    @Test func suspendedAndBuriedCardsAreSkipped() {
        let candidates = [
            reviewCard("suspended", daysAgo: 50, suspended: true),
            reviewCard("buried", daysAgo: 40, buriedUntil: now + 3600),
            reviewCard("unburied", daysAgo: 30, buriedUntil: now),
            ReviewCandidate(key: "new-suspended", card: nil, suspended: true, position: 0),
        ]
        #expect(queue.order(candidates, now: now, limits: generous) == ["unburied"])
        #expect(queue.next(candidates, now: now, limits: generous) == "unburied")
    }

    @Test func onlyTheFirstSelectableSiblingIsTaken() {
        let candidates = [
            reviewCard("row1-a", daysAgo: 15, group: "row1"),
            reviewCard("row1-b", daysAgo: 45, group: "row1"),
            newCard("row1-c", position: 0, group: "row1"),
            newCard("row2-a", position: 1, group: "row2"),
            newCard("row2-b", position: 2, group: "row2"),
            reviewCard("row3-a", daysAgo: 30, group: "row3", suspended: true),
            newCard("row3-b", position: 3, group: "row3"),
        ]
        #expect(queue.order(candidates, now: now, limits: generous) == ["row1-b", "row2-a", "row3-b"])
    }

    @Test func aSiblingSkippedByTheLimitDoesNotBlockItsGroup() {
        let candidates = [reviewCard("row-a", daysAgo: 40, group: "row"), newCard("row-b", position: 0, group: "row")]
        #expect(queue.order(candidates, now: now, limits: DailyLimits(newCards: 5, reviews: 0)) == ["row-b"])
    }

    @Test func emptyWhenNothingIsDue() {
        let candidates = [reviewCard("later", daysAgo: 1)]
        #expect(queue.order(candidates, now: now, limits: generous).isEmpty)
        #expect(queue.next(candidates, now: now, limits: generous) == nil)
    }

    @Test func nextAgreesWithOrderOnALargeMixedSet() {
        var rng = SplitMix64(seed: 99)
        let candidates = (0..<2000).map { index -> ReviewCandidate in
            if index % 5 == 0 {
                return newCard("n\(index)", position: Int.random(in: 0..<500, using: &rng))
            }
            return reviewCard("r\(index)", daysAgo: Double.random(in: 0..<90, using: &rng),
                              stability: Double.random(in: 0.5..<60, using: &rng))
        }
        for limits in [generous, DailyLimits(newCards: 3, reviews: 0)] {
            #expect(queue.next(candidates, now: now, limits: limits)
                == queue.order(candidates, now: now, limits: limits).first)
        }
    }
}
