import Foundation
import PrepCore

/// Card text written in markdown, shown as a reader would see it rendered: every screen that shows a prompt,
/// an option or a back goes through here, so no `**`, backtick, `###`, `![…](…)` or `<b>` reaches the screen.
///
/// Paragraphs are re-flowed (a soft line break joins its lines, with no space between two Chinese characters),
/// headings and bold are bold, inline code is cyan, links show their text, lists are indented, and fenced or
/// indented code blocks are kept verbatim with their indentation, and tables lose their pipes (``table(_:style:)``). Colour and bold come from `style`, so a
/// pipe or `NO_COLOR` gets plain text.
package enum MarkdownDisplay {
    package static func render(_ text: String, style: Style) -> String {
        var output: [String] = []
        var paragraph = ""
        // The source line the paragraph ends with, and the indentation a list item's own lines hang at.
        var lastLine = ""
        var hang = ""
        var fence: String?
        var tableRows: [String] = []
        func flush() {
            if !paragraph.isEmpty { output.append(inline(paragraph, style: style)) }
            paragraph = ""
            hang = ""
            if !tableRows.isEmpty { output += table(tableRows, style: style) }
            tableRows = []
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let (tableLines, rowFences) = tableLineIndices(lines)
        for (index, source) in lines.enumerated() where !rowFences.contains(index) {
            let line = fence == nil ? starredItem(lines, at: index) ?? source : source
            let trimmed = line.trimmingWhitespace()
            defer { lastLine = trimmed }
            if !tableRows.isEmpty && !tableLines.contains(index) { flush() }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil } else { output.append(style.cyan(line)) }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence = String(trimmed.prefix(3))
                continue
            }
            if trimmed.isEmpty {
                flush()
                if output.last?.isEmpty == false { output.append("") }
                continue
            }
            if let heading = heading(trimmed) ?? boldLabel(trimmed, before: lines.dropFirst(index + 1).first) {
                flush()
                output.append(style.bold(inline(labelled(heading), style: .plain)))
            } else if let item = listItem(line) {
                flush()
                paragraph = item
                hang = String(repeating: " ", count: item.prefix { $0 == " " }.count + 2)
            } else if tableLines.contains(index) {
                if !paragraph.isEmpty { flush() }
                // A table's rows are gathered and drawn as one block when it ends.
                tableRows.append(trimmed)
            } else if line.hasPrefix("    ") && paragraph.isEmpty {
                // Indented code keeps its own lines.
                flush()
                output.append(style.cyan(line))
            } else if trimmed.hasPrefix(">") {
                flush()
                paragraph = String(trimmed.dropFirst()).trimmingWhitespace()
            } else if line.hasSuffix("  ") || line.hasSuffix("\\") || trimmed.lowercased().hasSuffix("<br>") {
                // A hard break ends the line where the author ended it.
                paragraph = joined(paragraph, trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "\\")))
                flush()
            } else if trimmed.hasPrefix("**") || opensWithLabel(trimmed) || endsChineseSentence(paragraph) {
                // A line opening in bold or with a short label ("**Answer:** B", "Gecko 内核：Firefox 等") is an entry
                // of its own, not the previous line's end; so is one after a Chinese sentence's end, since Chinese
                // is not wrapped by hand.
                flush()
                paragraph = trimmed
            } else if isRow(trimmed) {
                // Columns set apart by a tab, a pipe or a gap of spaces ("立即删除  需要消耗cpu") are a row of their own.
                flush()
                paragraph = trimmed
                flush()
            } else if !paragraph.isEmpty && keepsBreak(after: lastLine, before: trimmed, inListItem: !hang.isEmpty) {
                output.append(inline(paragraph, style: style))
                paragraph = hang + trimmed
            } else {
                paragraph = joined(paragraph, trimmed)
            }
        }
        flush()
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n")
    }

    /// "### Title" → "Title"; nil for any other line (a "#hashtag" is not a heading).
    private static func heading(_ line: String) -> String? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count), line.dropFirst(hashes.count).first == " " else { return nil }
        return line.dropFirst(hashes.count).trimmingWhitespace()
            .trimmingCharacters(in: CharacterSet(charactersIn: "#")).trimmingWhitespace()
    }

    /// A line all in bold with text on the very next line ("**bind**" over "The bind() method…") labels that text
    /// as a heading would; joined as a soft break would join it, the label ran into the sentence ("bind The bind()").
    /// Bold alone at the end stays an answer in bold ("**O(n)**"), not a label.
    private static func boldLabel(_ line: String, before next: String?) -> String? {
        guard line.count > 4, line.hasPrefix("**"), line.hasSuffix("**"),
              let next, !next.trimmingWhitespace().isEmpty else { return nil }
        let inner = line.dropFirst(2).dropLast(2)
        guard !inner.contains("**"), inner.first != " ", inner.last != " " else { return nil }
        return String(inner)
    }

    /// A heading inside a card ("Sample answer", "答题思路") reads as the label of what follows it, also where
    /// bold does not show (a pipe, `NO_COLOR`): it ends in a colon unless it holds one or ends in punctuation of its own.
    private static func labelled(_ heading: String) -> String {
        guard let last = heading.last, last.isLetter || last.isNumber || last == ")" || last == "）",
              !heading.contains(":"), !heading.contains("：")
        else { return heading }
        return heading + (heading.unicodeScalars.contains(where: isCJK) ? "：" : ":")
    }

    /// "- item", "* item", "1. item" → "  • item", "  1. item", indented one step further per level.
    private static func listItem(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let pad = String(repeating: "  ", count: 1 + indent / 2)
        // A "•" a web copy kept as a character, often followed by a tab, is a list item too.
        // So is a marker a converter escaped ("\\- item"): the author wrote a list by hand.
        let unescaped = rest.first == "\\" && rest.dropFirst().first.map { "-*+".contains($0) } == true ? rest.dropFirst() : rest
        if let first = unescaped.first, "-*+•".contains(first), let gap = unescaped.dropFirst().first, gap == " " || first == "•" && gap == "\t" {
            return pad + "• " + itemText(unescaped.dropFirst(2).trimmingPrefix(while: \.isWhitespace))
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, [".", ")"].contains(rest.dropFirst(digits.count).first), rest.dropFirst(digits.count + 1).first == " " {
            return pad + digits + ". " + rest.dropFirst(digits.count + 2)
        }
        // Lines a deck writes one item a line without markdown: "A. …" options, "(1) …", "1、…", "（2）…".
        let text = String(rest)
        return opensPlainItem(Array(text.unicodeScalars.prefix(4))) ? pad + text : nil
    }

    /// The opening of a plain item, as `^(?:[A-Ha-h][.)．]\s|\(?\d{1,2}[)）、]|（\d{1,2}）)` would match it, read
    /// by hand: compiling that pattern (ICU's first regex builds its Unicode sets) was a sixth of a quiz's launch.
    private static func opensPlainItem(_ head: [Unicode.Scalar]) -> Bool {
        func at(_ index: Int, in set: String) -> Bool { index < head.count && set.unicodeScalars.contains(head[index]) }
        func isDigit(_ index: Int) -> Bool { index < head.count && head[index].isRegexDigit }
        // One or two digits from `index`, then one of `closers`.
        func number(from index: Int, closedBy closers: String) -> Bool {
            isDigit(index) && (at(index + 1, in: closers) || isDigit(index + 1) && at(index + 2, in: closers))
        }
        if at(0, in: "ABCDEFGHabcdefgh") {
            // ICU's `\s`: tab, line feed, form feed, carriage return and the separators (`\p{Z}`).
            let spaces: [Unicode.GeneralCategory] = [.spaceSeparator, .lineSeparator, .paragraphSeparator]
            return at(1, in: ".)．") && head.count > 2 && (spaces.contains(head[2].properties.generalCategory) || at(2, in: "\t\n\u{0C}\r"))
        }
        return at(0, in: "（") && number(from: 1, closedBy: "）") || number(from: at(0, in: "(") ? 1 : 0, closedBy: ")）、")
    }

    /// A line opening with a label of a few words and a full-width colon ("Trident 内核：…", or a longer name
    /// with no space in it, "allkeys-random：…"), as Chinese notes write one entry a line.
    private static func opensWithLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: "："), colon > line.startIndex else { return false }
        let label = line[..<colon]
        return (label.count <= 12 || label.count <= 24 && !label.contains(" ")) && !label.contains(where: { "，。；、,;.!?！？".contains($0) })
    }

    /// A paragraph so far that ends a Chinese sentence ("…串行访问。", "…SharedWorker；").
    private static func endsChineseSentence(_ paragraph: String) -> Bool {
        guard let last = paragraph.last else { return false }
        return "。！？；".contains(last)
    }

    /// A line of columns: a tab, a ` | ` or two spaces between words (not the two after a sentence's full stop).
    private static func isRow(_ line: String) -> Bool {
        if line.containsBytes("\t") || line.containsBytes(" | ") { return true }
        guard let gap = line.firstByteRange(of: "  ") else { return false }
        let before = line[..<gap.lowerBound].last
        return before.map { !".!?:".contains($0) } ?? false
    }

    /// Two lines of one paragraph: a space between words, none between Chinese characters.
    private static func joined(_ head: String, _ tail: String) -> String {
        guard let last = head.unicodeScalars.last, let first = tail.unicodeScalars.first else { return head + tail }
        return head + (isCJK(last) && isCJK(first) ? "" : " ") + tail
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value)
    }
}
