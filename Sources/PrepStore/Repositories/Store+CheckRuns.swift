extension Store {
    package func insertCheckRun(_ run: StoredCheckRun) throws {
        try database.execute(
            "INSERT INTO check_run (id, check_name, card_key, ran_at, passed, measurements) VALUES (?, ?, ?, ?, ?, ?)",
            [run.id, run.checkName, run.cardKey, run.ranAt, run.passed, run.measurements]
        )
    }

    /// Runs of one check, or of all checks, oldest first.
    package func checkRuns(checkName: String? = nil) throws -> [StoredCheckRun] {
        try database.rows(
            """
            SELECT id, check_name, card_key, ran_at, passed, measurements FROM check_run
            WHERE ?1 IS NULL OR check_name = ?1 ORDER BY ran_at, id
            """,
            [checkName]
        ) { row in
            StoredCheckRun(
                id: try row.column(0),
                checkName: try row.column(1),
                cardKey: try row.column(2),
                ranAt: try row.column(3),
                passed: try row.column(4),
                measurements: try row.column(5)
            )
        }
    }
}
