import Foundation
import PrepCore

extension Store {
    package func state(for key: String) throws -> StoredCardState? {
        try database.firstRow("SELECT \(Self.stateColumns) FROM card_state WHERE key = ?", [key], Self.cardState)
    }

    /// Every stored state, by key.
    package func states() throws -> [StoredCardState] {
        try database.rows("SELECT \(Self.stateColumns) FROM card_state ORDER BY key", [], Self.cardState)
    }

    /// Every stored state in the table's own order, for a caller that places each by its key itself: walking
    /// the key's index to sort them took three times as long as reading the table through.
    package func statesInStoredOrder() throws -> [StoredCardState] {
        try database.rows("SELECT \(Self.stateColumns) FROM card_state", [], Self.cardState)
    }

    /// Graded, unsuspended cards due at `now` with a live card (of `topic`), buried ones included (the caller
    /// says why they wait), each with its sibling group. Walks the `due` index and joins each key once, so the
    /// cost follows what is due, not the size of the collection.
    package func dueStates(at now: Date, topic: String? = nil) throws -> [(state: StoredCardState, siblingGroup: String?)] {
        let columns = Self.stateColumns.split(separator: ",").map { "s." + $0.trimmingWhitespaceAndNewlines() }
        return try database.rows(
            """
            SELECT \(columns.joined(separator: ", ")), max(c.sibling_group) FROM card_state AS s JOIN card AS c ON c.key = s.key
            WHERE s.due <= ?1 AND s.reps > 0 AND s.suspended = 0 AND c.archived = 0 AND (?2 IS NULL OR c.topic = ?2)
            GROUP BY s.key ORDER BY s.key
            """,
            [now, topic]
        ) { row in (try Self.cardState(row), try row.column(12)) }
    }

    /// Inserts or replaces the state of `state.key`.
    package func saveState(_ state: StoredCardState) throws {
        try saveStates([state])
    }

    /// Inserts or replaces each state, many at a time.
    package func saveStates(_ states: [StoredCardState]) throws {
        try database.execute(
            "INSERT INTO card_state (\(Self.stateColumns)) VALUES ", row: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            tail: """

                ON CONFLICT (key) DO UPDATE SET
                    state = excluded.state, step = excluded.step, stability = excluded.stability,
                    difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
                    reps = excluded.reps, lapses = excluded.lapses, suspended = excluded.suspended,
                    leech = excluded.leech, buried_until = excluded.buried_until
                """,
            rows: states.map { state in
                [
                    state.key, state.state, state.step, state.stability, state.difficulty, state.due, state.lastReview,
                    state.reps, state.lapses, state.suspended, state.leech, state.buriedUntil,
                ]
            })
    }

    /// Makes the card new again.
    package func deleteState(for key: String) throws {
        try database.execute("DELETE FROM card_state WHERE key = ?", [key])
    }

    /// States due at `now`, most overdue first: not suspended, not buried, with a live card in some language.
    /// Walks the `due` index, so the cost follows `limit`, not the size of the collection.
    package func dueCandidates(now: Date, limit: Int, topic: String? = nil) throws -> [StoredCardState] {
        try database.rows(
            """
            SELECT \(Self.stateColumns) FROM card_state AS s
            WHERE s.due <= ?1 AND s.suspended = 0 AND (s.buried_until IS NULL OR s.buried_until <= ?1)
              AND EXISTS (SELECT 1 FROM card AS c WHERE c.key = s.key AND c.archived = 0 AND (?2 IS NULL OR c.topic = ?2))
            ORDER BY s.due
            LIMIT ?3
            """,
            [now, topic, limit],
            Self.cardState
        )
    }

    /// Keys of live cards never graded, in article order (the first language imported leads), leaving out
    /// those buried at `now` (none when nil). Walks a partial index of new cards only, so reviewed cards cost
    /// nothing however many there are.
    package func newCandidates(limit: Int, topic: String? = nil, now: Date? = nil) throws -> [String] {
        var keys: [String] = []
        var seen = Set<String>()
        guard limit > 0 else { return keys }
        // Each key has one row per language; stepping lazily and stopping at `limit` keeps this cheap.
        try database.cachedStatement(
            """
            SELECT key FROM card
            WHERE archived = 0 AND is_new = 1 AND (?1 IS NULL OR topic = ?1)
              AND NOT EXISTS (SELECT 1 FROM card_state AS s WHERE s.key = card.key AND s.buried_until > ?2)
            ORDER BY article_id, position
            """
        ).forEachRow([topic, now]) { row in
            let key = try row.column(0, as: String.self)
            if seen.insert(key).inserted {
                keys.append(key)
            }
            return keys.count < limit
        }
        return keys
    }

    private static let stateColumns = """
        key, state, step, stability, difficulty, due, last_review, reps, lapses, suspended, leech, buried_until
        """

    private static func cardState(_ row: SQLiteRow) throws -> StoredCardState {
        StoredCardState(
            key: try row.column(0),
            state: try row.column(1),
            step: try row.column(2),
            stability: try row.column(3),
            difficulty: try row.column(4),
            due: try row.column(5),
            lastReview: try row.column(6),
            reps: try row.column(7),
            lapses: try row.column(8),
            suspended: try row.column(9),
            leech: try row.column(10),
            buriedUntil: try row.column(11)
        )
    }
}
