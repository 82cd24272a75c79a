/// Reduces the HTML of an Anki field to the text a learner reads: line breaks where the editor put `<br>`,
/// `<div>` or `<p>`, list items as `- ` lines, entities decoded, every other tag dropped.
///
/// A `<` that does not open a tag (`a < b`, `List<T>` without a closing `>`) is kept as text. Works on
/// Unicode scalars, since a deck holds thousands of fields and every one passes through here.
enum HTMLText {
    private static let lineBreakTags: Set<String> = ["br"]
    private static let blockTags: Set<String> = [
        "div", "p", "ul", "ol", "li", "tr", "table", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    ]
    /// Tags whose content is not text at all.
    private static let hiddenTags: Set<String> = ["script", "style"]
    private static let newline: Unicode.Scalar = "\n"
    private static let noBreakSpace: Unicode.Scalar = "\u{00A0}"

    static func plainText(_ html: String) -> String {
        text(html, preformatted: 0)
    }

    /// The text of code inside `<pre>`: highlighting tags dropped, entities decoded, every space kept.
    static func codeText(_ html: String) -> String {
        text(html, preformatted: 1)
    }

    private static func text(_ html: String, preformatted: Int) -> String {
        let input = Array(html.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var preformatted = preformatted

        func endLine() {
            if let last = output.last, last != newline { output.append(newline) }
        }

        while index < input.count {
            let scalar = input[index]
            if scalar == "<", let (tag, closing, next) = tag(in: input, at: index) {
                index = next
                if tag == "!--" {
                    index = find(Array("-->".unicodeScalars), in: input, from: index).map { $0 + 3 } ?? input.count
                } else if hiddenTags.contains(tag), !closing {
                    index = find(Array("</\(tag)".unicodeScalars), in: input, from: index) ?? input.count
                } else if lineBreakTags.contains(tag) {
                    output.append(newline)
                } else if blockTags.contains(tag) {
                    if tag == "pre" { preformatted += closing ? -1 : 1 }
                    endLine()
                    if tag == "li", !closing { output.append(contentsOf: "- ".unicodeScalars) }
                } else if tag == "td" || tag == "th", !closing, let last = output.last, last != newline {
                    output.append(contentsOf: " | ".unicodeScalars)
                }
            } else if scalar == "&", let (decoded, next) = entity(in: input, at: index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = next
            } else if isSpace(scalar), scalar != noBreakSpace, preformatted == 0 {
                // Source line breaks and runs of spaces are layout in HTML, one space on screen.
                if let last = output.last, !isSpace(last) { output.append(" ") }
                index += 1
                while index < input.count, isSpace(input[index]), input[index] != noBreakSpace {
                    index += 1
                }
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return tidy(output)
    }

    /// White space, decided by value for ASCII: a Unicode property lookup for every character was a tenth of
    /// importing a large Anki package.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// No-break spaces as spaces, trailing spaces off every line (indentation stays: editors write it as
    /// `&nbsp;`), at most one blank line in a row, nothing blank around the text. One pass into one buffer:
    /// a string for every line, joined, was half the cost of converting a field.
    private static func tidy(_ text: String.UnicodeScalarView) -> String {
        var result = String.UnicodeScalarView()
        var blankBefore = false
        for line in text.split(separator: newline, omittingEmptySubsequences: false) {
            var end = line.endIndex
            while end > line.startIndex, isSpace(line[line.index(before: end)]) { end = line.index(before: end) }
            guard end > line.startIndex else {
                blankBefore = !result.isEmpty
                continue
            }
            if !result.isEmpty {
                result.append(newline)
                if blankBefore { result.append(newline) }
            }
            blankBefore = false
            for scalar in line[..<end] { result.append(scalar == noBreakSpace ? " " : scalar) }
        }
        return String(result)
    }

    /// `<br/>`, `</DIV>`, `<span class="x">` at `start` → ("br", false), ("div", true), ("span", false) and the
    /// index after the tag; nil when the `<` does not open a tag.
    private static func tag(
        in input: [Unicode.Scalar], at start: Int
    ) -> (name: String, closing: Bool, next: Int)? {
        var index = start + 1
        if input[index...].starts(with: "!--".unicodeScalars) { return ("!--", false, index + 3) }
        let closing = index < input.count && input[index] == "/"
        if closing { index += 1 }
        let nameStart = index
        while index < input.count, input[index].isASCII, input[index].properties.isAlphabetic
            || ("0"..."9").contains(input[index])
        {
            index += 1
        }
        guard index > nameStart, input[nameStart].properties.isAlphabetic, index < input.count else { return nil }
        let next = input[index]
        guard next == ">" || next == "/" || isSpace(next),
            let end = input[index...].firstIndex(of: ">")
        else { return nil }
        let name = String(String.UnicodeScalarView(input[nameStart..<index])).lowercased()
        return (name, closing, end + 1)
    }

    private static func find(_ needle: [Unicode.Scalar], in input: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, input.count >= needle.count, start <= input.count - needle.count else { return nil }
        for index in start...(input.count - needle.count) {
            var matches = true
            for (offset, scalar) in needle.enumerated() {
                let candidate = input[index + offset]
                let lowered = candidate.isASCII ? Unicode.Scalar(UInt8(ascii: candidate) | 0x20) : candidate
                if candidate != scalar && !(scalar.properties.isAlphabetic && lowered == scalar) {
                    matches = false
                    break
                }
            }
            if matches { return index }
        }
        return nil
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–",
        "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«",
        "raquo": "»", "middot": "·", "bull": "•", "times": "×", "divide": "÷", "copy": "©", "reg": "®",
        "trade": "™", "deg": "°", "plusmn": "±", "rarr": "→", "larr": "←", "harr": "↔", "rArr": "⇒",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "shy": "",
    ]

    /// `&amp;`, `&#39;`, `&#x4E2D;` at `start` → the text they stand for and the index after them; nil when
    /// `&` starts no known entity.
    private static func entity(in input: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let limit = min(input.count, start + 12)
        guard let semicolon = input[(start + 1)..<limit].firstIndex(of: ";") else { return nil }
        let name = String(String.UnicodeScalarView(input[(start + 1)..<semicolon]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), semicolon + 1)
        }
        return namedEntities[name].map { ($0, semicolon + 1) }
    }
}
