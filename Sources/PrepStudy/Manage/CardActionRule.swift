import Foundation
import PrepScheduling
import PrepStore

/// What each card-management action does to a card's stored state: one pure rule shared by the commands,
/// review's keys and the replay of a merged log in `prep restore`, so all three always agree.
package enum CardActionRule {
    /// The state after `action`; nil means the card is new (no row).
    package static func apply(_ action: StoredCardAction, to state: StoredCardState?) -> StoredCardState? {
        switch action.kind {
        case .suspend:
            var copy = state ?? .fresh(key: action.cardKey, now: action.actedAt)
            copy.suspended = true
            return copy
        case .unsuspend:
            guard var copy = state else { return nil }
            copy.suspended = false
            return settled(copy)
        case .forget:
            return nil
        case .bury:
            var copy = state ?? .fresh(key: action.cardKey, now: action.actedAt)
            copy.buriedUntil = action.until
            return copy
        case .unbury:
            guard var copy = state else { return nil }
            copy.buriedUntil = nil
            return settled(copy)
        case .reschedule:
            // Only a card with a memory can be given a due date; a new card has none to keep (the command
            // refuses it before an action is logged).
            guard var copy = state, copy.reps > 0, let due = action.until else { return state }
            copy.due = due
            return copy
        }
    }

    /// Whether `action` can change `state` at all; an action that cannot is not logged.
    package static func changes(_ action: StoredCardAction, _ state: StoredCardState?) -> Bool {
        apply(action, to: state) != state
    }

    /// The state a card's whole log produces: reviews and actions in time order (a review before an action
    /// made at the same instant). Reviews before a forget no longer count, as in Anki's reset.
    package static func replay(
        key: String, reviews: [StoredReview], actions: [StoredCardAction], scheduler: Scheduler,
        leechThreshold: Int = LeechRule.lapseThreshold
    ) -> StoredCardState? {
        enum Event {
            case review(StoredReview)
            case action(StoredCardAction)
        }
        let events = (reviews.map { ($0.reviewedAt, 0, $0.id, Event.review($0)) } + actions.map { ($0.actedAt, 1, $0.id, Event.action($0)) })
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var state: StoredCardState?
        for (_, _, _, event) in events {
            switch event {
            case .review(let review):
                guard let rating = Rating(rawValue: review.rating) else { continue }
                let base = state ?? .fresh(key: key, now: review.reviewedAt)
                state = GradeRecorder.apply(rating, to: base, at: review.reviewedAt, scheduler: scheduler, leechThreshold: leechThreshold).state
            case .action(let action):
                state = apply(action, to: state)
            }
        }
        return state
    }

    /// The reviews that shape each card's memory now: those after its last forget. A forget that kept the
    /// history leaves the earlier ones in the log, but the optimizer must not read them as the same memory.
    package static func reviewsSinceLastForget(_ reviews: [StoredReview], actions: [StoredCardAction]) -> [StoredReview] {
        let lastForget = Dictionary(
            actions.lazy.filter { $0.kind == .forget }.map { ($0.cardKey, $0.actedAt) }, uniquingKeysWith: max
        )
        guard !lastForget.isEmpty else { return reviews }
        return reviews.filter { review in lastForget[review.cardKey].map { review.reviewedAt > $0 } ?? true }
    }

    /// A row of a never-graded card that is neither suspended nor buried says nothing: the card is simply new.
    private static func settled(_ state: StoredCardState) -> StoredCardState? {
        state.reps == 0 && !state.suspended && state.buriedUntil == nil ? nil : state
    }
}
