/// What was studied since the start of a study day, for daily limits and buried siblings.
package struct ReviewActivity: Sendable, Equatable {
    /// Cards graded at least once since the start.
    package var reviewedKeys: Set<String>
    /// Of those, the cards whose first grade ever fell in the period: today's new cards.
    package var introducedKeys: Set<String>

    package init(reviewedKeys: Set<String> = [], introducedKeys: Set<String> = []) {
        self.reviewedKeys = reviewedKeys
        self.introducedKeys = introducedKeys
    }

    /// Cards already reviewed today that were not new today: what counts against the reviews-per-day limit.
    package var reviewedCount: Int { reviewedKeys.subtracting(introducedKeys).count }
}
