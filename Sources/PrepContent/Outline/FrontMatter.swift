/// YAML (`---`) or TOML (`+++`) metadata at the top of a file: not content, but it may name the article
/// (`title`, `name`) and tag its cards (`tags`).
struct FrontMatter {
    var title: String?
    /// Where the file's cards go when it says so itself (`topic:`, `deck:`).
    var topic: String?
    var tags: [String] = []
    /// Lines the block occupies, fences included; the reader starts after them.
    var lineCount: Int

    /// The front matter opening `lines`, or nil when the first line is no `---` / `+++` fence or it is never closed.
    static func read(_ lines: [String]) -> FrontMatter? {
        guard let fence = lines.first?.trimmed, fence == "---" || fence == "+++" else { return nil }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmed == fence }) else { return nil }
        // A `---` that opens a file is often a rule under nothing: front matter starts with a `key: value` line.
        guard let first = lines[1..<close].first(where: { !$0.trimmed.isEmpty }), isKeyLine(first) else { return nil }
        var matter = FrontMatter(lineCount: close + 1)
        var inTagList = false
        for line in lines[1..<close] {
            let trimmed = line.trimmed
            // YAML block lists: `tags:` followed by `- a` lines.
            if inTagList, trimmed.hasPrefix("- ") {
                matter.tags.append(unquoted(trimmed.dropFirst(2)))
                continue
            }
            inTagList = false
            guard let separator = trimmed.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = trimmed[..<separator].trimmed.lowercased()
            let value = trimmed[trimmed.index(after: separator)...].trimmed
            switch key {
            case "title", "name":
                if matter.title == nil, !value.isEmpty { matter.title = unquoted(value) }
            case "topic", "deck":
                if matter.topic == nil, !value.isEmpty { matter.topic = unquoted(value) }
            case "tags", "keywords", "categories":
                if value.isEmpty {
                    inTagList = true
                } else {
                    let list = value.hasPrefix("[") && value.hasSuffix("]") ? String(value.dropFirst().dropLast()) : value
                    matter.tags += list.split(separator: ",").map { unquoted($0) }.filter { !$0.isEmpty }
                }
            default: continue
            }
        }
        return matter
    }

    /// `title: …`, `tags:`, `name = "…"`: a name of letters, digits, `_` or `-`, then its separator.
    static func isKeyLine(_ line: String) -> Bool {
        let text = line.trimmed
        let name = text.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") })
        guard !name.isEmpty, name.first?.isLetter == true else { return false }
        let rest = text.dropFirst(name.count).drop(while: { $0 == " " })
        return rest.first == ":" || rest.first == "="
    }

    private static func unquoted(_ text: some StringProtocol) -> String {
        var value = text.trimmed
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            value = String(value.dropFirst().dropLast())
        }
        return value
    }
}
