import Foundation

/// Inline markup, read by hand over Unicode scalars: each scanner below says the pattern it reads in its doc
/// comment, with the meaning ICU gives it (`\s` is White_Space, `.` stops at a line end, `(?i)` folds case). A
/// Foundation pattern here built ICU's Unicode sets on the first question (7.8 million instructions, 4 % of a launch).
extension MarkdownDisplay {
    /// Inline markup of one line: images, links, HTML tags and entities, code spans, bold and emphasis. A code
    /// span keeps the markup inside it (`<div></div>`, `**kwargs`): there it is the code, not formatting.
    static func inline(_ text: String, style: Style) -> String {
        var text = text
        if text.unicodeScalars.contains("[") {
            text = replacing(image, in: text) { $0 }
            text = replacing(link, in: text) { style.underline($0) }
        }
        guard text.unicodeScalars.contains("`") else { return prose(text, style: style) }
        // Each code span stands aside as a private-use placeholder while the markup around it is rendered, so
        // bold around a span (`**`x`**`) still pairs up.
        var spans: [String] = []
        var held = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "`"), let close = rest[rest.index(after: open)...].firstIndex(of: "`") {
            let code = rest[rest.index(after: open)..<close]
            held += rest[..<open]
            if code.isEmpty {
                held += "``"
            } else {
                held += "\u{E000}\(spans.count)\u{E001}"
                spans.append(codeSpan(entitiesDecoded(String(code)), style: style))
            }
            rest = rest[rest.index(after: close)...]
        }
        var result = prose(held + rest, style: style)
        for (index, span) in spans.enumerated() {
            result = result.replacingOccurrences(of: "\u{E000}\(index)\u{E001}", with: span)
        }
        return result
    }

    /// Code in cyan. Where no colour shows, a span of symbols alone (`?`, `||`, `...`) or one opening or ending in
    /// sentence punctuation (`? super T`) is set in quotes: bare, it runs into the words and marks around it
    /// ("between <T> and ??").
    private static func codeSpan(_ code: String, style: Style) -> String {
        guard !style.isEnabled, let first = code.unicodeScalars.first, let last = code.unicodeScalars.last else { return style.cyan(code) }
        let symbolsOnly = !code.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        let punctuated = ".,:;?!".unicodeScalars.contains(first) || ".,:;?!".unicodeScalars.contains(last)
        return symbolsOnly || punctuated ? "‘" + code + "’" : code
    }

    /// Inline markup outside code spans.
    private static func prose(_ text: String, style: Style) -> String {
        var text = text
        // Each scanner with a character it cannot match without: most lines have none of them.
        let replacements: [(Unicode.Scalar, Scanner, (String) -> String)] = [
            ("<", tagged(["b", "strong"]), { style.bold($0) }),
            ("<", tagged(["code"]), { style.cyan($0) }),
            // Bold needs text inside: `** **` in an answer about markdown itself stays as written.
            ("*", doubled("*"), { style.bold($0) }),
            ("_", doubled("_"), { style.bold($0) }),
            ("*", emphasis, { $0 }),
        ]
        for (needed, scanner, transform) in replacements where text.unicodeScalars.contains(needed) {
            text = replacing(scanner, in: text, with: transform)
        }
        if text.unicodeScalars.contains("<") {
            // A tag written with attributes (`<div style="height:1px">`) is markup shown as the answer: it keeps its
            // closing tag, which would otherwise go as layout and leave the element unclosed.
            // Three opening tags in a row, set apart by spaces ("<br> <hr> <img>"), list elements: every tag is content.
            let scalars = Array(text.unicodeScalars)
            let layout = listsTags(scalars) ? [] : Set(layoutTags).subtracting(tagsWithAttributes(scalars))
            if !layout.isEmpty { text = replacing(layoutTag(layout), in: text) { _ in "" } }
        }
        text = entitiesDecoded(text)
        // A backslash escape shows the character it escapes.
        guard text.unicodeScalars.contains("\\") else { return text }
        return replacing(backslashEscape, in: text) { $0 }
    }

    private static let layoutTags = ["b", "strong", "i", "em", "u", "code", "pre", "p", "span", "div", "kbd", "sup", "sub", "details", "summary", "br"]

    private static func entitiesDecoded(_ text: String) -> String {
        guard text.unicodeScalars.contains("&") else { return text }
        var text = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
