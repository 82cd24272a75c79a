import Foundation

/// The block syntax of markdown lines, as the readers see the outline: headings with their level and
/// numbering, list-item headings, fences, details/summary, labels, rules.
enum MarkdownSyntax {
    /// "```swift" → ("```", "swift"); fences of three or more backticks or tildes.
    static func fenceOpener(_ line: String) -> (fence: String, language: String?)? {
        let trimmed = line.trimmed
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let fence = String(trimmed.prefix(while: { $0 == first }))
        guard fence.count >= 3 else { return nil }
        let info = trimmed.dropFirst(fence.count).trimmed
        return (fence, info.isEmpty ? nil : String(info.prefix(while: { !$0.isWhitespace })))
    }

    /// `## Title ##` → (2, "Title"); needs the space after the hashes, as CommonMark does.
    static func heading(_ line: String) -> (level: Int, text: String)? {
        let level = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        let rest = line.dropFirst(level)
        // `##What is X?`: markdown wants a space, but collections often drop it; a question that ends in `?`
        // after two or more hashes is a heading all the same (a lone `#tag` is not).
        let unspacedQuestion = level >= 2 && (rest.hasSuffix("?") || rest.hasSuffix("？"))
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" || unspacedQuestion else { return nil }
        var text = rest.trimmed
        while text.hasSuffix("#") { text.removeLast() }
        return (level, text.trimmed)
    }

    /// `1. ### What is X?` or `- ### What is X?`: a heading written inside a list item. Returns the list
    /// number (if any), the heading, and the item's indentation for its continuation lines.
    static func listItemHeading(_ line: String) -> (number: String?, level: Int, text: String, indent: Int)? {
        let indent = line.prefix(while: { $0 == " " }).count
        let body = line.dropFirst(indent)
        var number: String?
        var rest: Substring
        if let bullet = body.first, "-*+".contains(bullet) {
            rest = body.dropFirst()
        } else {
            let digits = body.prefix(while: \.isASCIIDigit)
            guard !digits.isEmpty, let mark = body.dropFirst(digits.count).first, mark == "." || mark == ")" else {
                return nil
            }
            number = String(digits)
            rest = body.dropFirst(digits.count + 1)
        }
        guard rest.first == " " else { return nil }
        let marker = rest.count - rest.drop(while: { $0 == " " }).count
        guard let (level, text) = heading(String(rest.dropFirst(marker))) else { return nil }
        return (number, level, text, indent + (body.count - rest.count) + marker)
    }

    /// The text of a list item or an indented line without its bullet, number and indentation
    /// (`1. Q: x` → `Q: x`, `   A: y` → `A: y`); nil when the line is neither.
    static func listItemBody(_ line: String) -> String? {
        let indent = line.prefix(while: { $0 == " " || $0 == "\t" }).count
        var body = line.dropFirst(indent)
        if let bullet = body.first, "-*+".contains(bullet), body.dropFirst().first == " " {
            body = body.dropFirst(2)
        } else {
            let digits = body.prefix(while: \.isASCIIDigit)
            if !digits.isEmpty, let mark = body.dropFirst(digits.count).first, mark == "." || mark == ")",
                body.dropFirst(digits.count + 1).first == " "
            {
                body = body.dropFirst(digits.count + 2)
            } else if indent == 0 {
                return nil
            }
        }
        return body.trimmed
    }

    /// "1.2 Title", "3. Title", "140.对中间件的理解？", "2.1、如何设置超时", "1️⃣ What" → number and title.
    /// A chapter number such as `05-1.` is part of the title, not a number.
    static func splitNumber(_ text: String) -> (number: String?, title: String) {
        // Emoji keycaps (`1️⃣`): the digits, an optional U+FE0F, then U+20E3.
        let scalars = text.unicodeScalars
        let digits = scalars.prefix(while: { $0.isASCII && $0.properties.numericType != nil })
        var afterDigits = scalars.dropFirst(digits.count)
        if afterDigits.first == "\u{FE0F}" { afterDigits = afterDigits.dropFirst() }
        if !digits.isEmpty, afterDigits.first == "\u{20E3}" {
            return (String(String.UnicodeScalarView(digits)), String(String.UnicodeScalarView(afterDigits.dropFirst())).trimmed)
        }
        let numbering = text.prefix(while: { $0.isASCIIDigit || $0 == "." })
        guard let first = numbering.first, first.isASCIIDigit else { return (nil, text) }
        var rest = text.dropFirst(numbering.count)
        var endsInSeparator = numbering.hasSuffix(".")
        if let next = rest.first, "、)）".contains(next) {
            rest = rest.dropFirst()
            endsInSeparator = true
        }
        guard let next = rest.first, next.isWhitespace || endsInSeparator && !next.isASCIIDigit && next != "-" else {
            return (nil, text)
        }
        var number = String(numbering)
        while number.hasSuffix(".") { number.removeLast() }
        return (number, rest.trimmed)
    }

