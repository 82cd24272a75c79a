import Foundation

/// The FSRS memory state of one card, field for field the reference library's `Card` (without its id).
package struct SchedulingCard: Sendable, Hashable, Codable {
    package var state: CardState
    /// Index into the learning or relearning steps; `nil` in review.
    package var step: Int?
    /// Days until retrievability falls to 90%; `nil` until the first review.
    package var stability: Double?
    /// 1 (easy) … 10 (hard); `nil` until the first review.
    package var difficulty: Double?
    package var due: Date
    package var lastReview: Date?

    /// A learning card with no step gets step 0, as the reference library's constructor does.
    package init(
        state: CardState,
        step: Int?,
        stability: Double?,
        difficulty: Double?,
        due: Date,
        lastReview: Date?
    ) {
        self.state = state
        self.step = state == .learning && step == nil ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A never-reviewed card, due at its creation time.
    package init(newAt creation: Date) {
        self.init(state: .learning, step: 0, stability: nil, difficulty: nil, due: creation, lastReview: nil)
    }

    /// Whether the card has never been reviewed.
    package var isNew: Bool { stability == nil || difficulty == nil }
}
