/// The TOML front matter of a hashcards deck: `---` lines around `key = value` lines, of which prep reads `name`.
struct HashcardsFrontMatter {
    var name: String?
    /// Index of the first line after the closing `---`.
    var endIndex: Int

    /// Nil unless the file opens with `---`, closes it, and holds only TOML assignments and comments in
    /// between; YAML front matter (`title: …`) is left to the markdown reader.
    init?(lines: [String]) {
        guard lines.first?.trimmed == "---",
            let close = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" })
        else { return nil }
        var assignments = 0
        for line in lines[1..<close] {
            let text = line.trimmed
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard let (key, value) = Self.assignment(text) else { return nil }
            assignments += 1
            if key == "name" { name = Self.string(value) }
        }
        guard assignments > 0 else { return nil }
        endIndex = close + 1
    }

    /// `name = "Networking"` → ("name", "\"Networking\""); TOML bare keys are letters, digits, `_` and `-`.
    private static func assignment(_ text: String) -> (key: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = text[..<equals].trimmed
        guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        else { return nil }
        return (key, text[text.index(after: equals)...].trimmed)
    }

    /// A TOML basic string (`"…"`, with `\"`, `\\`, `\n`, `\t` escapes) or literal string (`'…'`).
    private static func string(_ value: String) -> String? {
        if value.count >= 2, value.hasPrefix("'"), let end = value.dropFirst().firstIndex(of: "'") {
            return String(value[value.index(after: value.startIndex)..<end])
        }
        guard value.hasPrefix("\"") else { return nil }
        var result = ""
        var escaped = false
        for character in value.dropFirst() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                return result
            } else {
                result.append(character)
            }
        }
        return nil
    }
}
