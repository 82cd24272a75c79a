import Foundation

/// Writes for `prep restore`: rows that arrive from a progress file are added only when their id is new,
/// so restoring the same file twice changes nothing.
extension Store {
    /// Adds the review unless its id is already in the log; returns whether it was added.
    package func insertReviewIfAbsent(_ review: StoredReview) throws -> Bool {
        try database.execute(
            """
            INSERT INTO review_log (id, card_key, rating, reviewed_at, duration_ms, mode) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """,
            [review.id, review.cardKey, review.rating, review.reviewedAt, review.durationMs, review.mode]
        )
        return database.changes > 0
    }

    /// Adds the session unless its id is stored; a session already here is this machine's newer copy.
    package func insertQuizSessionIfAbsent(_ session: StoredQuizSession) throws -> Bool {
        try database.execute(
            """
            INSERT INTO quiz_session
                (id, started_at, finished_at, lang, topic, question_count, answered_count, correct_count, seed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """,
            [
                session.id, session.startedAt, session.finishedAt, session.lang, session.topic,
                session.questionCount, session.answeredCount, session.correctCount, session.seed,
            ]
        )
        return database.changes > 0
    }

    package func insertCheckRunIfAbsent(_ run: StoredCheckRun) throws -> Bool {
        try database.execute(
            """
            INSERT INTO check_run (id, check_name, card_key, ran_at, passed, measurements) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """,
            [run.id, run.checkName, run.cardKey, run.ranAt, run.passed, run.measurements]
        )
        return database.changes > 0
    }

    /// Keys that have at least one review in the log.
    package func reviewedCardKeys() throws -> Set<String> {
        Set(try database.rows("SELECT DISTINCT card_key FROM review_log") { try $0.column(0, as: String.self) })
    }
}
