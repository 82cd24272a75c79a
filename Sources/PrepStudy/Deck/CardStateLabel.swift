import PrepScheduling
import PrepStore

/// The one-word state a learner sees in lists: new, learning, review, relearning, suspended or leech.
package enum CardStateLabel {
    package static func label(for state: StoredCardState?) -> String {
        guard let state else { return "new" }
        if state.leech { return "leech" }
        if state.suspended { return "suspended" }
        guard state.reps > 0, let cardState = CardState(rawValue: state.state) else { return "new" }
        return cardState.referenceName.lowercased()
    }
}
