import PrepCore
/// The `name: value` lines that follow an item: `id:`, `check:`, `verdict:`, `tags:`, `also:`.
struct Annotations {
    var id: String?
    /// Where the `id:` was written, so a duplicate is reported there.
    var idLine: Int?
    var check: String?
    var verdict: Verdict?
    var verdictReason: String?
    var tags: [String] = []
    /// Other answers a typed answer may give, from `also: A | B`.
    var also: [String] = []
    /// Set by any `verdict:` line, even one that could not be read, so its absence is reported only once.
    var hasVerdictLine = false

    static let names: Set<String> = ["id", "check", "verdict", "tags", "also"]

    /// The annotation on `line`, with the 1-based column where its value starts.
    static func match(_ line: String) -> (name: String, value: String, valueColumn: Int)? {
        guard let colon = line.prefix(8).firstIndex(of: ":") else { return nil }
        let name = String(line[..<colon])
        guard names.contains(name) else { return nil }
        let afterColon = line[line.index(after: colon)...]
        let leadingSpaces = afterColon.prefix(while: { $0 == " " || $0 == "\t" }).count
        return (name, afterColon.trimmed, name.count + 2 + leadingSpaces)
    }

    /// Applies one annotation line; returns the problem with its value, if any.
    mutating func apply(_ line: String, at location: SourceLocation) -> ContentDiagnostic? {
        guard let (name, value, valueColumn) = Self.match(line) else { return nil }
        var valueLocation = location
        valueLocation.column = valueColumn
        switch name {
        case "id":
            if value.isEmpty || !value.allSatisfy(Self.isIDCharacter) {
                return ContentDiagnostic(
                    .error, at: valueLocation, .invalidID(id: value))
            }
            id = value
            idLine = location.line
        case "check":
            check = value.isEmpty ? nil : value
        case "verdict":
            hasVerdictLine = true
            guard let (parsed, reason) = Self.parseVerdict(value) else {
                let word = value.prefix(while: { $0.isLetter })
                let shown = word.isEmpty ? value : String(word)
                return ContentDiagnostic(
                    .error, at: valueLocation, .unknownVerdict(verdict: String(shown)))
            }
            verdict = parsed
            verdictReason = reason
        case "also":
            // `|` rather than a comma, which answers such as "2,000" or "A, B and C" contain.
            also += value.split(whereSeparator: { $0 == "|" || $0 == "｜" }).map(\.trimmed).filter { !$0.isEmpty }
        default:
            tags = value.split(whereSeparator: { $0 == "," || $0 == "、" }).map(\.trimmed).filter { !$0.isEmpty }
        }
        return nil
    }

    /// `false — why` → (.false, "why"); the reason may follow `—`, `–`, `-` or `:`, or be absent.
    static func parseVerdict(_ value: String) -> (Verdict, String?)? {
        let word = value.prefix(while: { $0.isLetter })
        guard let verdict = Verdict(rawValue: word.lowercased()) else { return nil }
        let rest = value.dropFirst(word.count).trimmed
        let reason = rest.drop(while: { "—–-:".contains($0) }).trimmed
        guard rest.isEmpty || rest.first.map({ "—–-:".contains($0) }) == true else { return nil }
        return (verdict, reason.isEmpty ? nil : reason)
    }

    static func isIDCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "-_.".contains(character))
    }
}
