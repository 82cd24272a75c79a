/// Which column of a delimited file holds what, all counted from 0.
///
/// Anki's `#… column:` lines decide first; then column names (`#columns:` or a first row such as
/// `Question,Answer,Tags`); the remaining columns are fields in order: question, answer, then extras that
/// are added to the answer.
struct ColumnRoles: Equatable {
    var front = 0
    var back: Int?
    var extras: [Int] = []
    var guid: Int?
    var tags: Int?
    var deck: Int?
    var notetype: Int?

    enum Role {
        case front, back, guid, tags, deck, notetype
    }

    /// Column names people and tools give these roles, lower-cased (English and Chinese).
    static let vocabulary: [String: Role] = [
        "question": .front, "questions": .front, "front": .front, "q": .front, "text": .front,
        "prompt": .front, "term": .front, "問題": .front, "问题": .front, "題目": .front, "题目": .front,
        "問": .front, "问": .front, "正面": .front,
        "answer": .back, "answers": .back, "back": .back, "a": .back, "definition": .back,
        "back extra": .back, "答案": .back, "答": .back, "回答": .back, "解答": .back, "背面": .back,
        "guid": .guid, "id": .guid, "note id": .guid,
        "tags": .tags, "tag": .tags, "標籤": .tags, "标签": .tags,
        "deck": .deck, "牌組": .deck, "牌组": .deck,
        "notetype": .notetype, "note type": .notetype,
    ]

    /// Whether `fields` name columns rather than hold a note: a question and an answer column among them,
    /// and every other one short enough to be a name (`category`, `difficulty`), not a question.
    static func isHeaderRow(_ fields: [String]) -> Bool {
        let roles = fields.map { vocabulary[$0.trimmed.lowercased()] }
        let othersAreNames = zip(fields, roles).allSatisfy { field, role in
            role != nil || (field.count <= 24 && !field.contains(where: { "?？。.".contains($0) }))
        }
        return othersAreNames && roles.contains(.front) && roles.contains(.back)
    }

    init(header: AnkiTextHeader, names: [String], fieldCount: Int) {
        func index(_ number: Int?) -> Int? { number.map { $0 - 1 } }
        guid = index(header.guidColumn)
        tags = index(header.tagsColumn)
        deck = index(header.deckColumn)
        notetype = index(header.notetypeColumn)

        let byName = names.map { Self.vocabulary[$0.trimmed.lowercased()] }
        for (column, role) in byName.enumerated() where !isMeta(column) {
            switch role {
            case .guid where guid == nil: guid = column
            case .tags where tags == nil: tags = column
            case .deck where deck == nil: deck = column
            case .notetype where notetype == nil: notetype = column
            default: break
            }
        }
        var fields = (0..<max(fieldCount, names.count)).filter { !isMeta($0) }
        if let named = fields.first(where: { byName[safe: $0] == .front }) {
            fields.removeAll { $0 == named }
            fields.insert(named, at: 0)
        }
        if let named = fields.dropFirst().first(where: { byName[safe: $0] == .back }) {
            fields.removeAll { $0 == named }
            fields.insert(named, at: min(1, fields.count))
        }
        front = fields.first ?? 0
        back = fields.dropFirst().first
        extras = Array(fields.dropFirst(2))
    }

    /// Forgets GUID, tags, deck and note-type columns at or past `fieldCount`; returns them for a warning.
    mutating func dropMetaColumns(from fieldCount: Int) -> [Int] {
        var dropped: [Int] = []
        for role in [\Self.guid, \.tags, \.deck, \.notetype] {
            if let column = self[keyPath: role], column >= fieldCount {
                dropped.append(column)
                self[keyPath: role] = nil
            }
        }
        return dropped
    }

    /// Without a header, a column past the answer whose every value is a few lowercase words joined by
    /// hyphens (`facts associate-foundations`) is the notes' tags, as Anki exports them.
    mutating func takeTagsColumn(from records: [DelimitedRecords.Record]) {
        guard !records.isEmpty, let column = extras.first(where: { column in
            records.allSatisfy { Self.isTagList($0.fields[column]) }
                && records.contains { !$0.fields[column].trimmed.isEmpty }
        }) else { return }
        tags = column
        extras.removeAll { $0 == column }
    }

    static func isTagList(_ field: String) -> Bool {
        let words = field.split(whereSeparator: \.isWhitespace)
        return words.count <= 6 && words.allSatisfy { word in
            word.allSatisfy { $0.isLowercase || $0.isNumber || "-_:".contains($0) }
        }
    }

    /// One token naming a file or a place in one: `units/unit-01.md:100`, `notes/a.md`.
    static func isBarePath(_ value: String) -> Bool {
        !value.contains(where: \.isWhitespace) && value.contains("/") && !value.hasPrefix("http")
    }

    func isMeta(_ column: Int) -> Bool {
        column == guid || column == tags || column == deck || column == notetype
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
