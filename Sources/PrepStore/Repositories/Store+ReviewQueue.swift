import Foundation
import PrepScheduling

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

extension Store {
    /// Walks the keys of graded cards a review session may show now, in one pass over the `due` index: first
    /// every card in (re)learning steps due by `learningUntil`, then review cards due at `now`, least remembered
    /// first (FSRS retrievability falls as the time since the last review grows relative to stability).
    /// Suspended and buried cards are left out. Whether a key's card is live, and its topic, is for `body` to
    /// check as it loads the card: a join here would cost more than the scan.
    /// - Parameter body: gets each key and whether the card is in review; returns false to stop.
    package func forEachSessionKey(now: Date, learningUntil: Date, _ body: (_ key: String, _ inReview: Bool) throws -> Bool) throws {
        try database.cachedStatement(
            """
            SELECT key, state = \(CardState.review.rawValue) FROM card_state
            WHERE due <= ?2 AND reps > 0 AND suspended = 0 AND (buried_until IS NULL OR buried_until <= ?1)
              AND (state != \(CardState.review.rawValue) OR due <= ?1)
            ORDER BY state = \(CardState.review.rawValue), (?1 - last_review) / max(stability, 1e-9) DESC
            """
        ).forEachRow([now, learningUntil]) { row in
            try body(try row.column(0), try row.column(1))
        }
    }
}
