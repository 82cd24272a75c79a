import PrepContent
import PrepCore

/// A `card` row as written by import, compared field by field to decide what changed.
struct CardRecord: Equatable {
    var kind: String
    var front: String
    var back: String
    var extra: String?
    var check: String?
    var verdict: String?
    /// Space-separated, as Anki keeps tags.
    var tags: String
    var siblingGroup: String?
    var sourcePath: String
    var sourceLine: Int
    var position: Int
    var archived: Bool

    /// Whether the learner would see a difference; where the card sits in its file does not count.
    func hasSameContent(as other: CardRecord) -> Bool {
        kind == other.kind && front == other.front && back == other.back && extra == other.extra
            && check == other.check && verdict == other.verdict && tags == other.tags
            && siblingGroup == other.siblingGroup
    }

    static let columns =
        "kind, front, back, extra, check_name, verdict, tags, sibling_group, source_path, source_line, position, archived"

    init(row: SQLiteRow, startingAt first: Int) throws {
        kind = try row.column(first)
        front = try row.column(first + 1)
        back = try row.column(first + 2)
        extra = try row.column(first + 3)
        check = try row.column(first + 4)
        verdict = try row.column(first + 5)
        tags = try row.column(first + 6)
        siblingGroup = try row.column(first + 7)
        sourcePath = try row.column(first + 8)
        sourceLine = try row.column(first + 9)
        position = try row.column(first + 10)
        archived = try row.column(first + 11)
    }

    init(draft: CardDraft, position: Int, extra: String?) {
        kind = draft.kind.rawValue
        front = draft.front
        back = draft.back
        self.extra = extra
        check = draft.check
        verdict = draft.verdict?.rawValue
        tags = draft.tags.joined(separator: " ")
        siblingGroup = draft.siblingGroup
        sourcePath = draft.source.path
        sourceLine = draft.source.line
        self.position = position
        archived = false
    }

    /// In the order of `columns`.
    var arguments: [any SQLiteBindable] {
        [kind, front, back, extra, check, verdict, tags, siblingGroup, sourcePath, sourceLine, position, archived]
    }
}
