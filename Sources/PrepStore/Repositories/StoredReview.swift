import Foundation

/// One row of the append-only review log.
package struct StoredReview: Sendable, Hashable {
    package var id: String
    package var cardKey: String
    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    package var rating: Int
    package var reviewedAt: Date
    package var durationMs: Int?
    /// Where the grade came from, e.g. `review` or `quiz`.
    package var mode: String

    package init(id: String, cardKey: String, rating: Int, reviewedAt: Date, durationMs: Int?, mode: String) {
        self.id = id
        self.cardKey = cardKey
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.durationMs = durationMs
        self.mode = mode
    }
}
