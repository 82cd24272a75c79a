import Foundation
import Testing

@testable import PrepScheduling

@Suite struct InterviewPlannerTests {
    let scheduler = Scheduler(SchedulerParameters(enableFuzzing: false))
    let now = utc("2024-06-01T12:00:00Z")
    let interview = utc("2024-06-10T00:00:00Z")

    private func card(due: Date, stability: Double = 30, lastReview: Date? = nil) -> SchedulingCard {
        SchedulingCard(state: .review, step: nil, stability: stability, difficulty: 5, due: due,
                       lastReview: lastReview ?? now - day)
    }

    @Test func aDueDateAfterTheInterviewIsMovedToIt() {
        let capped = InterviewPlanner.capDue(card(due: now + 30 * day), before: interview, now: now)
        #expect(capped.due == interview)
        #expect(capped.stability == 30 && capped.state == .review)
    }

    @Test func earlierDueDatesAndPastInterviewsAreLeftAlone() {
        let early = card(due: now + 2 * day)
        #expect(InterviewPlanner.capDue(early, before: interview, now: now) == early)
        let late = card(due: now + 30 * day)
        #expect(InterviewPlanner.capDue(late, before: interview, now: interview + day) == late)
    }

    @Test func candidatesRankByRetrievabilityOnTheInterviewDay() {
        let candidates = [
            ReviewCandidate(key: "strong", card: card(due: now + 90 * day, stability: 90)),
            ReviewCandidate(key: "weak", card: card(due: now + day, stability: 2)),
            ReviewCandidate(key: "new-2", card: nil, position: 2),
            ReviewCandidate(key: "new-1", card: nil, position: 1),
            ReviewCandidate(key: "middling", card: card(due: now + 9 * day, stability: 10)),
            ReviewCandidate(key: "suspended", card: nil, suspended: true),
        ]
        #expect(InterviewPlanner.rank(candidates, at: interview, now: now, scheduler: scheduler)
            == ["new-1", "new-2", "weak", "middling", "strong"])
    }
}
