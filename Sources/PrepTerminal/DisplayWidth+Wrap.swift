extension DisplayWidth {
    /// Wraps `text` into lines of at most `width` columns.
    ///
    /// Latin words break at spaces; CJK text breaks between any two wide characters, except that
    /// closing punctuation (`。`, `、`, `」` …) never starts a line and opening punctuation (`「` …)
    /// never ends one. A word longer than the line is cut between graphemes. Existing newlines are
    /// kept, and an empty paragraph stays an empty line. Code (fenced or indented) keeps its lines and
    /// indentation, broken only where wider than `width`; a pipe table is lined up when it fits.
    package static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 1)
        // A tab has no width a box can count on; answers indented with tabs keep their shape as 4 spaces.
        let text = text.contains("\t") ? text.split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : text
        return blocks(of: text).flatMap { block in
            switch block {
            case .prose(let line): wrapHanging(line, width: width)
            case .code(let line): cut(line, width: width)
            case .table(let lines): alignedTable(lines, width: width)
            }
        }
    }

    /// A line's indentation and list marker (`- `, `* `, `• `, `1. `, `2) `, `a) `, `(b) `) stay in front of
    /// its first row and indent the rows that follow, so a wrapped option or list item reads as one block.
    private static func wrapHanging(_ line: Substring, width: Int) -> [String] {
        let indentation = line.prefix { $0 == " " }
        let rest = line.dropFirst(indentation.count)
        let marker = listMarker(rest)
        let lead = String(indentation) + marker
        let leadWidth = of(lead)
        guard leadWidth > 0, leadWidth <= width / 2 else { return wrapParagraph(line, width: width) }
        let rows = wrapParagraph(rest.dropFirst(marker.count), width: width - leadWidth)
        let hanging = String(repeating: " ", count: leadWidth)
        return rows.enumerated().map { index, row in (index == 0 ? lead : hanging) + row }
    }

    /// The marker opening `text`, with the colour codes a screen wraps it in (`\e[36mb)\e[0m `), so a coloured
    /// option wraps under its text as a plain one does.
    static func listMarker(_ text: Substring) -> String {
        var escapes = EscapeSkipper()
        var visible = ""
        var ends: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex, visible.count < 8 {
            let character = text[index]
            index = text.index(after: index)
            if escapes.skips(character) { continue }
            visible.append(character)
            ends.append(index)
        }
        let marker = plainListMarker(Substring(visible))
        return marker.isEmpty ? "" : String(text[..<ends[marker.count - 1]])
    }

    private static func plainListMarker(_ text: Substring) -> String {
        for bullet in ["- ", "* ", "• ", "· "] where text.hasPrefix(bullet) { return bullet }
        let opensParenthesis = text.first == "("
        let label = text.dropFirst(opensParenthesis ? 1 : 0).prefix { $0.isASCII && ($0.isNumber || $0.isLetter) }
        guard !label.isEmpty, label.count <= 3, label.allSatisfy(\.isNumber) || label.count == 1 else { return "" }
        let after = text.dropFirst((opensParenthesis ? 1 : 0) + label.count)
        let closers: [String] = opensParenthesis ? [") "] : [". ", ") ", "、"]
        for closer in closers where after.hasPrefix(closer) {
            return String(text.prefix((opensParenthesis ? 1 : 0) + label.count + closer.count))
        }
        return ""
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for token in keepingOptionsWithValues(tokens(of: paragraph)) {
            let tokenWidth = of(token.text)
            let separator = token.followsSpace && !line.isEmpty ? " " : ""
            if lineWidth + separator.count + tokenWidth <= width {
                line += separator + token.text
                lineWidth += separator.count + tokenWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            // A token wider than the line (a long URL, a run of CJK) is broken between characters.
            var pieces = breakAnywhere(token.text, width: width)
            line = pieces.removeLast()
            lineWidth = of(line)
            lines += pieces
        }
        lines.append(line)
        return lines
    }

    /// `--new 20` split over two lines reads as two things and copies as a broken command: an option and
    /// the short ASCII word after it stay on one line.
    private static func keepingOptionsWithValues(_ tokens: [Token]) -> [Token] {
        var kept: [Token] = []
        for token in tokens {
            if let last = kept.last, last.text.hasPrefix("--"), !last.text.contains(" "), token.followsSpace,
               token.text.count <= 12, token.text.allSatisfy(\.isASCII), !token.text.hasPrefix("-") {
                kept[kept.count - 1].text += " " + token.text
            } else {
                kept.append(token)
            }
        }
        return kept
    }

    private struct Token {
        var text: String
        var followsSpace: Bool
    }

    /// Splits a paragraph into unbreakable pieces: Latin words, and single wide characters with the
    /// punctuation that must stay attached to them.
    private static func tokens(of paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var current: Token?
        var sawSpace = false
        var attachNext = false
        for character in paragraph {
            if character == " " || character == "\t" {
                if let token = current { tokens.append(token) }
                current = nil
                sawSpace = true
                attachNext = false
                continue
            }
            let isWide = of(character) == 2
            let continuesCurrent: Bool
            if current == nil {
                continuesCurrent = false
            } else if attachNext || closingPunctuation.contains(character) {
                continuesCurrent = true
            } else if isWide {
                continuesCurrent = false
            } else {
                // A Latin letter after a wide character starts a new token; after Latin it continues the word.
                continuesCurrent = current.map { $0.text.last.map { of($0) < 2 } ?? false } ?? false
            }
            if continuesCurrent {
                current?.text.append(character)
            } else {
                if let token = current { tokens.append(token) }
                current = Token(text: String(character), followsSpace: sawSpace)
            }
            sawSpace = false
            attachNext = openingPunctuation.contains(character)
        }
        if let token = current { tokens.append(token) }
        return tokens
    }

    private static let closingPunctuation: Set<Character> = [
        "。", "、", "，", "．", "：", "；", "！", "？", "」", "』", "）", "】", "》", "〉", "〕", "…", "ー",
        ",", ".", ":", ";", "!", "?", ")", "]",
    ]
    private static let openingPunctuation: Set<Character> = ["「", "『", "（", "【", "《", "〈", "〔", "(", "["]
}
