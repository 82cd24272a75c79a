/// Where a card's lines stay lines: reflowing a paragraph must not run two outputs, two notes or two
/// Chinese sentences together, nor show a list item's marker twice.
extension MarkdownDisplay {
    /// A line break the author meant, not a wrap: the next line opens with an arrow or a symbol ("-> since…",
    /// "➡️ …", "✅ …"); a Chinese line without spaces ends in a character and the next opens in Latin letters
    /// ("…批次送出" over "Cluster 模式…"), a new sentence, since Chinese is not wrapped before a name; or, outside a
    /// list item, two short lines the first of which is no prose (one word, or words ending in a bracket: "true"
    /// over "false", an object printed over "undefined"), a console's lines. A line going on with punctuation (", and…", ": meaning") or one left open
    /// on a comma or a dash joins.
    static func keepsBreak(after previous: String, before next: String, inListItem: Bool) -> Bool {
        guard let last = previous.unicodeScalars.last, let first = next.unicodeScalars.first else { return false }
        // Math symbols but arrows open wrapped text too ("<b>", "= 3").
        if next.hasPrefix("->") || next.hasPrefix("=>") || first.properties.generalCategory == .otherSymbol || "→⇒".unicodeScalars.contains(first) {
            return true
        }
        if ",;:)，；：、）".unicodeScalars.contains(first) || ",，、-–(（".unicodeScalars.contains(last) { return false }
        if previous.unicodeScalars.contains(where: isCJK) {
            return isCJK(last) && first.isASCII && first.properties.isAlphabetic && !previous.contains(" ")
        }
        guard !inListItem, DisplayWidth.of(previous) < 60, DisplayWidth.of(next) < 40 else { return false }
        let words = previous.split(separator: " ")
        let readsAsProse = words.count >= 2 && (previous.last?.isLetter == true || previous.last.map { ",:".contains($0) } == true)
        return !readsAsProse
    }

    /// A list item's text without a second marker opening it ("- * item", "• – item", "- \* item"): a nested or
    /// converted marker shows as the one bullet. Markers listed as the item's subject ("- * and + make lists")
    /// are content, shown as code so they do not read as bullets.
    static func itemText(_ text: Substring) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        guard let first = words.first, words.count >= 2, isMarker(first) else { return String(text) }
        let leading = words.prefix { isMarker($0) || listingWords.contains($0.lowercased()) }
        guard leading.count(where: isMarker) >= 2 else { return words.dropFirst().joined(separator: " ") }
        return words.enumerated().map { index, word in
            index < leading.count && isMarker(word) ? "`" + word.trimmingPrefix("\\") + "`" : String(word)
        }.joined(separator: " ")
    }

    /// "-", "*", "+", an escaped one ("\*"), or the dash or bullet a word processor made of one.
    private static func isMarker(_ word: Substring) -> Bool {
        ["-", "*", "+", "–", "—", "•", "\\-", "\\*", "\\+"].contains(word)
    }

    private static let listingWords: Set<String> = ["and", "or", "&", "/", ",", "和", "或", "與", "与", "及"]

    /// Lines a note starred as items without a space ("*阻塞主頁面的載入；" over "*不利於搜尋引擎；"), two or more in a
    /// row with no other star in them, as "* item": the star is their bullet, not emphasis left open.
    static func starredItem(_ lines: [String], at index: Int) -> String? {
        func starred(_ line: String) -> Bool {
            let trimmed = line.trimmingPrefix(while: { $0 == " " })
            guard trimmed.first == "*", let next = trimmed.dropFirst().first else { return false }
            return !next.isWhitespace && next != "*" && !trimmed.dropFirst().contains("*")
        }
        guard starred(lines[index]),
              index > 0 && starred(lines[index - 1]) || index + 1 < lines.count && starred(lines[index + 1]) else { return nil }
        let indent = lines[index].prefix { $0 == " " }
        return indent + "* " + lines[index].dropFirst(indent.count + 1)
    }
}
