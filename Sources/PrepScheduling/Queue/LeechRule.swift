/// Anki's leech rule: a card forgotten again and again is costing more than it teaches.
package enum LeechRule {
    /// Anki's default leech threshold.
    package static let lapseThreshold = 8

    /// Whether grading a card in `state` with `rating` is a lapse: forgetting a card that had graduated to review.
    package static func isLapse(from state: CardState, rating: Rating) -> Bool {
        state == .review && rating == .again
    }

    package static func isLeech(lapses: Int, threshold: Int = lapseThreshold) -> Bool {
        lapses >= threshold
    }
}
