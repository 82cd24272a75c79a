import Foundation
import PrepContent
import PrepCore
import PrepStore

/// Cards in Anki's plain-text import format, one note per card key.
///
/// The header tells Anki everything (tab separator, plain text, which columns hold the GUID, notetype, deck
/// and tags), so the file imports without choices. Fields are mapped by position, never by name: Anki's
/// field names are translated (正面/背面 in a Chinese Anki), and a named `#columns:` line maps nothing there.
/// The GUID is the card key, so re-importing an updated file updates the notes it made before.
package enum AnkiTextExport {
    /// The names of Anki's stock notetypes in the language of the Anki that imports the file: Anki finds a
    /// row's notetype only by its (translated) name, and skips a row whose notetype it cannot find.
    package struct Notetypes: Sendable, Equatable {
        package var basic: String
        package var cloze: String

        package static let byAnkiLanguage: [String: Notetypes] = [
            Language.en.ankiCode: Notetypes(basic: "Basic", cloze: "Cloze"),
            Language.zhHant.ankiCode: Notetypes(basic: "基本型", cloze: "克漏字"),
        ]
    }

    /// - Parameter cards: one card per key, in the order to write.
    package static func text(cards: [StoredCard], notetypes: Notetypes) -> String {
        var lines = [
            "#separator:tab",
            "#html:false",
            "#guid column:1",
            "#notetype column:2",
            "#deck column:3",
            "#tags column:6",
        ]
        for card in cards {
            let notetype: String
            let fields: [String]
            if card.kind == .cloze, let cloze = card.cloze.map(AnkiCloze.init) {
                (notetype, fields) = (notetypes.cloze, [cloze.text(), cloze.backExtra()])
            } else {
                (notetype, fields) = (notetypes.basic, [card.front, card.back])
            }
            let row = [card.key, notetype, deckName(topic: card.topic)] + fields + [tags(of: card).joined(separator: " ")]
            lines.append(row.map(field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Anki's deck for a topic; `::` makes `prep` the parent deck of every topic.
    package static func deckName(topic: String) -> String { "prep::" + topic }

    /// The topic and the card's tags, each once.
    package static func tags(of card: StoredCard) -> [String] {
        var tags = [tag(card.topic)]
        for name in card.tags.map(tag) where !tags.contains(name) {
            tags.append(name)
        }
        return tags
    }

    /// Anki's CSV rule: a field holding the separator, a line break or a quote is put in double quotes,
    /// with its quotes doubled; with `#html:false` Anki keeps its line breaks.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0 == "\"" || $0.isNewline }) else { return text }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        return "\"" + normalized.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Anki separates tags with spaces, so a tag cannot hold one.
    static func tag(_ text: String) -> String {
        // ASCII without whitespace, the usual tag, is decided on bytes; anything else by its characters.
        guard text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x20 || (0x09...0x0D).contains($0) }) else { return text }
        guard text.contains(where: \.isWhitespace) else { return text }
        return String(text.map { $0.isWhitespace ? "_" : $0 })
    }
}
