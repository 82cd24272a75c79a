import Foundation

extension Store {
    package func appendReview(_ review: StoredReview) throws {
        try database.execute(
            "INSERT INTO review_log (id, card_key, rating, reviewed_at, duration_ms, mode) VALUES (?, ?, ?, ?, ?, ?)",
            [review.id, review.cardKey, review.rating, review.reviewedAt, review.durationMs, review.mode]
        )
    }

    /// Removes one log row (undo); returns whether it existed.
    @discardableResult
    package func deleteReview(id: String) throws -> Bool {
        try database.execute("DELETE FROM review_log WHERE id = ?", [id])
        return database.changes > 0
    }

    /// Reviews of one card, oldest first.
    package func reviews(cardKey: String) throws -> [StoredReview] {
        try database.rows(
            "SELECT \(Self.reviewColumns) FROM review_log WHERE card_key = ? ORDER BY reviewed_at, id",
            [cardKey],
            Self.review
        )
    }

    /// The whole log, oldest first.
    package func allReviews() throws -> [StoredReview] {
        try database.rows("SELECT \(Self.reviewColumns) FROM review_log ORDER BY reviewed_at, id", [], Self.review)
    }

    /// The whole log, oldest first, with only what a replay reads (card, rating, time, duration); `id` and
    /// `mode` are left empty rather than decoded for every row.
    package func reviewsToReplay() throws -> [StoredReview] {
        // Read in the table's order first: a log written as reviews happen is already oldest first, and walking
        // the time index looked every row up in the table and sorted ties by id, seven times the time of reading
        // the table through. Only a log whose times do not strictly rise in the table is read again, sorted.
        let inTableOrder = try replayedReviews(orderBy: "")
        if zip(inTableOrder, inTableOrder.dropFirst()).allSatisfy({ $0.reviewedAt < $1.reviewedAt }) { return inTableOrder }
        return try replayedReviews(orderBy: "ORDER BY reviewed_at, id")
    }

    private func replayedReviews(orderBy: String) throws -> [StoredReview] {
        try database.rows("SELECT card_key, rating, reviewed_at, duration_ms FROM review_log \(orderBy)", []) { row in
            StoredReview(
                id: "", cardKey: try row.column(0), rating: try row.column(1), reviewedAt: try row.column(2),
                durationMs: try row.column(3), mode: ""
            )
        }
    }

    package func reviewCount(since start: Date) throws -> Int {
        try database.scalar("SELECT count(*) FROM review_log WHERE reviewed_at >= ?", [start], as: Int.self) ?? 0
    }

    /// Reviews per day since `start`, oldest first; days without reviews are left out.
    /// - Parameter utcOffset: seconds east of UTC of the learner's time zone, which decides where days begin.
    package func dailyReviewCounts(since start: Date, utcOffset: Int) throws -> [DailyReviewCount] {
        try database.rows(
            """
            SELECT date(reviewed_at + ?1, 'unixepoch') AS day, count(*), sum(rating = 1)
            FROM review_log WHERE reviewed_at >= ?2 GROUP BY day ORDER BY day
            """,
            [utcOffset, start]
        ) { row in
            DailyReviewCount(day: try row.column(0), reviews: try row.column(1), again: try row.column(2))
        }
    }

    /// One grade of a study session: the log row and the card's new state commit together or not at all.
    package func recordGrade(review: StoredReview, newState: StoredCardState) throws {
        precondition(review.cardKey == newState.key, "review and state belong to different cards")
        try database.transaction {
            try appendReview(review)
            try saveState(newState)
        }
    }

    /// Takes back a grade: deletes its log row and puts back the card's previous state (nil: the card was new).
    package func undoGrade(reviewID: String, restoring previous: StoredCardState?) throws {
        try database.transaction {
            guard
                let cardKey = try database.scalar(
                    "SELECT card_key FROM review_log WHERE id = ?", [reviewID], as: String.self
                )
            else {
                throw StoreError.reviewNotFound(path: path, id: reviewID)
            }
            try deleteReview(id: reviewID)
            if let previous {
                precondition(previous.key == cardKey, "restored state belongs to another card")
                try saveState(previous)
            } else {
                try deleteState(for: cardKey)
            }
        }
    }

    private static let reviewColumns = "id, card_key, rating, reviewed_at, duration_ms, mode"

    private static func review(_ row: SQLiteRow) throws -> StoredReview {
        StoredReview(
            id: try row.column(0),
            cardKey: try row.column(1),
            rating: try row.column(2),
            reviewedAt: try row.column(3),
            durationMs: try row.column(4),
            mode: try row.column(5)
        )
    }
}
