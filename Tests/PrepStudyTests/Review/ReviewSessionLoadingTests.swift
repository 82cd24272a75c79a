import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import Testing

@Suite struct ReviewSessionLoadingTests {
    let start = ReviewFixtures.start

    func shownKeys(_ session: ReviewSession, at now: Date) throws -> [String] {
        var shown: [String] = []
        while let card = session.next(now: now) {
            shown.append(String(card.key.dropFirst("t/deck/".count)))
            try session.grade(card, rating: .easy, now: now, durationMs: nil)
        }
        return shown
    }

    /// Siblings buried as these tests expect (Anki's default, off, is tested in the CLI's review tests).
    func start(_ store: Store, newCards: Int? = nil, at now: Date) throws -> ReviewSession {
        try store.setSetting("bury_new_siblings", to: "on")
        try store.setSetting("bury_review_siblings", to: "on")
        return try ReviewSession.start(
            store: store, options: ReviewSessionOptions(newCards: newCards, language: .en), now: now,
            calendar: ReviewFixtures.calendar
        )
    }

    @Test func newCardsSkipSiblingsAndStillFillTheAllowance() throws {
        let store = try ReviewFixtures.store()
        #expect(try shownKeys(try start(store, newCards: 2, at: start), at: start) == ["row/a", "q1"])
    }

    @Test func theDailySettingLessTodaysNewCardsIsTheAllowance() throws {
        let store = try ReviewFixtures.store()
        try store.setSetting("new_cards_per_day", to: 3)
        #expect(try shownKeys(try start(store, at: start), at: start) == ["row/a", "q1", "q2"])
        #expect(try shownKeys(try start(store, at: start + 3600), at: start + 3600).isEmpty)
        // The next study day brings a new allowance; the row's other cells are free again.
        let tomorrow = start + 86400
        #expect(try shownKeys(try start(store, at: tomorrow), at: tomorrow) == ["row/b", "q3"])
    }

    @Test func dueCardsAreLoadedWithTheirStates() throws {
        let store = try ReviewFixtures.store()
        _ = try shownKeys(try start(store, newCards: 6, at: start), at: start)
        let later = start + 400 * 86400
        let session = try start(store, newCards: 0, at: later)
        // Every graded card is due a year later; the row's cells were never graded beyond row/a.
        #expect(Set(try shownKeys(session, at: later)) == ["row/a", "q1", "q2", "q3"])
        #expect(try session.dueTomorrowCount(now: later) == 0)
    }
}

extension ReviewSessionLoadingTests {
    @Test func theReviewAllowanceTakesTheLeastRememberedFirst() throws {
        let store = try ReviewFixtures.store()
        let recorder = GradeRecorder(store: store, scheduler: Scheduler())
        for (offset, card) in ReviewFixtures.deck.dropFirst(3).enumerated() {
            _ = try recorder.grade(StudyCard(card: card, state: nil), rating: .easy, at: start + Double(offset) * 86400, durationMs: nil, mode: "review")
        }
        try store.setSetting("reviews_per_day", to: 2)
        let later = start + 400 * 86400
        #expect(try shownKeys(try start(store, newCards: 0, at: later), at: later) == ["q1", "q2"])
        #expect(try shownKeys(try start(store, newCards: 0, at: later + 60), at: later + 60).isEmpty, "today's allowance is spent")
    }
}

@Suite struct SessionKeysTests {
    let now = ReviewFixtures.start
    let day: TimeInterval = 86400

    func save(_ store: Store, _ key: String, state: CardState, stability: Double, reviewedDaysAgo: Double, due: Date, suspended: Bool = false) throws {
        try store.saveState(StoredCardState(
            key: key, state: state.rawValue, step: state == .review ? nil : 0, stability: stability, difficulty: 5, due: due,
            lastReview: now - reviewedDaysAgo * day, reps: 3, suspended: suspended
        ))
    }

    @Test func learningFirstThenLeastRememberedReviews() throws {
        let store = try ReviewFixtures.store()
        try save(store, "fresh", state: .review, stability: 10, reviewedDaysAgo: 11, due: now - day)
        try save(store, "forgotten", state: .review, stability: 2, reviewedDaysAgo: 10, due: now - 8 * day)
        try save(store, "middling", state: .review, stability: 5, reviewedDaysAgo: 10, due: now - 5 * day)
        try save(store, "not-due", state: .review, stability: 50, reviewedDaysAgo: 1, due: now + 49 * day)
        try save(store, "suspended", state: .review, stability: 1, reviewedDaysAgo: 30, due: now - 29 * day, suspended: true)
        try save(store, "step-soon", state: .learning, stability: 1, reviewedDaysAgo: 0, due: now + 300)
        try save(store, "step-later", state: .relearning, stability: 1, reviewedDaysAgo: 0, due: now + 3600)
        var walked: [String] = []
        try store.forEachSessionKey(now: now, learningUntil: now + 1200) { key, inReview in
            walked.append(inReview ? key : "learning:" + key)
            return true
        }
        #expect(walked == ["learning:step-soon", "forgotten", "middling", "fresh"])
        var firstTwo: [String] = []
        try store.forEachSessionKey(now: now, learningUntil: now + 1200) { key, _ in
            firstTwo.append(key)
            return firstTwo.count < 2
        }
        #expect(firstTwo == ["step-soon", "forgotten"])
    }
}
