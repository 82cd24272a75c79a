import Foundation

extension Store {
    /// Cards graded since `start` and which of them were graded for the first time then.
    /// Walks the time index for the period and the card index once per card, so a day costs what it holds.
    package func reviewActivity(since start: Date) throws -> ReviewActivity {
        var activity = ReviewActivity()
        try database.cachedStatement(
            """
            SELECT r.card_key, (SELECT min(f.reviewed_at) FROM review_log AS f WHERE f.card_key = r.card_key) >= ?1
            FROM review_log AS r WHERE r.reviewed_at >= ?1 GROUP BY r.card_key
            """
        ).forEachRow([start]) { row in
            let key = try row.column(0, as: String.self)
            activity.reviewedKeys.insert(key)
            if try row.column(1, as: Bool.self) { activity.introducedKeys.insert(key) }
            return true
        }
        return activity
    }
}
