import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import Testing

/// What a session adds to grading: answers accepted from `also:` and the other language, undo, one readiness.
@Suite struct QuizGradingSessionTests {
    typealias F = QuizSessionFixtures
    let now = F.local(2026, 11, 25, 9)

    /// One card in both languages (`runner`) with an `also:` line in English, and one in English only.
    func bilingualStore() throws -> Store {
        let store = try Store.openInMemory()
        func article(_ lang: String, _ cards: [CardDraft]) -> ParsedArticle {
            ParsedArticle(
                path: "content/django/a.\(lang).md", format: .markdown, topic: "django", slug: "a", lang: lang, title: "A",
                headings: [], tables: [], qa: [], codeBlocks: [], cards: cards, contentHash: "fixture-\(lang)"
            )
        }
        let source = SourceLocation(path: "content/django/a.en.md", line: 1)
        _ = try store.importArticle(article("en", [
            CardDraft(key: "django/a/runner", kind: .qa, front: "What runs coroutines?", back: "Event loop", source: source,
                      also: ["asyncio loop"]),
            CardDraft(key: "django/a/year", kind: .qa, front: "Which year?", back: "2016", source: source),
        ]), now: now)
        _ = try store.importArticle(article("zh-Hant", [
            CardDraft(key: "django/a/runner", kind: .qa, front: "協程由什麼執行？", back: "事件循環", source: source),
        ]), now: now)
        return store
    }

    private func start(_ store: Store, language: Language, count: Int = 2, interview: Date? = nil) throws -> QuizSession {
        let setup = QuizSetup(count: count, language: language, interview: interview, seed: 7)
        guard case .session(let session) = try setup.start(
            store: store, scheduler: F.scheduler, calendar: F.calendar, now: now, sessionID: "s-\(language.code)"
        ) else {
            Issue.record("expected a session")
            throw CancellationError()
        }
        return session
    }

    private func question(_ session: QuizSession, _ key: String) throws -> QuizQuestion {
        try #require(session.questions.first { $0.cardKey == key })
    }

    @Test func theOtherLanguageAndAlsoAnswersAreAccepted() throws {
        let store = try bilingualStore()
        let chinese = try start(store, language: .zhHant)
        let runner = try question(chinese, "django/a/runner")
        guard case .recall(_, "事件循環", .typed) = runner.kind else {
            Issue.record("expected a typed recall in Chinese: \(runner.kind)")
            return
        }
        #expect(chinese.judge("事件循環", for: runner)?.match == .exact)
        #expect(chinese.judge("event loop", for: runner)?.match == .exact)
        #expect(chinese.judge("asyncio loop", for: runner)?.match == .exact)
        #expect(chinese.judge("thread pool", for: runner)?.match == .wrong)

        let english = try start(store, language: .en)
        let inEnglish = try question(english, "django/a/runner")
        #expect(english.judge("事件循環", for: inEnglish)?.match == .exact)
        #expect(english.judge("asyncio loop", for: inEnglish)?.match == .exact)
        // A card in one language only accepts only its own answer.
        let year = try question(english, "django/a/year")
        #expect(english.judge("2016", for: year)?.match == .exact)
        #expect(english.judge("2015", for: year)?.match == .wrong)
    }

    @Test func undoDeletesTheReviewAndRestoresStateAndCounts() throws {
        let store = try bilingualStore()
        let session = try start(store, language: .en)
        let first = session.questions[0], second = session.questions[1]
        _ = try session.answer(first, outcome: .answered(.exact), elapsed: .seconds(3), at: now)
        let stateAfterFirst = try store.states()
        let recordAfterFirst = session.record
        _ = try session.answer(second, outcome: .answered(.wrong), elapsed: .seconds(3), at: now + 10)
        #expect(try store.allReviews().count == 2)

        let undone = try #require(try session.undo())
        #expect(undone.rating == .again)
        #expect(try store.allReviews().map(\.cardKey) == [first.cardKey])
        #expect(try store.states() == stateAfterFirst)
        #expect(session.record == recordAfterFirst)
        #expect(try store.quizSessions().first == recordAfterFirst)

        // Answered again, it is graded afresh; a second undo goes back further, then there is nothing left.
        _ = try session.answer(second, outcome: .answered(.exact), elapsed: .seconds(3), at: now + 20)
        #expect(try session.undo() != nil)
        #expect(try session.undo() != nil)
        #expect(try session.undo() == nil)
        #expect(try store.allReviews().isEmpty)
        #expect(try store.states().isEmpty)
        #expect(try store.quizSessions().first?.answeredCount == 0)
    }

    @Test func statsReadinessAndTheInterviewSummaryAreOneMeasure() throws {
        let store = try F.store(qaCount: 4)
        let interview = F.local(2026, 11, 28, 0)
        let session = try start(store, language: .en, count: 2, interview: interview)
        for question in session.questions {
            _ = try session.answer(question, outcome: .answered(.exact), elapsed: .seconds(2), at: now)
        }
        try session.finish(at: now + 60)
        let recall = try #require(try QuizSummary.of(session, calendar: F.calendar, now: now + 60).expectedRecall)
        // `prep stats` on the interview day shows the same share for the topic: unseen cards are not ready.
        let report = StatsReport(
            cards: try store.cards(preferring: .en), states: try store.states(), reviews: try store.allReviews(),
            topic: nil, now: interview, calendar: F.calendar, scheduler: F.scheduler
        )
        let readiness = try #require(report.readiness.first)
        #expect(readiness.topic == "django")
        #expect(abs(readiness.readiness - recall.share) < 1e-12)
        // Two of four cards seen, each recalled with probability under 1: readiness stays under a half.
        #expect(readiness.readiness > 0 && readiness.readiness < 0.5)
        // The mean over seen cards alone would call the topic nearly ready.
        #expect(try #require(readiness.averageRetrievability) > 0.8)
    }
}
