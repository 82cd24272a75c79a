import Foundation

extension Store {
    /// Adds the action unless its id is already logged; returns whether it was added.
    @discardableResult
    package func insertActionIfAbsent(_ action: StoredCardAction) throws -> Bool {
        try database.execute(
            """
            INSERT INTO card_action (id, card_key, action, acted_at, until, keep_history) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO NOTHING
            """,
            [action.id, action.cardKey, action.kind.rawValue, action.actedAt, action.until, action.keepHistory]
        )
        return database.changes > 0
    }

    /// Removes one action (undo in a review session).
    package func deleteAction(id: String) throws {
        try database.execute("DELETE FROM card_action WHERE id = ?", [id])
    }

    /// Actions on one card, oldest first.
    package func actions(cardKey: String) throws -> [StoredCardAction] {
        try database.rows(
            "SELECT \(Self.actionColumns) FROM card_action WHERE card_key = ? ORDER BY acted_at, id", [cardKey], action
        )
    }

    /// The whole log, oldest first.
    package func allActions() throws -> [StoredCardAction] {
        try database.rows("SELECT \(Self.actionColumns) FROM card_action ORDER BY acted_at, id", [], action)
    }

    /// Deletes the card's reviews made up to `date` (a forget that clears history); returns how many.
    @discardableResult
    package func deleteReviews(cardKey: String, upTo date: Date) throws -> Int {
        try database.execute("DELETE FROM review_log WHERE card_key = ? AND reviewed_at <= ?", [cardKey, date])
        return database.changes
    }

    private static let actionColumns = "id, card_key, action, acted_at, until, keep_history"

    private func action(_ row: SQLiteRow) throws -> StoredCardAction {
        let name: String = try row.column(2)
        guard let kind = StoredCardAction.Kind(rawValue: name) else {
            throw StoreError.corrupt(path: path, detail: "card_action has an unknown action '\(name)'")
        }
        return StoredCardAction(
            id: try row.column(0), cardKey: try row.column(1), kind: kind, actedAt: try row.column(3),
            until: try row.column(4), keepHistory: try row.column(5)
        )
    }
}
