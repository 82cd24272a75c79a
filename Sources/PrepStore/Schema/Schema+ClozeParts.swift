import Foundation
import PrepContent

extension Schema {
    /// Issue 22: a cloze card keeps its text and blanks as data (`extra.cloze`), which the screens, the quiz and
    /// the Anki export read instead of working them out again from its front and back. The cards stored before
    /// have theirs worked out here, once; a card whose front does not line up with its back keeps none, and is
    /// shown as its front and back, as it was.
    package static let version3 = Migration(version: 3) { database in
        let decoder = JSONDecoder()
        let cards = try database.rows("SELECT key, lang, front, back, extra FROM card WHERE kind = 'cloze'") { row in
            (key: try row.column(0, as: String.self), lang: try row.column(1, as: String.self),
             front: try row.column(2, as: String.self), back: try row.column(3, as: String.self), extra: try row.column(4, as: String?.self))
        }
        for card in cards {
            guard let parts = ClozeParts(front: card.front, back: card.back) else { continue }
            var extra = try card.extra.map { try decoder.decode(CardExtra.self, from: Data($0.utf8)) } ?? CardExtra()
            extra.cloze = parts
            try database.execute(
                "UPDATE card SET extra = ? WHERE key = ? AND lang = ?",
                [extra.json, card.key, card.lang])
        }
    }
}
