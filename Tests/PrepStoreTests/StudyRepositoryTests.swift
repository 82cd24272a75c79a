import Foundation
import Testing
import PrepStore

struct StudyRepositoryTests {
    private let now = Fixtures.date(0)

    private func storeWithCards(_ anchors: [String]) throws -> Store {
        let store = try Store.openInMemory()
        _ = try store.importArticle(Fixtures.article(cards: anchors.map { Fixtures.card($0) }), now: now)
        return store
    }

    private func key(_ anchor: String) -> String { "django/asgi-vs-wsgi/\(anchor)" }

    private func state(_ anchor: String, due: Date, suspended: Bool = false, buriedUntil: Date? = nil) -> StoredCardState {
        StoredCardState(
            key: key(anchor), state: 2, step: nil, stability: 4.5, difficulty: 6.25, due: due, lastReview: now,
            reps: 3, lapses: 1, suspended: suspended, leech: false, buriedUntil: buriedUntil
        )
    }

    private func review(_ id: String, _ anchor: String, rating: Int = 3, at date: Date) -> StoredReview {
        StoredReview(id: id, cardKey: key(anchor), rating: rating, reviewedAt: date, durationMs: 1500, mode: "review")
    }

    @Test func stateRoundTripsAndIsReplaced() throws {
        let store = try storeWithCards(["a"])
        #expect(try store.state(for: key("a")) == nil)
        var saved = state("a", due: Fixtures.date(100), buriedUntil: Fixtures.date(50))
        saved.step = 1
        saved.leech = true
        try store.saveState(saved)
        #expect(try store.state(for: key("a")) == saved)
        saved.reps = 4
        try store.saveState(saved)
        #expect(try store.states() == [saved])
    }

    @Test func recordGradeWritesLogAndStateTogether() throws {
        let store = try storeWithCards(["a"])
        let graded = state("a", due: Fixtures.date(600))
        try store.recordGrade(review: review("r1", "a", at: now), newState: graded)
        #expect(try store.allReviews() == [review("r1", "a", at: now)])
        #expect(try store.state(for: key("a")) == graded)
    }

    @Test func recordGradeWritesNothingWhenTheStateCannotBeSaved() throws {
        let store = try storeWithCards(["a"])
        try store.database.execute(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON card_state BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        #expect(throws: SQLiteError.self) {
            try store.recordGrade(review: review("r1", "a", at: now), newState: state("a", due: now))
        }
        #expect(try store.allReviews().isEmpty)
    }

    @Test func undoOfAFirstGradeMakesTheCardNewAgain() throws {
        let store = try storeWithCards(["a"])
        try store.recordGrade(review: review("r1", "a", at: now), newState: state("a", due: Fixtures.date(600)))
        try store.undoGrade(reviewID: "r1", restoring: nil)
        #expect(try store.state(for: key("a")) == nil)
        #expect(try store.allReviews().isEmpty)
        #expect(try store.newCandidates(limit: 5) == [key("a")])
    }

    @Test func undoRestoresThePreviousState() throws {
        let store = try storeWithCards(["a"])
        let first = state("a", due: Fixtures.date(600))
        try store.recordGrade(review: review("r1", "a", at: now), newState: first)
        try store.recordGrade(review: review("r2", "a", rating: 1, at: Fixtures.date(700)), newState: state("a", due: Fixtures.date(760)))
        try store.undoGrade(reviewID: "r2", restoring: first)
        #expect(try store.state(for: key("a")) == first)
        #expect(try store.reviews(cardKey: key("a")).map(\.id) == ["r1"])
    }

    @Test func undoOfAnUnknownReviewThrowsAndChangesNothing() throws {
        let store = try storeWithCards(["a"])
        try store.recordGrade(review: review("r1", "a", at: now), newState: state("a", due: now))
        let error = try #require(throws: StoreError.self) { try store.undoGrade(reviewID: "nope", restoring: nil) }
        #expect(error == .reviewNotFound(path: ":memory:", id: "nope"))
        #expect(try store.state(for: key("a")) != nil)
    }

    @Test func dueCandidatesAreMostOverdueFirstAndSkipHiddenCards() throws {
        let store = try storeWithCards(["late", "later", "future", "suspended", "buried", "unburied", "gone"])
        try store.saveState(state("later", due: Fixtures.date(-10)))
        try store.saveState(state("late", due: Fixtures.date(-500)))
        try store.saveState(state("future", due: Fixtures.date(10)))
        try store.saveState(state("suspended", due: Fixtures.date(-900), suspended: true))
        try store.saveState(state("buried", due: Fixtures.date(-800), buriedUntil: Fixtures.date(60)))
        try store.saveState(state("unburied", due: Fixtures.date(-5), buriedUntil: Fixtures.date(-1)))
        try store.saveState(state("orphan", due: Fixtures.date(-950)))
        try store.saveState(state("gone", due: Fixtures.date(-700)))
        _ = try store.importArticle(
            Fixtures.article(cards: ["late", "later", "future", "suspended", "buried", "unburied"].map { Fixtures.card($0) }, hash: "hash-2"),
            now: now
        )
        #expect(try store.dueCandidates(now: now, limit: 10).map(\.key) == [key("late"), key("later"), key("unburied")])
        #expect(try store.dueCandidates(now: now, limit: 1).map(\.key) == [key("late")])
        #expect(try store.dueCandidates(now: now, limit: 10, topic: "http").isEmpty)
    }

