import Foundation
import PrepStore

/// Cards in Anki's plain-text import format, one note per card key.
///
/// The header tells Anki everything (tab separator, plain text, which column is the GUID and which the
/// tags), so the file imports without choices. The GUID is the card key: re-importing an updated
/// file updates the notes it made before instead of adding copies.
package enum AnkiTextExport {
    package static let columns = ["GUID", "Front", "Back", "Tags"]

    /// - Parameter cards: one card per key, in the order to write.
    package static func text(cards: [StoredCard]) -> String {
        var lines = [
            "#separator:tab",
            "#html:false",
            "#notetype:Basic",
            "#columns:" + columns.joined(separator: "\t"),
            "#guid column:1",
            "#tags column:4",
        ]
        for card in cards {
            var seen: Set<String> = []
            let tags = ([card.topic] + card.tags).map(tag).filter { seen.insert($0).inserted }.joined(separator: " ")
            lines.append([card.key, card.front, card.back, tags].map(field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
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
        String(text.map { $0.isWhitespace ? "_" : $0 })
    }
}
