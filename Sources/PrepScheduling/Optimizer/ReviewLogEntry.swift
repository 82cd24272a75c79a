import Foundation

/// One graded review of a card, as the optimizer reads a review log.
package struct ReviewLogEntry: Sendable, Hashable {
    package var cardID: String
    package var reviewedAt: Date
    package var rating: Rating
    /// Whole days since the card's previous review, when the log states it; otherwise taken from the times.
    package var elapsedDays: Int?

    package init(cardID: String, reviewedAt: Date, rating: Rating, elapsedDays: Int? = nil) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.elapsedDays = elapsedDays
    }
}
