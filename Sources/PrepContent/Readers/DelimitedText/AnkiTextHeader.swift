/// The `#key:value` lines at the top of a file for Anki's text importer (Anki 2.1.55 and later write them on
/// export): separator, HTML, column names and which columns hold the GUID, tags, deck and note type.
struct AnkiTextHeader {
    var separator: Character?
    var html: Bool?
    /// The `#columns:` value as written; it is split once the separator is known.
    var columns: String?
    /// Column numbers as written, counted from 1.
    var guidColumn: Int?
    var tagsColumn: Int?
    var deckColumn: Int?
    var notetypeColumn: Int?
    var notetype: String?
    var deck: String?
    /// `#tags:` (or a first line `tags:`): tags for every note, separated by spaces.
    var tags: [String] = []
    /// Index of the first line after the header.
    var endIndex = 0
    var diagnostics: [ContentDiagnostic] = []

    static let keys: Set<String> = [
        "separator", "html", "tags", "columns", "notetype", "deck", "notetype column", "deck column",
        "tags column", "guid column", "if matches", "match scope",
    ]

    /// Separators by the names Anki writes; any other single character stands for itself.
    static let separatorNames: [String: Character] = [
        "tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":",
    ]

    /// Whether `line` is a header line Anki knows, which makes a file an Anki notes file whatever its name.
    static func isKnownLine(_ line: String) -> Bool {
        if line.hasPrefix("tags:") { return true }
        guard let (key, _) = split(line) else { return false }
        return keys.contains(key)
    }

    /// Reads the header lines at the top of `lines`: like Anki, every leading line starting with `#` belongs
    /// to it (an unknown key is a comment), and the first line may be `tags:` (or Excel's `sep=;`).
    init(lines: [String], path: String) {
        var index = 0
        if let first = lines.first, first.hasPrefix("tags:") {
            tags = Self.words(first.dropFirst("tags:".count))
            index = 1
        } else if let first = lines.first, first.hasPrefix("sep="), first.count == 5 {
            // Excel's hint line in a CSV it wrote for a region whose lists use `;`.
            separator = first.last
            index = 1
        }
        while index < lines.count, lines[index].hasPrefix("#") {
            if let (key, value) = Self.split(lines[index]) {
                apply(key, value, at: SourceLocation(path: path, line: index + 1))
            }
            index += 1
        }
        endIndex = index
    }

    private mutating func apply(_ key: String, _ value: String, at location: SourceLocation) {
        let trimmed = value.trimmed
        switch key {
        case "separator":
            if let named = Self.separatorNames[trimmed.lowercased()] {
                separator = named
            } else if trimmed.count == 1 || value.count == 1, let character = trimmed.first ?? value.first {
                separator = character
            } else {
                warn(at: location, .unknownSeparator(value: value))
            }
        case "html":
            switch trimmed.lowercased() {
            case "true": html = true
            case "false": html = false
            default: warn(at: location, .htmlSettingNotBoolean(value: trimmed))
            }
        case "tags": tags = Self.words(value[...])
        case "columns": columns = value
        case "notetype": notetype = trimmed
        case "deck": deck = trimmed
        case "guid column": guidColumn = column(trimmed, key, at: location)
        case "tags column": tagsColumn = column(trimmed, key, at: location)
        case "deck column": deckColumn = column(trimmed, key, at: location)
        case "notetype column": notetypeColumn = column(trimmed, key, at: location)
        default: break
        }
    }

    private mutating func column(_ value: String, _ key: String, at location: SourceLocation) -> Int? {
        guard let number = Int(value), number >= 1 else {
            warn(at: location, .columnSettingNotNumber(key: key, value: value))
            return nil
        }
        return number
    }

    private mutating func warn(at location: SourceLocation, _ problem: ContentDiagnostic.Problem) {
        diagnostics.append(ContentDiagnostic(.warning, at: location, problem))
    }

    /// `#Guid Column: 1` → ("guid column", " 1"): the key trimmed and lower-cased, the value as written.
    private static func split(_ line: String) -> (key: String, value: String)? {
        guard line.hasPrefix("#"), let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[line.index(after: line.startIndex)..<colon].trimmed.lowercased()
        return (key, String(line[line.index(after: colon)...]))
    }

    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
