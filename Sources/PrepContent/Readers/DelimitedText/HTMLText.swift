import Foundation

/// Reduces the HTML of an Anki field to the text a learner reads: line breaks where the editor put `<br>`,
/// `<div>` or `<p>`, list items as `- ` lines, entities decoded, every other tag dropped.
///
/// A `<` that does not open a tag (`a < b`, `List<T>` without a closing `>`) is kept as text.
enum HTMLText {
    private static let lineBreakTags: Set<String> = ["br"]
    private static let blockTags: Set<String> = [
        "div", "p", "ul", "ol", "li", "tr", "table", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    ]
    /// Tags whose content is not text at all.
    private static let hiddenTags: Set<String> = ["script", "style"]

    static func plainText(_ html: String) -> String {
        var output = ""
        var rest = Substring(html)
        var preformatted = 0
        while let character = rest.first {
            if character == "<", let (tag, closing, afterTag) = tag(at: rest) {
                rest = afterTag
                if tag == "!--" {
                    rest = rest.range(of: "-->").map { rest[$0.upperBound...] } ?? ""
                } else if hiddenTags.contains(tag), !closing {
                    rest = rest.range(of: "</\(tag)", options: .caseInsensitive).map { rest[$0.lowerBound...] } ?? ""
                } else if lineBreakTags.contains(tag) {
                    output.append("\n")
                } else if blockTags.contains(tag) {
                    if tag == "pre" { preformatted += closing ? -1 : 1 }
                    if !output.isEmpty, output.last != "\n" { output.append("\n") }
                    if tag == "li", !closing { output.append("- ") }
                } else if tag == "td" || tag == "th", !closing, output.last.map({ $0 != "\n" }) == true {
                    output.append(" | ")
                }
            } else if character == "&", let (decoded, afterEntity) = entity(at: rest) {
                output.append(decoded)
                rest = afterEntity
            } else if character.isWhitespace, preformatted == 0 {
                // Source line breaks and runs of spaces are layout in HTML, one space on screen.
                if let last = output.last, !last.isWhitespace { output.append(" ") }
                rest = rest.drop(while: \.isWhitespace)
            } else {
                output.append(character)
                rest = rest.dropFirst()
            }
        }
        return tidy(output)
    }

    /// Trailing spaces off every line (indentation stays: editors write it as `&nbsp;`), at most one blank
    /// line in a row, nothing blank around the text.
    private static func tidy(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = String(line.reversed().drop(while: \.isWhitespace).reversed())
                .replacingOccurrences(of: "\u{00A0}", with: " ")
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(cleaned)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `<br/>`, `</DIV>`, `<span class="x">` → ("br", false), ("div", true), ("span", false); nil when the `<`
    /// does not open a tag.
    private static func tag(at text: Substring) -> (name: String, closing: Bool, rest: Substring)? {
        var body = text.dropFirst()
        if body.hasPrefix("!--") { return ("!--", false, body.dropFirst(3)) }
        let closing = body.first == "/"
        if closing { body = body.dropFirst() }
        let name = body.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber) })
        guard let first = name.first, first.isLetter else { return nil }
        let afterName = body.dropFirst(name.count)
        guard let next = afterName.first, next == ">" || next == "/" || next.isWhitespace,
            let end = afterName.firstIndex(of: ">")
        else { return nil }
        return (name.lowercased(), closing, afterName[afterName.index(after: end)...])
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–",
        "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«",
        "raquo": "»", "middot": "·", "bull": "•", "times": "×", "divide": "÷", "copy": "©", "reg": "®",
        "trade": "™", "deg": "°", "plusmn": "±", "rarr": "→", "larr": "←", "harr": "↔", "rArr": "⇒",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "shy": "",
    ]

    /// `&amp;`, `&#39;`, `&#x4E2D;` → the text they stand for; nil when `&` starts no known entity.
    private static func entity(at text: Substring) -> (String, Substring)? {
        let body = text.dropFirst()
        guard let semicolon = body.prefix(12).firstIndex(of: ";") else { return nil }
        let name = body[..<semicolon]
        let rest = body[body.index(after: semicolon)...]
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), rest)
        }
        return namedEntities[String(name)].map { ($0, rest) }
    }
}
