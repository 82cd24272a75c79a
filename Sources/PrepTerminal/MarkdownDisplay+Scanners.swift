import PrepCore

/// The scanners of inline markup (``MarkdownDisplay/inline(_:style:)``), each one reading the pattern in its doc
/// comment at one position of the text, as ICU would: leftmost first, matches not overlapping, a lazy `.*?` ending
/// at the first place the rest of the pattern holds.
extension MarkdownDisplay {
    /// Where a match ends (one past its last scalar) and the part of it the replacement keeps.
    struct Match {
        let end: Int
        let inner: Range<Int>
    }

    typealias Scanner = ([Unicode.Scalar], Int) -> Match?

    /// `text` with each match of `scanner`, from left to right, replaced by `transform` of its inner part.
    static func replacing(_ scanner: Scanner, in text: String, with transform: (String) -> String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var last = 0
        var index = 0
        while index < scalars.count {
            guard let match = scanner(scalars, index) else {
                index += 1
                continue
            }
            result += scalars[last..<index]
            result += transform(string(scalars[match.inner])).unicodeScalars
            last = match.end
            index = match.end
        }
        result += scalars[last...]
        return String(result)
    }

    /// `!\[([^\]]*)\]\([^)]*\)`: an image, shown as its alt text.
    static func image(_ text: [Unicode.Scalar], at start: Int) -> Match? {
        guard text[start] == "!", start + 1 < text.count, text[start + 1] == "[" else { return nil }
        return bracketed(text, from: start + 1, minimumText: 0)
    }

    /// `\[([^\]]+)\]\([^)]*\)`: a link, shown as its text.
    static func link(_ text: [Unicode.Scalar], at start: Int) -> Match? {
        text[start] == "[" ? bracketed(text, from: start, minimumText: 1) : nil
    }

    /// `[text](target)` from the `[` at `open`: the text runs to the first `]` and the target to the first `)`,
    /// both across line ends.
    private static func bracketed(_ text: [Unicode.Scalar], from open: Int, minimumText: Int) -> Match? {
        guard let close = text[(open + 1)...].firstIndex(of: "]"), close - open - 1 >= minimumText,
              close + 1 < text.count, text[close + 1] == "(",
              let end = text[(close + 2)...].firstIndex(of: ")")
        else { return nil }
        return Match(end: end + 1, inner: (open + 1)..<close)
    }

    /// `(?i)<(?:names)>(.*?)</(?:names)>`: text inside an opening and a closing tag of one of `names` on one line.
    static func tagged(_ names: Set<String>) -> Scanner {
        { text, start in
            guard text[start] == "<", let (name, afterName) = tagName(text, from: start + 1), names.contains(name),
                  afterName < text.count, text[afterName] == ">"
            else { return nil }
            var index = afterName + 1
            while index < text.count {
                if text[index] == "<", index + 1 < text.count, text[index + 1] == "/",
                   let (closing, end) = tagName(text, from: index + 2), names.contains(closing), end < text.count, text[end] == ">" {
                    return Match(end: end + 1, inner: (afterName + 1)..<index)
                }
                if isLineEnd(text[index]) { return nil }
                index += 1
            }
            return nil
        }
    }

    /// `\*\*(?=\S)(.+?)(?<=\S)\*\*` for `*` and the same with `_`: bold, with no space just inside its marks.
    static func doubled(_ mark: Unicode.Scalar) -> Scanner {
        { text, start in
            guard start + 2 < text.count, text[start] == mark, text[start + 1] == mark, !text[start + 2].properties.isWhitespace else { return nil }
            var index = start + 3
            while index < text.count {
                if text[index] == mark, index + 1 < text.count, text[index + 1] == mark, !text[index - 1].properties.isWhitespace {
                    return Match(end: index + 2, inner: (start + 2)..<index)
                }
                if isLineEnd(text[index]) { return nil }
                index += 1
            }
            return nil
        }
    }

