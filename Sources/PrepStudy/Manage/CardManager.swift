import Foundation
import PrepStore

/// Carries out `prep flashcards suspend|unsuspend|forget|bury|unbury|reschedule` and review's `s` and `!`:
/// each change is logged as an action (so export and restore carry it) and written with the card's new state
/// in one transaction.
package struct CardManager {
    /// What one action did to one card.
    package enum Outcome: String, Sendable, Equatable {
        case changed
        /// Already so (suspending a suspended card): nothing logged.
        case unchanged
        /// Rescheduling a card never studied: it has no memory to give a due date to.
        case newCard = "new"
    }

    package struct Result: Sendable, Equatable {
        package var key: String
        package var outcome: Outcome
        /// The row before the action (nil: the card was new), for undo.
        package var previous: StoredCardState?
        package var action: StoredCardAction?
        /// Reviews deleted by a forget that clears history.
        package var reviewsCleared = 0
    }

    package let store: Store
    package var makeID: () -> String

    package init(store: Store, makeID: @escaping () -> String = { UUID().uuidString.lowercased() }) {
        self.store = store
        self.makeID = makeID
    }

    /// Applies `kind` to every key at `now`. `until` is the burial's end or the new due date; `keepHistory`
    /// applies to forget only.
    package func perform(
        _ kind: StoredCardAction.Kind, keys: [String], at now: Date, until: Date? = nil, keepHistory: Bool = false
    ) throws -> [Result] {
        try store.database.transaction {
            try keys.map { key in
                let previous = try store.state(for: key)
                let action = StoredCardAction(id: makeID(), cardKey: key, kind: kind, actedAt: now, until: until, keepHistory: keepHistory)
                if kind == .reschedule, (previous?.reps ?? 0) == 0 {
                    return Result(key: key, outcome: .newCard, previous: previous)
                }
                let cleared = kind == .forget && !keepHistory ? try store.deleteReviews(cardKey: key, upTo: now) : 0
                guard CardActionRule.changes(action, previous) || cleared > 0 else {
                    return Result(key: key, outcome: .unchanged, previous: previous)
                }
                try store.insertActionIfAbsent(action)
                if let next = CardActionRule.apply(action, to: previous) {
                    try store.saveState(next)
                } else if previous != nil {
                    try store.deleteState(for: key)
                }
                return Result(key: key, outcome: .changed, previous: previous, action: action, reviewsCleared: cleared)
            }
        }
    }

    /// Takes back one action of this session (review's `u`): its log row goes and the card's row comes back.
    package func undo(_ result: Result) throws {
        guard let action = result.action else { return }
        try store.database.transaction {
            try store.deleteAction(id: action.id)
            if let previous = result.previous {
                try store.saveState(previous)
            } else {
                try store.deleteState(for: result.key)
            }
        }
    }
}
