/// Where a card is in its life; there is no "new" state, as in py-fsrs (a new card is learning at step 0).
package enum CardState: Int, Sendable, Hashable, Codable, CaseIterable {
    case learning = 1
    case review
    case relearning

    /// The reference library's name for the state, as the vector files spell it.
    package var referenceName: String {
        switch self {
        case .learning: "Learning"
        case .review: "Review"
        case .relearning: "Relearning"
        }
    }
}