    @Test func newCandidatesFollowArticleOrderOncePerKey() throws {
        let store = try Store.openInMemory()
        _ = try store.importArticle(
            Fixtures.article(lang: "zh-Hant", cards: ["c", "a", "b", "zh-only"].map { Fixtures.card($0) }), now: now
        )
        // Reviewed before its English row exists: the English row must not count as new either.
        try store.saveState(state("a", due: now))
        _ = try store.importArticle(Fixtures.article(cards: ["c", "a", "b", "en-only"].map { Fixtures.card($0) }), now: now)
        #expect(try store.newCandidates(limit: 10) == [key("c"), key("b"), key("zh-only"), key("en-only")])
        #expect(try store.newCandidates(limit: 2) == [key("c"), key("b")])
        #expect(try store.newCandidates(limit: 0).isEmpty)
        #expect(try store.newCandidates(limit: 10, topic: "http").isEmpty)
        try store.saveState(state("a", due: Fixtures.date(60)))
        try store.deleteState(for: key("a"))
        #expect(try store.newCandidates(limit: 2) == [key("c"), key("a")])
    }

    @Test func reviewLogQueries() throws {
        let store = try storeWithCards(["a", "b"])
        let day = 86_400.0
        let reviews = [
            review("r3", "a", rating: 1, at: Fixtures.date(2 * day)),
            review("r1", "a", at: Fixtures.date(0)),
            review("r2", "b", rating: 1, at: Fixtures.date(10)),
            review("r0", "b", at: Fixtures.date(10)),
        ]
        for review in reviews {
            try store.appendReview(review)
        }
        #expect(try store.allReviews().map(\.id) == ["r1", "r0", "r2", "r3"])
        // Out of time order in the table, ties included: the replay's read sorts them as the whole log is sorted.
        #expect(try store.reviewsToReplay().map { [$0.cardKey, "\($0.rating)"] } == [[key("a"), "3"], [key("b"), "3"], [key("b"), "1"], [key("a"), "1"]])
        #expect(try store.reviews(cardKey: key("a")).map(\.id) == ["r1", "r3"])
        #expect(try store.reviewCount(since: Fixtures.date(10)) == 3)
        #expect(try store.deleteReview(id: "r0"))
        #expect(try !store.deleteReview(id: "r0"))

        // Fixtures.date(0) is 2026-05-28T20:26:40Z; eight hours east it is already the 29th.
        #expect(
            try store.dailyReviewCounts(since: Fixtures.date(0), utcOffset: 0) == [
                DailyReviewCount(day: "2026-05-28", reviews: 2, again: 1),
                DailyReviewCount(day: "2026-05-30", reviews: 1, again: 1),
            ]
        )
        #expect(try store.dailyReviewCounts(since: Fixtures.date(0), utcOffset: 8 * 3600).map(\.day) == ["2026-05-29", "2026-05-31"])
    }

    /// Many reviews at once land as one at a time would, full statements and the rows left over alike; the ids
    /// under a prefix are those and no others.
    @Test func reviewsAddedTogether() throws {
        let store = try storeWithCards(["a", "b"])
        try store.appendReview(review("own-1", "a", at: Fixtures.date(1)))
        let arriving = (0..<250).map { (index: Int) -> StoredReview in
            let anchor = index % 2 == 0 ? "a" : "b"
            return review("anki-\(index)", anchor, rating: 1 + index % 4, at: Fixtures.date(TimeInterval(10 + index)))
        }
        try store.insertReviews(arriving)
        #expect(try store.allReviews() == [review("own-1", "a", at: Fixtures.date(1))] + arriving)
        #expect(try store.reviewIDs(startingWith: "anki-") == Set(arriving.map { $0.id }))
        #expect(try store.reviewIDs(startingWith: "own-") == ["own-1"])
    }

    @Test func quizSessionsAreInsertedThenUpdated() throws {
        let store = try Store.openInMemory()
        var session = StoredQuizSession(id: "q1", startedAt: now, lang: "zh-Hant", topic: "django", questionCount: 20, seed: 42)
        try store.saveQuizSession(session)
        session.answeredCount = 20
        session.correctCount = 17
        session.finishedAt = Fixtures.date(300)
        try store.saveQuizSession(session)
        try store.saveQuizSession(StoredQuizSession(id: "q0", startedAt: Fixtures.date(-86_400), lang: "en", questionCount: 5))
        #expect(try store.quizSessions().map(\.id) == ["q0", "q1"])
        #expect(try store.quizSessions().last == session)
    }

    @Test func checkRunsAreListedByCheck() throws {
        let store = try Store.openInMemory()
        let runs = [
            StoredCheckRun(id: "1", checkName: "C01", cardKey: key("a"), ranAt: now, passed: true, measurements: #"{"rps":1200}"#),
            StoredCheckRun(id: "2", checkName: "C02", cardKey: nil, ranAt: Fixtures.date(5), passed: false, measurements: nil),
        ]
        for run in runs {
            try store.insertCheckRun(run)
        }
        #expect(try store.checkRuns() == runs)
        #expect(try store.checkRuns(checkName: "C02") == [runs[1]])
    }

    @Test func settingsAreTyped() throws {
        let store = try Store.openInMemory()
        #expect(try store.setting("new_per_day", as: Int.self) == nil)
        try store.setSetting("new_per_day", to: 20)
        try store.setSetting("lang", to: "zh-Hant")
        #expect(try store.setting("new_per_day", as: Int.self) == 20)
        #expect(try store.setting("lang", as: String.self) == "zh-Hant")
        #expect(try store.setting("lang", as: Int.self) == nil)
        try store.setSetting("new_per_day", to: 30)
        #expect(try store.setting("new_per_day", as: Int.self) == 30)
        try store.removeSetting("new_per_day")
        #expect(try store.setting("new_per_day", as: Int.self) == nil)
    }
}
