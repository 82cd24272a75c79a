import PrepContent
import PrepCore

/// A stored card as the quiz sees it; the caller maps its store rows into these so the quiz stays pure.
package struct QuizCard: Sendable, Hashable {
    package var key: String
    package var kind: CardKind
    /// `zh-Hant` or `en`: the language prompts and feedback are written in.
    package var lang: String
    package var front: String
    package var back: String
    package var check: String?
    package var verdict: Verdict?
    package var verdictReason: String?
    package var cell: TableCellRef?
    package var tags: [String]
    /// A cloze card's text and blanks; nil for every other kind.
    package var cloze: ClozeParts?
    /// The card lists other accepted answers (`also:`), so its author thought about what else is right.
    package var hasSynonyms: Bool

    package init(
        key: String, kind: CardKind, lang: String, front: String, back: String, check: String? = nil,
        verdict: Verdict? = nil, verdictReason: String? = nil, cell: TableCellRef? = nil, tags: [String] = [],
        cloze: ClozeParts? = nil,
        hasSynonyms: Bool = false
    ) {
        self.key = key
        self.kind = kind
        self.lang = lang
        self.front = front
        self.back = back
        self.check = check
        self.verdict = verdict
        self.verdictReason = verdictReason
        self.cell = cell
        self.tags = tags
        self.cloze = cloze
        self.hasSynonyms = hasSynonyms
    }

    package init(_ draft: CardDraft, lang: String) {
        self.init(
            key: draft.key, kind: draft.kind, lang: lang, front: draft.front, back: draft.back, check: draft.check,
            verdict: draft.verdict, verdictReason: draft.verdictReason, cell: draft.cell, tags: draft.tags,
            cloze: draft.cloze,
            hasSynonyms: !draft.also.isEmpty
        )
    }
}
