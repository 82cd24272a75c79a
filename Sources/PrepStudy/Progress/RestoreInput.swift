import Foundation
import PrepScheduling
import PrepStore

/// A progress document turned into store rows, every value checked, before any database is opened:
/// a bad file is refused without a write.
package struct RestoreInput: Sendable {
    package var cardKeys: [String]
    /// The exported state of each key that had one.
    package var states: [String: StoredCardState]
    package var reviews: [StoredReview]
    package var quizSessions: [StoredQuizSession]
    package var checkRuns: [StoredCheckRun]

    package init(_ document: ProgressDocument) throws(ProgressFileError) {
        cardKeys = document.cards.map(\.key)
        states = [:]
        for (index, card) in document.cards.enumerated() {
            guard let state = card.state else { continue }
            states[card.key] = try Self.storedState(state, key: card.key, field: "cards[\(index)].state")
        }
        reviews = []
        reviews.reserveCapacity(document.reviews.count)
        for (index, review) in document.reviews.enumerated() {
            let field = "reviews[\(index)]"
            guard Rating(rawValue: review.rating) != nil else {
                throw .invalidValue(field: field + ".rating", reason: "\(review.rating) is not 1…4")
            }
            reviews.append(StoredReview(
                id: review.id, cardKey: review.cardKey, rating: review.rating,
                reviewedAt: try Self.date(review.reviewedAt, field: field + ".reviewed_at"),
                durationMs: review.durationMs, mode: review.mode
            ))
        }
        quizSessions = []
        for (index, session) in document.quizSessions.enumerated() {
            let field = "quiz_sessions[\(index)]"
            quizSessions.append(StoredQuizSession(
                id: session.id,
                startedAt: try Self.date(session.startedAt, field: field + ".started_at"),
                finishedAt: try session.finishedAt.map { date throws(ProgressFileError) in
                    try Self.date(date, field: field + ".finished_at")
                },
                lang: session.lang, topic: session.topic, questionCount: session.questionCount,
                answeredCount: session.answeredCount, correctCount: session.correctCount, seed: session.seed
            ))
        }
        checkRuns = []
        for (index, run) in document.checkRuns.enumerated() {
            checkRuns.append(StoredCheckRun(
                id: run.id, checkName: run.check, cardKey: run.cardKey,
                ranAt: try Self.date(run.ranAt, field: "check_runs[\(index)].ran_at"),
                passed: run.passed, measurements: run.measurements
            ))
        }
    }

    private static func storedState(
        _ state: ProgressDocument.MemoryState, key: String, field: String
    ) throws(ProgressFileError) -> StoredCardState {
        guard let cardState = CardState.allCases.first(where: { ProgressDocument.MemoryState.name($0) == state.state }) else {
            throw .invalidValue(field: field + ".state", reason: "'\(state.state)' is not learning, review or relearning")
        }
        return StoredCardState(
            key: key, state: cardState.rawValue, step: state.step, stability: state.stability,
            difficulty: state.difficulty, due: try date(state.due, field: field + ".due"),
            lastReview: try state.lastReview.map { text throws(ProgressFileError) in
                try date(text, field: field + ".last_review")
            },
            reps: state.reps, lapses: state.lapses, suspended: state.suspended, leech: state.leech
        )
    }

    private static func date(_ text: String, field: String) throws(ProgressFileError) -> Date {
        guard let date = Timestamp.date(text) else {
            throw .invalidValue(field: field, reason: "'\(text)' is not an ISO 8601 timestamp")
        }
        return date
    }
}
