import Foundation
import PrepScheduling
import PrepStore

/// One `prep quiz` run: its questions, and every answer graded and committed (review, card state and the
/// session's counts in one transaction) before the caller can show the next question.
package final class QuizSession {
    package let questions: QuizQuestions
    package let recorder: GradeRecorder
    package let grader: QuizGrader
    /// The `quiz_session` row as last saved: saved at the start, after every answer and at the finish,
    /// so a killed session still counts what was answered.
    package private(set) var record: StoredQuizSession
    /// Set when fewer questions come than were asked for because of the day's new-card allowance.
    package internal(set) var shortfall: QuizShortfall?
    private let cards: [String: StudyCard]
    /// Typed answers accepted beside each card's own, by key: its `also:` list and its answer in the other language.
    private let alsoAccepted: [String: [String]]
    /// Answers this session can take back, last on top, each with the session row from before it.
    private var undoStack: [(answer: QuizAnswer, record: StoredQuizSession)] = []

    /// The session's row is first saved with the first answer, or at the finish of a session quit unanswered: a
    /// write before the first question cost two fsyncs (SQLite recreates its WAL file) on the way to the first
    /// screen, and a session that ends before any answer has nothing a crash could lose.
    package init(
        questions: QuizQuestions, cards: [StudyCard], recorder: GradeRecorder, record: StoredQuizSession,
        grader: QuizGrader = QuizGrader(), alsoAccepted: [String: [String]] = [:]
    ) throws {
        self.questions = questions
        self.cards = Dictionary(cards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.recorder = recorder
        self.grader = grader
        self.alsoAccepted = alsoAccepted
        self.record = record
    }

    /// Judges a typed answer to a recall question against every answer the card accepts.
    package func judge(_ typed: String, for question: QuizQuestion) -> AnswerJudgement? {
        guard case .recall(_, let answer, .typed) = question.kind else { return nil }
        return AnswerMatcher().judge(typed, against: answer, alsoAccepting: alsoAccepted[question.cardKey] ?? [])
    }

    package var store: Store { recorder.store }

    /// Grades `outcome` for `question` and commits it; returns the rating and the committed grade.
    package func answer(
        _ question: QuizQuestion, outcome: QuizOutcome, elapsed: Duration, hintUsed: Bool = false, at now: Date
    ) throws -> QuizAnswer {
        guard let card = cards[question.cardKey] else {
            preconditionFailure("question for a card the session was not given: \(question.cardKey)")
        }
        let grade = grader.grade(outcome, for: question, elapsed: elapsed, hintUsed: hintUsed, cardIsNew: card.isNew)
        var next = record
        next.answeredCount += 1
        if outcome.isRight { next.correctCount += 1 }
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let result = try store.database.transaction {
            let result = try recorder.grade(card, rating: grade.rating, at: now, durationMs: Int(milliseconds), mode: "quiz")
            try store.saveQuizSession(next)
            return result
        }
        let answer = QuizAnswer(rating: grade.rating, hardReason: grade.hardReason, isRight: outcome.isRight, grade: result)
        undoStack.append((answer, record))
        record = next
        return answer
    }

    /// Takes back the last answer not yet taken back, as `u` does in review: its review row is deleted and the
    /// card's scheduling state and the session's counts are put back, in one transaction. Nil when there is none.
    package func undo() throws -> QuizAnswer? {
        guard let last = undoStack.last else { return nil }
        try store.database.transaction {
            try recorder.undo(last.answer.grade)
            try store.saveQuizSession(last.record)
        }
        undoStack.removeLast()
        record = last.record
        return last.answer
    }

    /// Marks the session finished (quit, end of input or last question alike); it then counts for the streak.
    package func finish(at now: Date) throws {
        var next = record
        next.finishedAt = now
        try store.saveQuizSession(next)
        record = next
    }
}

/// Fewer questions than `--count` asked for: the day's new-card allowance held some new cards back.
package struct QuizShortfall: Sendable, Hashable {
    /// Questions asked for.
    package var asked: Int
    /// Cards picked.
    package var picked: Int
    /// New cards the quiz could still introduce today when it started.
    package var newCardsLeft: Int
    /// New cards the allowance kept out of this quiz.
    package var newCardsWaiting: Int
    /// Whether the allowance was the learner's `--new N` rather than what is left of the day's.
    package var allowanceFromNewOption = false

    /// The `--new` that would have filled the quiz.
    package var newCardsToFill: Int { newCardsLeft + min(asked - picked, newCardsWaiting) }
}

/// What came of one answer, once committed.
package struct QuizAnswer: Sendable, Hashable {
    package var rating: Rating
    /// Why a right answer was rated Hard.
    package var hardReason: QuizGrade.HardReason?
    package var isRight: Bool
    package var grade: GradeResult
}
