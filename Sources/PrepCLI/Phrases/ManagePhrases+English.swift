import PrepStore

extension ManagePhrases {
    static let english = ManagePhrases(
        done: { kind, cards in
            let counted = cards == 1 ? "1 card" : "\(cards) cards"
            return switch kind {
            case .suspend: "Suspended \(counted)."
            case .unsuspend: "Unsuspended \(counted)."
            case .forget: "Reset \(counted) to new."
            case .bury: "Buried \(counted)."
            case .unbury: "Unburied \(counted)."
            case .reschedule: "Rescheduled \(counted)."
            }
        },
        unchanged: { kind, cards in
            let state = switch kind {
            case .suspend: "already suspended"
            case .unsuspend: "not suspended"
            case .forget: "already new"
            case .bury: "already buried"
            case .unbury: "not buried"
            case .reschedule: "already due then"
            }
            return "\(cards == 1 ? "1 card was" : "\(cards) cards were") \(state)."
        },
        neverStudied: { keys in "Not rescheduled, never studied (they come as new cards): \(keys)" },
        buriedUntil: { when in "Hidden until the next study day (\(when))." },
        dueOn: { day in "Due on \(day)." },
        historyKept: "Their reviews stay in the history.",
        historyCleared: { reviews in "History cleared: \(reviews == 1 ? "1 review" : "\(reviews) reviews") deleted." },
        undoWith: { command in "To undo: \(command)" },
        noCardsSelected: "Name cards by KEY, --topic or --search (see --help).",
        noCardsMatch: "No cards match.",
        forgetKey: "! forget",
        suspendedInReview: { front, command in "Suspended \"\(front)\". u takes it back; later: \(command)" },
        forgotInReview: { front in "Reset \"\(front)\" to new (history kept). u takes it back." },
        undidForget: "Took back the reset.",
        dueNow: { cards, buried, siblings, overLimit in
            let parts = [
                siblings > 0 ? "\(siblings) buried \(siblings == 1 ? "sibling" : "siblings")" : nil,
                overLimit > 0 ? "\(overLimit) over today's review limit" : nil,
                buried > 0 ? "\(buried) buried by hand" : nil,
            ].compactMap { $0 }
            return "Due now: \(cards == 1 ? "1 card" : "\(cards) cards")." + (parts.isEmpty ? "" : " Held back: \(parts.joined(separator: ", ")).")
        },
        actionsRestored: { actions, cleared in
            "\(actions == 1 ? "1 card action" : "\(actions) card actions") added (suspend, forget, bury, …)"
                + (cleared > 0 ? "; \(cleared == 1 ? "1 review" : "\(cleared) reviews") cleared by a forget." : ".")
        }
    )
}
