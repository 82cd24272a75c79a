import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import Testing

@Suite struct QuizSessionTests {
    typealias F = QuizSessionFixtures
    let now = F.local(2026, 11, 25, 9)

    private func start(_ store: Store, count: Int = 3, at time: Date? = nil, interview: Date? = nil, id: String = "session-1") throws -> QuizSession {
        let setup = QuizSetup(count: count, language: .en, interview: interview, seed: 7)
        guard case .session(let session) = try setup.start(
            store: store, scheduler: F.scheduler, calendar: F.calendar, now: time ?? now, sessionID: id
        ) else {
            Issue.record("expected a session")
            throw CancellationError()
        }
        return session
    }

    @Test func theSessionRowIsSavedWithEveryAnswerAndNothingIsWrittenBeforeTheFirst() throws {
        let store = try F.store(qaCount: 5)
        let session = try start(store)
        // Nothing written on the way to the first question: that write's fsyncs were the first screen's delay.
        #expect(try store.quizSessions().isEmpty)

        let first = try session.answer(session.questions[0], outcome: .answered(.exact), elapsed: .seconds(8), at: now + 10)
        #expect(first.rating == .good && first.isRight)
        var row = try #require(try store.quizSessions().first)
        #expect((row.answeredCount, row.correctCount, row.finishedAt) == (1, 1, nil))
        #expect((row.questionCount, row.seed) == (3, 7))

        let second = try session.answer(session.questions[1], outcome: .answered(.wrong), elapsed: .seconds(3), at: now + 20)
        #expect(second.rating == .again && !second.isRight)
        row = try #require(try store.quizSessions().first)
        #expect((row.answeredCount, row.correctCount) == (2, 1))

        // Every answer left one review in quiz mode, with its duration, for the question's card.
        let reviews = try store.allReviews()
        #expect(reviews.map(\.cardKey) == Array(session.questions.prefix(2).map(\.cardKey)))
        #expect(reviews.map(\.mode) == ["quiz", "quiz"])
        #expect(reviews.map(\.durationMs) == [8000, 3000])
        #expect(try store.state(for: session.questions[0].cardKey)?.reps == 1)

        try session.finish(at: now + 30)
        #expect(try store.quizSessions().first?.finishedAt == now + 30)
        let summary = try QuizSummary.of(session, calendar: F.calendar, now: now + 30)
        #expect((summary.answered, summary.correct, summary.duration, summary.streak) == (2, 1, 30, 1))
        // The card rated Again is due within minutes; the Good one, graded from new, within the day too: both
        // are due later today, none tomorrow.
        #expect((summary.dueLaterToday, summary.dueTomorrow) == (2, 0))
        #expect(summary.expectedRecall == nil)
    }

    @Test func aSessionQuitBeforeAnyAnswerIsRecordedAtItsFinish() throws {
        let store = try F.store(qaCount: 5)
        let session = try start(store)
        try session.finish(at: now + 5)
        let row = try #require(try store.quizSessions().first)
        #expect(row.answeredCount == 0 && row.finishedAt != nil && row.questionCount == 3)
    }

    @Test func todaysNewCardsCountAgainstTheLimitInTheNextSession() throws {
        let store = try F.store(qaCount: 30)
        let first = try start(store, count: 15)
        for question in first.questions {
            _ = try first.answer(question, outcome: .answered(.exact), elapsed: .seconds(8), at: now + 60)
        }
        try first.finish(at: now + 120)
        // 15 new today already: 5 more of the default 20, none of them a card answered before.
        let second = try start(store, count: 15, at: now + 180, id: "session-2")
        #expect(second.questions.count == 5)
        #expect(Set(second.questions.map(\.cardKey)).isDisjoint(with: first.questions.map(\.cardKey)))
        for question in second.questions {
            _ = try second.answer(question, outcome: .answered(.exact), elapsed: .seconds(8), at: now + 240)
        }
        // Nothing is due, but all 20 come back at their 10-minute step: close enough to ask them now.
        let learning = try start(store, count: 30, at: now + 300, id: "session-3")
        #expect(Set(learning.questions.map(\.cardKey)) == Set((Array(first.questions) + second.questions).map(\.cardKey)))
        for question in learning.questions {
            _ = try learning.answer(question, outcome: .answered(.exact), elapsed: .seconds(2), at: now + 360)
        }
        let setup = QuizSetup(count: 15, language: .en, seed: 7)
        guard case .nothingToDo(let nextDue, let newCardsWaiting) = try setup.start(
            store: store, scheduler: F.scheduler, calendar: F.calendar, now: now + 420, sessionID: "session-4"
        ) else {
            Issue.record("expected nothing to do")
            return
        }
        // Graduated to days; the next card is one of the 10 new ones, when tomorrow's study day starts at 4 am.
        #expect(nextDue == F.local(2026, 11, 26, 4))
        #expect(newCardsWaiting == 10)
    }

    @Test func anInterviewCapsDueDatesAndTheSummaryGivesTheExpectedRecall() throws {
        let store = try F.store(qaCount: 4)
        let interview = F.local(2026, 11, 28, 0)
        let session = try start(store, count: 2, interview: interview)
        for question in session.questions {
            _ = try session.answer(question, outcome: .answered(.exact), elapsed: .seconds(2), at: now)
        }
        // Answered right twice over a few days, a card would normally be due after the interview.
        let key = session.questions[0].cardKey
        let card = StudyCard(card: try #require(try store.card(key: key, preferring: .en)), state: try store.state(for: key))
        let result = try session.recorder.grade(card, rating: .easy, at: now + 3600, durationMs: nil, mode: "quiz")
        #expect(result.newState.due <= interview)

        try session.finish(at: now + 3600)
        let summary = try QuizSummary.of(session, calendar: F.calendar, now: now + 3600)
        let recall = try #require(summary.expectedRecall)
        #expect(recall.total == 4)
        let expected = try store.states().compactMap(\.schedulingCard).reduce(0.0) {
            $0 + F.scheduler.retrievability(of: $1, at: interview)
        }
        #expect(recall.cards > 0 && abs(recall.cards - expected) < 1e-12)
    }
}
