import PrepStore

extension ManagePhrases {
    static let english = ManagePhrases(
        done: { kind, cards in
            let cardsText = counted(cards, "card")
            return switch kind {
            case .suspend: "Suspended \(cardsText)."
            case .unsuspend: "Unsuspended \(cardsText)."
            case .forget: "Reset \(cardsText) to new."
            case .bury: "Buried \(cardsText)."
            case .unbury: "Unburied \(cardsText)."
            case .reschedule: "Rescheduled \(cardsText)."
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
        historyCleared: { reviews in "History cleared: \(counted(reviews, "review")) deleted." },
        undoWith: { command in "To undo: \(command)" },
        noCardsSelected: "Name cards by KEY, --topic or --search (see --help).",
        noCardsMatch: "No cards match.",
        forgetKey: "! forget",
        suspendedInReview: { front, command in "Suspended \"\(front)\". u takes it back; later: \(command)" },
        forgotInReview: { front in "Reset \"\(front)\" to new (history kept). u takes it back." },
        undidForget: "Took back the reset.",
        dueNow: { cards, buried, siblings, overLimit in
            let parts = [
                siblings > 0 ? counted(siblings, "buried sibling") : nil,
                overLimit > 0 ? "\(overLimit) over today's review limit" : nil,
                buried > 0 ? "\(buried) buried by hand" : nil,
            ].compactMap { $0 }
            return "Due now: \(counted(cards, "card"))." + (parts.isEmpty ? "" : " Held back: \(parts.joined(separator: ", ")).")
        },
        actionsRestored: { actions, cleared in
            "\(counted(actions, "card action")) added (suspend, forget, bury, …)"
                + (cleared > 0 ? "; \(counted(cleared, "review")) cleared by a forget." : ".")
        }
    )
}
