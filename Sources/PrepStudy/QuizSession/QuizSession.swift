import Foundation
import PrepScheduling
import PrepStore

/// One `prep quiz` run: its questions, and every answer graded and committed (review, card state and the
/// session's counts in one transaction) before the caller can show the next question.
package final class QuizSession {
    package let questions: [QuizQuestion]
    package let recorder: GradeRecorder
    package let grader: QuizGrader
    /// The `quiz_session` row as last saved: saved at the start, after every answer and at the finish,
    /// so a killed session still counts what was answered.
    package private(set) var record: StoredQuizSession
    private let cards: [String: StudyCard]

    /// Saves the session's row at once.
    package init(
        questions: [QuizQuestion], cards: [StudyCard], recorder: GradeRecorder, record: StoredQuizSession,
        grader: QuizGrader = QuizGrader()
    ) throws {
        self.questions = questions
        self.cards = Dictionary(cards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.recorder = recorder
        self.grader = grader
        self.record = record
        try recorder.store.saveQuizSession(record)
    }

    package var store: Store { recorder.store }

    /// Grades `outcome` for `question` and commits it; returns the rating and the committed grade.
    package func answer(
        _ question: QuizQuestion, outcome: QuizOutcome, elapsed: Duration, hintUsed: Bool = false, at now: Date
    ) throws -> QuizAnswer {
        guard let card = cards[question.cardKey] else {
            preconditionFailure("question for a card the session was not given: \(question.cardKey)")
        }
        let rating = grader.rating(for: outcome, elapsed: elapsed, hintUsed: hintUsed, type: question.type, cardIsNew: card.isNew)
        var next = record
        next.answeredCount += 1
        if outcome.isRight { next.correctCount += 1 }
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        let result = try store.database.transaction {
            let result = try recorder.grade(card, rating: rating, at: now, durationMs: Int(milliseconds), mode: "quiz")
            try store.saveQuizSession(next)
            return result
        }
        record = next
        return QuizAnswer(rating: rating, isRight: outcome.isRight, grade: result)
    }

    /// Marks the session finished (quit, end of input or last question alike); it then counts for the streak.
    package func finish(at now: Date) throws {
        var next = record
        next.finishedAt = now
        try store.saveQuizSession(next)
        record = next
    }
}

/// What came of one answer, once committed.
package struct QuizAnswer: Sendable, Hashable {
    package var rating: Rating
    package var isRight: Bool
    package var grade: GradeResult
}
