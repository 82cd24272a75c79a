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

    /// The ids in the review log that start with `prefix`: to know which of many arriving reviews are new before
    /// adding them all at once.
    package func reviewIDs(startingWith prefix: String) throws -> Set<String> {
        // A range of the primary key, which its index answers; the prefix's last character stepped up ends it.
        guard let last = prefix.unicodeScalars.last, let next = Unicode.Scalar(last.value + 1) else { return [] }
        let end = String(prefix.unicodeScalars.dropLast()) + String(next)
        return Set(try database.rows("SELECT id FROM review_log WHERE id >= ? AND id < ?", [prefix, end]) { try $0.column(0) })
    }

    /// Adds reviews whose ids are not in the log, many at a time.
    package func insertReviews(_ reviews: [StoredReview]) throws {
        try database.execute(
            "INSERT INTO review_log (id, card_key, rating, reviewed_at, duration_ms, mode) VALUES ", row: "(?, ?, ?, ?, ?, ?)",
            rows: reviews.map { [$0.id, $0.cardKey, $0.rating, $0.reviewedAt, $0.durationMs, $0.mode] })
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
