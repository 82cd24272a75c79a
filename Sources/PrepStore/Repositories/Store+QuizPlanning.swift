import Foundation

extension Store {
    /// Keys graded since `start` (any mode), so their siblings stay buried for the rest of the day.
    package func reviewedKeys(since start: Date) throws -> Set<String> {
        Set(try database.rows("SELECT DISTINCT card_key FROM review_log WHERE reviewed_at >= ?", [start]) { try $0.column(0) })
    }

    /// Cards whose first review ever was at or after `start`: what today's new-card limit has already used.
    package func firstReviewCount(since start: Date) throws -> Int {
        try database.scalar(
            """
            SELECT count(*) FROM (SELECT min(reviewed_at) AS first FROM review_log GROUP BY card_key)
            WHERE first >= ?
            """,
            [start],
            as: Int.self
        ) ?? 0
    }
}
