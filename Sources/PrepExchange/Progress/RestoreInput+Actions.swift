import Foundation
import PrepStore

extension Checker {
    /// The card actions of a version 2 file, each named by its place when it is refused.
    func actions(_ entries: [ProgressDocument.CardAction], maximumInterval: Int) throws(ProgressFileError) -> [StoredCardAction] {
        var ids = Set<String>()
        var actions: [StoredCardAction] = []
        actions.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            let field = "card_actions[\(index)]"
            try id(entry.id, field: field + ".id", unique: &ids)
            try text(entry.cardKey, field: field + ".card_key", maximum: Self.maximumKeyBytes)
            guard let kind = StoredCardAction.Kind(rawValue: entry.action) else {
                let names = StoredCardAction.Kind.allCases.map(\.rawValue)
                throw .invalidValue(field: field + ".action", reason: .notOneOf(String(entry.action.prefix(40)), names))
            }
            let actedAt = try past(entry.actedAt, field: field + ".acted_at")
            let until: Date?
            switch (kind, entry.until) {
            case (.bury, let text?), (.reschedule, let text?):
                let date = try timestamp(text, field: field + ".until")
                let longest = actedAt.addingTimeInterval(Double(maximumInterval + 1) * 86_400)
                try within(date, text, actedAt...longest, field: field + ".until")
                until = date
            case (.bury, nil), (.reschedule, nil):
                throw .missingField(field + ".until")
            case (_, nil):
                until = nil
            case (_, _?):
                throw .invalidValue(field: field + ".until", reason: .dateForUndatedAction(kind.rawValue))
            }
            if kind != .forget, entry.keepHistory != nil {
                throw .invalidValue(field: field + ".keep_history", reason: .keepHistoryNotForget(kind.rawValue))
            }
            actions.append(StoredCardAction(
                id: entry.id, cardKey: entry.cardKey, kind: kind, actedAt: actedAt, until: until,
                keepHistory: entry.keepHistory ?? false
            ))
        }
        return actions
    }
}
