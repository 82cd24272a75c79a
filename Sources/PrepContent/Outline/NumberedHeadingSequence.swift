/// Finds the numbered headings of a plain article by the number that must come next (`1.` … `9.`, with
/// sub-numbers `1.1`, `1.2` … strictly increasing), not by a bare pattern: code comments such as
/// `# 2. 調用外部 API`, versions and teasers like `12-2.` never match the expected number in a valid place.
struct NumberedHeadingSequence {
    private var major = 0
    private var minor = 0
    /// The title numbered 1: when it comes again, what came before was a table of contents.
    private var firstTitle: String?

    /// Unnumbered section names that stand alone on their line in web-copied articles.
    static let unnumberedTitles: Set<String> = [
        "前言", "引言", "簡介", "概述", "總結", "結語", "參考資料", "參考文獻", "延伸閱讀",
        "Introduction", "Preface", "Overview", "Summary", "Conclusion", "References", "Further reading",
    ]

    /// Titles of real headings are short; a long run of text after a number is a sentence.
    static let maximumTitleLength = 60
    static let maximumQuestionLength = 160

    struct Match {
        /// Where the number starts: at the start of the text or glued to the character before it.
        let start: String.Index
        let number: String
        let title: String
        let level: Int
    }

    private var expected: [(number: String, level: Int)] {
        major == 0 ? [("1", 1)] : [("\(major).\(minor + 1)", 2), ("\(major + 1)", 1)]
    }

    /// The first place in `text` where the next heading starts, if any.
    func nextHeading(in text: Substring) -> Match? {
        guard let contentStart = text.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        var position = contentStart
        while position < text.endIndex {
            if text[position].isASCIIDigit,
                position == contentStart || Self.canGlue(text, before: position, contentStart: contentStart)
            {
                for candidate in expected {
                    if let title = Self.title(in: text[position...], number: candidate.number, level: candidate.level) {
                        return Match(start: position, number: candidate.number, title: title, level: candidate.level)
                    }
                }
                if position == contentStart, major > 0, let firstTitle,
                    let title = Self.title(in: text[position...], number: "1", level: 1), title == firstTitle
                {
                    return Match(start: position, number: "1", title: title, level: 1)
                }
            }
            position = text.index(after: position)
        }
        return nil
    }

    mutating func advance(past match: Match) {
        let parts = match.number.split(separator: ".").compactMap { Int($0) }
        if match.number == "1", firstTitle == nil { firstTitle = match.title }
        major = parts.first ?? major
        minor = parts.count > 1 ? parts[1] : 0
    }

    /// A run-in number is glued to prose or code (`()1.3`, `pass4.`, `--workers 25.`), never after a space,
    /// a `#` (code comments), or a `.` or `/` (versions, paths). Digits glued before it must not reach back
    /// to the start of the text, or `11.` at the start of a line would read as `1` + `1.`.
    private static func canGlue(_ text: Substring, before position: String.Index, contentStart: String.Index) -> Bool {
        let previous = text[text.index(before: position)]
        if previous.isWhitespace || "#./\\".contains(previous) { return false }
        guard previous.isASCIIDigit else { return true }
        var cursor = text.index(before: position)
        while cursor > contentStart, text[text.index(before: cursor)].isASCIIDigit {
            cursor = text.index(before: cursor)
        }
        return cursor > contentStart
    }

    /// `number` then `. ` (level 1) or ` ` / `. ` (level 2), then a plausible title running to the end.
    private static func title(in text: Substring, number: String, level: Int) -> String? {
        guard text.hasPrefix(number) else { return nil }
        var rest = text.dropFirst(number.count)
        // `1、什么是 WSGI？`: the enumeration comma of Chinese lists needs no space after it, nor does a dot
        // before Chinese text (`1.什么是 WSGI？`) or before a question (`2.uWSGI 和 Gunicorn 有什么区别？`), as web
        // copies of Chinese posts print them.
        let enumerationComma = rest.first == "、"
        if rest.first == "." || enumerationComma {
            rest = rest.dropFirst()
        } else if level == 1 {
            return nil
        }
        let chineseFollows = rest.first?.unicodeScalars.first?.isHan ?? false
            || rest.first?.isLetter == true && QuestionText.endsInQuestionMark(rest.trimmed)
        guard let space = rest.first, space == " " || space == "\t" || enumerationComma || chineseFollows else { return nil }
        let title = rest.trimmed
        // A question may be longer than a title; it still ends at its question mark.
        let limit = QuestionText.endsInQuestionMark(title) ? maximumQuestionLength : maximumTitleLength
        guard let first = title.first, !first.isASCIIDigit, !"|.)".contains(first), !title.contains("|"),
            title.count <= limit
        else { return nil }
        return title
    }
}