    /// A caption line: `Core differences:` or `label: Core differences`.
    static func label(_ line: String) -> String? {
        let trimmed = line.trimmed
        if trimmed.hasPrefix("label:") { return trimmed.dropFirst("label:".count).trimmed }
        guard trimmed.hasSuffix(":") || trimmed.hasSuffix("："), trimmed.count > 1 else { return nil }
        return String(trimmed.dropLast()).trimmed
    }

    /// Block text without surrounding blank lines; inner lines keep their indentation.
    static func joinBlock(_ lines: [String]) -> String {
        let body = lines.drop(while: { $0.trimmed.isEmpty }).reversed().drop(while: { $0.trimmed.isEmpty }).reversed()
        return body.map { line in
            guard let last = line.lastIndex(where: { !$0.isWhitespace }) else { return "" }
            return String(line[...last])
        }.joined(separator: "\n")
    }

    /// A line without the hard break that ends it: a trailing `\` or `<br>` (`<br/>`, `<br />`), which only
    /// puts the next line (often the answer) below it.
    static func withoutHardBreak(_ line: some StringProtocol) -> Substring {
        var body = Substring(line)
        while body.last == " " { body = body.dropLast() }
        if body.last == "\\" {
            body = body.dropLast()
        } else if body.last == ">", let open = body.lastIndex(of: "<"),
            ["<br>", "<br/>"].contains(body[open...].lowercased().filter { $0 != " " })
        {
            body = body[..<open]
        } else {
            return body
        }
        while body.last == " " { body = body.dropLast() }
        return body
    }

    /// `---`, `***`, `___` alone on a line.
    static func isRule(_ line: String) -> Bool {
        // Every line of a file is asked this; most answer at their first character.
        guard let first = line.first(where: { $0 != " " && $0 != "\t" }), "-*_".contains(first) else { return false }
        let trimmed = line.filter { !$0.isWhitespace }
        guard let first = trimmed.first, "-*_".contains(first), trimmed.count >= 3 else { return false }
        return trimmed.allSatisfy { $0 == first }
    }

    /// A line that only links elsewhere in the page (`[⬆ Back to top](#contents)`): navigation, not content.
    static func isNavigationLink(_ line: String) -> Bool {
        guard line.has("#"), line.contains("](#") else { return false }
        let text = QuestionText.clean(line.trimmed)
        return unlinked(line.trimmed).count <= 40 && !text.contains(".") || text.isEmpty
    }

    /// `[text](url)` → `text`, images dropped.
    static func unlinked(_ text: String) -> String {
        guard text.has("[") else { return text.trimmed }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"),
                rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
                let end = rest[close...].firstIndex(of: ")")
            else {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            let isImage = open > rest.startIndex && rest[rest.index(before: open)] == "!"
            result += isImage ? rest[..<rest.index(before: open)] : rest[..<open]
            if !isImage { result += rest[rest.index(after: open)..<close] }
            rest = rest[rest.index(after: end)...]
        }
        return (result + rest).trimmed
    }

    /// Inline HTML tags (`<b>`, `</summary>`, `<br/>`) removed; the text between them kept.
    static func withoutTags(_ text: String) -> String {
        guard text.has("<") else { return text.trimmed }
        var result = ""
        var rest = Substring(text)
        // HTML comments (`<!-- QUESTIONS_START -->`) go first, whatever they hold.
        while let open = rest.range(of: "<!--"), let close = rest[open.upperBound...].range(of: "-->") {
            result += rest[..<open.lowerBound]
            rest = rest[close.upperBound...]
        }
        rest = Substring(result + rest)
        result = ""
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "`" }) {
            let afterOpen = rest.index(after: open)
            // A code span shows its text as written: `<BRANCH>`, `ssh <host>`.
            if rest[open] == "`" {
                let close = rest[afterOpen...].firstIndex(of: "`") ?? rest.index(before: rest.endIndex)
                result += rest[...close]
                rest = rest[rest.index(after: close)...]
                continue
            }
            // Tag names are ASCII: `<網站>` is a placeholder in prose, not markup.
            guard afterOpen < rest.endIndex, rest[afterOpen].isASCII && rest[afterOpen].isLetter || rest[afterOpen] == "/",
                let close = rest[open...].firstIndex(of: ">")
            else {
                result += rest[...open]
                rest = rest[afterOpen...]
                continue
            }
            result += rest[..<open]
            rest = rest[rest.index(after: close)...]
        }
        return (result + rest).trimmed
    }

    /// Spacing entities and line breaks that web editors put into text (`&emsp;&emsp;答：…<br>`), removed;
    /// `&lt;`, `&gt;`, `&amp;` and `&quot;` decoded outside code spans.
    static func withoutLayoutEntities(_ line: String) -> String {
        guard line.has("&") || line.has("<") else { return line }
        var text = line
        for spacing in ["&emsp;", "&ensp;", "&nbsp;", "&#160;", "&thinsp;"] {
            text = text.replacingOccurrences(of: spacing, with: "")
        }
        for tag in ["<br>", "<br/>", "<br />"] {
            text = text.replacingOccurrences(of: tag, with: "")
        }
        guard !text.has("`") else { return text }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
