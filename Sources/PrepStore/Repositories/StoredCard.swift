import PrepContent
import PrepCore

/// One card in one language, as stored.
package struct StoredCard: Sendable, Hashable {
    package var key: String
    package var lang: String
    package var kind: CardKind
    package var topic: String
    package var front: String
    package var back: String
    package var check: String?
    package var verdict: Verdict?
    package var verdictReason: String?
    package var tags: [String]
    package var siblingGroup: String?
    package var cell: TableCellRef?
    /// Other accepted typed answers (`also:`).
    package var also: [String]
    /// A cloze card's text and blanks; nil for every other kind.
    package var cloze: ClozeParts?
    package var sourcePath: String
    package var sourceLine: Int
    /// Order within its article.
    package var position: Int
    /// Gone from its file; kept with its history, never shown for study.
    package var archived: Bool

    package init(
        key: String, lang: String, kind: CardKind, topic: String, front: String, back: String, check: String? = nil,
        verdict: Verdict? = nil, verdictReason: String? = nil, tags: [String] = [], siblingGroup: String? = nil,
        cell: TableCellRef? = nil, also: [String] = [], cloze: ClozeParts? = nil, sourcePath: String, sourceLine: Int, position: Int,
        archived: Bool = false
    ) {
        self.key = key
        self.lang = lang
        self.kind = kind
        self.topic = topic
        self.front = front
        self.back = back
        self.check = check
        self.verdict = verdict
        self.verdictReason = verdictReason
        self.tags = tags
        self.siblingGroup = siblingGroup
        self.cell = cell
        self.also = also
        self.cloze = cloze
        self.sourcePath = sourcePath
        self.sourceLine = sourceLine
        self.position = position
        self.archived = archived
    }

    /// `path:line`, for "show the source".
    package var sourceLocation: String { "\(sourcePath):\(sourceLine)" }
}
