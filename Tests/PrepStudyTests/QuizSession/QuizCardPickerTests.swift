import Foundation
import PrepScheduling
import PrepStudy
import Testing

@Suite struct QuizCardPickerTests {
    typealias F = QuizSessionFixtures
    let picker = QuizCardPicker(scheduler: F.scheduler, calendar: F.calendar)
    let now = F.local(2026, 11, 25, 9)

    @Test func dueCardsComeFirstLowestRetrievabilityFirstThenNewByPosition() {
        let cards = [
            F.newCard("new-b", position: 2),
            F.reviewed("due-strong", stability: 30, lastReview: now - 10 * F.day, due: now - F.day),
            F.newCard("new-a", position: 1),
            F.reviewed("due-weak", stability: 2, lastReview: now - 10 * F.day, due: now - 8 * F.day),
            F.reviewed("not-due", stability: 30, lastReview: now - F.day, due: now + 20 * F.day),
        ]
        let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10)
        #expect(keys == ["due-weak", "due-strong", "new-a", "new-b"])
    }

    @Test func newCardsStopAtTheDailyLimitAndCountCapsTheSession() {
        let cards = (0..<6).map { F.newCard("new-\($0)", position: $0) }
        #expect(picker.pick(cards, now: now, limits: DailyLimits(newCards: 2, reviews: 200), reviewedToday: [], count: 10)
            == ["new-0", "new-1"])
        #expect(picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 3) == ["new-0", "new-1", "new-2"])
        #expect(picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 0).isEmpty)
    }

    @Test func suspendedCardsAndSiblingsOfCardsSeenTodayWait() {
        let cards = [
            F.reviewed("suspended", stability: 2, lastReview: now - 10 * F.day, due: now - F.day, suspended: true),
            F.newCard("row1-a", position: 1, siblingGroup: "row1"),
            F.newCard("row1-b", position: 2, siblingGroup: "row1"),
            F.newCard("row2-a", position: 3, siblingGroup: "row2"),
            F.newCard("row2-b", position: 4, siblingGroup: "row2"),
        ]
        // One sibling per row per day.
        #expect(picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10) == ["row1-a", "row2-a"])
        // None of a row already reviewed today: row2-b was graded an hour ago and waits for its next step.
        var seenToday = cards
        seenToday[4] = F.reviewed("row2-b", position: 4, stability: 1, lastReview: now - 3600, due: now + 600, siblingGroup: "row2")
        #expect(picker.pick(seenToday, now: now, limits: .default, reviewedToday: ["row2-b"], count: 10) == ["row1-a"])
    }

    @Test func anInterviewRanksByRetrievabilityOnTheDayAndTakesWeakCardsBeforeTheyAreDue() {
        let interview = F.local(2026, 12, 5, 0)
        let cards = [
            // Due later, but at 2 days of stability it will be mostly forgotten by the interview.
            F.reviewed("weak-not-due", stability: 2, lastReview: now - F.day, due: now + F.day),
            F.reviewed("due-middling", stability: 8, lastReview: now - 8 * F.day, due: now - F.day),
            // Strong enough to stay above 90% on the day: left alone.
            F.reviewed("strong", stability: 400, lastReview: now - F.day, due: now + 300 * F.day),
            F.newCard("new-a", position: 1),
            F.newCard("new-b", position: 2),
        ]
        let limits = DailyLimits(newCards: 1, reviews: 200)
        let withInterview = picker.pick(cards, now: now, limits: limits, reviewedToday: [], count: 10, interview: interview)
        // 10 days at a stability of 2 is further gone than 18 days at a stability of 8.
        #expect(withInterview == ["new-a", "weak-not-due", "due-middling"])
        let without = picker.pick(cards, now: now, limits: limits, reviewedToday: [], count: 10)
        #expect(without == ["due-middling", "new-a"])
    }

    @Test func aPastInterviewPlansLikeAnOrdinaryDay() {
        let cards = [
            F.reviewed("weak-not-due", stability: 2, lastReview: now - F.day, due: now + F.day),
            F.newCard("new-a", position: 1),
        ]
        let keys = picker.pick(cards, now: now, limits: .default, reviewedToday: [], count: 10, interview: now - F.day)
        #expect(keys == ["new-a"])
    }
}
