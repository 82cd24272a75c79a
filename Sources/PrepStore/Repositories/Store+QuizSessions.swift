extension Store {
    /// Inserts the session, or updates it when its id is already stored.
    package func saveQuizSession(_ session: StoredQuizSession) throws {
        try database.execute(
            """
            INSERT OR REPLACE INTO quiz_session
                (id, started_at, finished_at, lang, topic, question_count, answered_count, correct_count, seed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                session.id, session.startedAt, session.finishedAt, session.lang, session.topic,
                session.questionCount, session.answeredCount, session.correctCount, session.seed,
            ]
        )
    }

    /// Every session, oldest first.
    package func quizSessions() throws -> [StoredQuizSession] {
        try database.rows(
            """
            SELECT id, started_at, finished_at, lang, topic, question_count, answered_count, correct_count, seed
            FROM quiz_session ORDER BY started_at, id
            """
        ) { row in
            StoredQuizSession(
                id: try row.column(0),
                startedAt: try row.column(1),
                finishedAt: try row.column(2),
                lang: try row.column(3),
                topic: try row.column(4),
                questionCount: try row.column(5),
                answeredCount: try row.column(6),
                correctCount: try row.column(7),
                seed: try row.column(8)
            )
        }
    }
}
