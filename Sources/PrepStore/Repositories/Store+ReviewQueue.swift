import Foundation

extension Store {
    /// Graded cards, not suspended, with a live card (of `topic`), due before `date`.
    package func scheduledCount(dueBefore date: Date, topic: String? = nil) throws -> Int {
        try database.scalar(
            """
            SELECT count(*) FROM card_state AS s
            WHERE s.due < ?1 AND s.reps > 0 AND s.suspended = 0
              AND EXISTS (SELECT 1 FROM card AS c WHERE c.key = s.key AND c.archived = 0 AND (?2 IS NULL OR c.topic = ?2))
            """,
            [date, topic],
            as: Int.self
        ) ?? 0
    }
}
