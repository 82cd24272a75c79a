import Foundation

extension Store {
    /// Hands a gone card's schedule, reviews and check runs to the card that took its place.
    func moveProgress(from oldKey: String, to newKey: String) throws {
        let taken = try database.scalar("SELECT COUNT(*) FROM card_state WHERE key = ?", [newKey], as: Int.self) ?? 0
        if taken == 0 { try database.execute("UPDATE card_state SET key = ? WHERE key = ?", [newKey, oldKey]) }
        try database.execute("UPDATE review_log SET card_key = ? WHERE card_key = ?", [newKey, oldKey])
        try database.execute("UPDATE check_run SET card_key = ? WHERE card_key = ?", [newKey, oldKey])
    }

    /// Whether another file's live card already has `key` in `lang` (the other language's version of a card
    /// shares its key and is no conflict).
    func isHeldElsewhere(_ key: String, lang: String, articleID: Int64) throws -> Bool {
        let count = try database.scalar(
            "SELECT COUNT(*) FROM card WHERE key = ? AND lang = ? AND article_id != ? AND archived = 0", [key, lang, articleID],
            as: Int.self)
        return (count ?? 0) > 0
    }
}

extension CardRecord {
    /// Whether `new` reads as this card reworded: the same kind, and the same answer, or the same place in the
    /// file with most of the question's words kept.
    func isReworded(as new: CardRecord) -> Bool {
        guard kind == new.kind else { return false }
        if back == new.back { return true }
        return position == new.position && Self.similarity(front, new.front) >= 0.5
    }

    /// Shared character pairs over all pairs (Dice's coefficient), which works for English and Chinese alike.
    static func similarity(_ lhs: String, _ rhs: String) -> Double {
        func pairs(_ text: String) -> [String: Int] {
            let characters = Array(text.lowercased().filter { !$0.isWhitespace })
            var counts: [String: Int] = [:]
            for index in characters.indices.dropLast() { counts[String(characters[index...index + 1]), default: 0] += 1 }
            return counts
        }
        let left = pairs(lhs)
        let right = pairs(rhs)
        let total = left.values.reduce(0, +) + right.values.reduce(0, +)
        guard total > 0 else { return lhs == rhs ? 1 : 0 }
        let shared = left.reduce(0) { $0 + min($1.value, right[$1.key] ?? 0) }
        return Double(2 * shared) / Double(total)
    }
}