    /// `(?<![\w*])\*(?! )([^*\n]+?)(?<! )\*(?![\w*])`: emphasis, whose marks stand apart from words and other
    /// stars and have no space just inside. The text cannot hold a star, so it ends at the next one.
    static func emphasis(_ text: [Unicode.Scalar], at start: Int) -> Match? {
        func isWordOrStar(_ index: Int) -> Bool { text.indices.contains(index) && (text[index] == "*" || text[index].isRegexWordCharacter) }
        guard text[start] == "*", !isWordOrStar(start - 1), start + 1 < text.count, text[start + 1] != " ",
              let close = text[(start + 1)...].firstIndex(where: { $0 == "*" || $0 == "\n" }),
              text[close] == "*", close > start + 1, text[close - 1] != " ", !isWordOrStar(close + 1)
        else { return nil }
        return Match(end: close + 1, inner: (start + 1)..<close)
    }

    /// `(?:<[a-zA-Z][a-zA-Z0-9]*\s*/?>\s+){2,}<[a-zA-Z][a-zA-Z0-9]*\s*/?>`: three opening tags or more in a row,
    /// set apart by spaces.
    static func listsTags(_ text: [Unicode.Scalar]) -> Bool {
        /// One past the end of the plain opening tag at `start`.
        func openingTag(at start: Int) -> Int? {
            guard start + 1 < text.count, text[start] == "<", isASCIILetter(text[start + 1]) else { return nil }
            var index = start + 2
            while index < text.count, isASCIILetter(text[index]) || ("0"..."9").contains(text[index]) { index += 1 }
            while index < text.count, text[index].properties.isWhitespace { index += 1 }
            if index < text.count, text[index] == "/" { index += 1 }
            return index < text.count && text[index] == ">" ? index + 1 : nil
        }
        return text.indices.contains { start in
            var tags = 0
            var index = start
            while let end = openingTag(at: index) {
                tags += 1
                if tags == 3 { return true }
                index = end
                guard index < text.count, text[index].properties.isWhitespace else { return false }
                while index < text.count, text[index].properties.isWhitespace { index += 1 }
            }
            return false
        }
    }

    /// The names `(?i)<name\s+[^>]*>` finds: tags written with attributes.
    static func tagsWithAttributes(_ text: [Unicode.Scalar]) -> Set<String> {
        var names: Set<String> = []
        for start in text.indices where text[start] == "<" {
            guard let (name, end) = tagName(text, from: start + 1), end < text.count, text[end].properties.isWhitespace,
                  text[(end + 1)...].contains(">")
            else { continue }
            names.insert(name)
        }
        return names
    }

    /// `(?i)</?(?:names)>`, with `br\s*/?` for `br`: an opening or closing tag of layout alone.
    static func layoutTag(_ names: Set<String>) -> Scanner {
        { text, start in
            guard text[start] == "<" else { return nil }
            let slash = start + 1 < text.count && text[start + 1] == "/" ? 1 : 0
            guard let (name, afterName) = tagName(text, from: start + 1 + slash), names.contains(name) else { return nil }
            var index = afterName
            if name == "br" {
                while index < text.count, text[index].properties.isWhitespace { index += 1 }
                if index < text.count, text[index] == "/" { index += 1 }
            }
            return index < text.count && text[index] == ">" ? Match(end: index + 1, inner: start..<start) : nil
        }
    }

    /// `\\([!-/:-@\[-`{-~])`: a backslash before ASCII punctuation, shown as the punctuation.
    static func backslashEscape(_ text: [Unicode.Scalar], at start: Int) -> Match? {
        guard text[start] == "\\", start + 1 < text.count, text[start + 1].isASCII else { return nil }
        let value = text[start + 1].value
        let punctuation = (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
        return punctuation ? Match(end: start + 2, inner: (start + 1)..<(start + 2)) : nil
    }

    /// The tag name from `start` in lower case, as `(?i)` compares it, and where it ends: ICU folds case fully, so
    /// `ſ` is an `s`, the Kelvin sign a `k` and the ligatures `ﬅ` and `ﬆ` an `st`. Letters only: no name this
    /// display knows holds a digit.
    private static func tagName(_ text: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var name = ""
        var index = start
        while index < text.count {
            let scalar = text[index]
            if isASCIILetter(scalar) {
                name.unicodeScalars.append(Unicode.Scalar(scalar.value | 0x20)!)
            } else if let folded = ["\u{017F}": "s", "\u{212A}": "k", "\u{FB05}": "st", "\u{FB06}": "st"][scalar] {
                name += folded
            } else {
                break
            }
            index += 1
        }
        return name.isEmpty ? nil : (name, index)
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// What ICU's `.` does not cross: line feed to carriage return, NEL and the line and paragraph separators.
    private static func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || [0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
