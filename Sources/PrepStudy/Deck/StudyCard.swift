import Foundation
import PrepScheduling
import PrepStore

/// A card with its memory state, as a study session sees it.
package struct StudyCard: Sendable, Hashable {
    package var card: StoredCard
    /// Nil while the card has never been graded.
    package var state: StoredCardState?

    package init(card: StoredCard, state: StoredCardState?) {
        self.card = card
        self.state = state
    }

    package var key: String { card.key }
    package var isNew: Bool { state == nil || state?.reps == 0 }
    package var isSuspended: Bool { state?.suspended ?? false }

    /// The scheduler's view of this card; a never-graded card is new as of `now`.
    package func schedulingCard(now: Date) -> SchedulingCard {
        state?.schedulingCard ?? SchedulingCard(newAt: now)
    }
}

extension StoredCardState {
    /// The FSRS card this row stores; rows saved only to suspend a card stay new.
    package var schedulingCard: SchedulingCard? {
        guard reps > 0, let cardState = CardState(rawValue: state) else { return nil }
        return SchedulingCard(
            state: cardState, step: step, stability: stability, difficulty: difficulty,
            due: due, lastReview: lastReview
        )
    }

    /// Carries an FSRS result into the row, keeping the counters and flags the scheduler does not know.
    package func updating(with card: SchedulingCard) -> StoredCardState {
        var copy = self
        copy.state = card.state.rawValue
        copy.step = card.step
        copy.stability = card.stability
        copy.difficulty = card.difficulty
        copy.due = card.due
        copy.lastReview = card.lastReview
        return copy
    }

    /// The row of a card that has never been graded.
    package static func fresh(key: String, now: Date) -> StoredCardState {
        StoredCardState(
            key: key, state: CardState.learning.rawValue, step: 0, stability: nil, difficulty: nil,
            due: now, lastReview: nil, reps: 0, lapses: 0, suspended: false, leech: false, buriedUntil: nil
        )
    }
}
