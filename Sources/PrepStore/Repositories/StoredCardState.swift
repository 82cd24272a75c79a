import Foundation

/// The scheduling state of one card key, as plain columns; the study layer maps it to the scheduler's card.
/// A key with no stored state is new.
package struct StoredCardState: Sendable, Hashable {
    package var key: String
    /// The scheduler's state raw value (learning, review, relearning).
    package var state: Int
    package var step: Int?
    package var stability: Double?
    package var difficulty: Double?
    package var due: Date
    package var lastReview: Date?
    package var reps: Int
    package var lapses: Int
    package var suspended: Bool
    package var leech: Bool
    /// Hidden until then, e.g. a sibling of a card reviewed today.
    package var buriedUntil: Date?

    package init(
        key: String, state: Int, step: Int? = nil, stability: Double? = nil, difficulty: Double? = nil,
        due: Date, lastReview: Date? = nil, reps: Int = 0, lapses: Int = 0, suspended: Bool = false,
        leech: Bool = false, buriedUntil: Date? = nil
    ) {
        self.key = key
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.suspended = suspended
        self.leech = leech
        self.buriedUntil = buriedUntil
    }
}
