import Foundation
import PrepCore

/// What a card asks the learner to do; the study layer turns each kind into its own question types.
package enum CardKind: String, Sendable, Codable, CaseIterable {
    /// A question and its answer (hashcards `Q:`/`A:`, `Qn:` + `答案:`).
    case qa
    /// One deletion of a cloze sentence (`C: … [x] …` or `{{c1::x}}`).
    case cloze
    /// One cell of a comparison table: row label × column.
    case cell
    /// A claim as a source states it, with a verdict saying whether it holds.
    case claim
}

/// Where a cell's value comes from, so quiz questions can draw distractors from the same column.
package struct TableCellRef: Sendable, Hashable, Codable {
    /// Stable key of the table: `<topic>/<slug>/<table-id>`.
    package var tableKey: String
    /// The table's caption: its `id:`-less title, taken from the heading or label above it.
    package var tableTitle: String
    package var columns: [String]
    package var rowLabel: String
    package var column: String
    package var columnIndex: Int
    package var value: String
    /// ✅ / ❌ / 🟡 at the start of the cell, if any.
    package var mark: CellMark?

    package init(
        tableKey: String, tableTitle: String, columns: [String], rowLabel: String,
        column: String, columnIndex: Int, value: String, mark: CellMark?
    ) {
        self.tableKey = tableKey
        self.tableTitle = tableTitle
        self.columns = columns
        self.rowLabel = rowLabel
        self.column = column
        self.columnIndex = columnIndex
        self.value = value
        self.mark = mark
    }
}

/// The emoji marks comparison tables use for yes / no / partly.
package enum CellMark: String, Sendable, Codable {
    case yes, no, partial
}

/// A card as the parser derives it from a file, before it is stored.
package struct CardDraft: Sendable, Hashable, Codable {
    /// Stable identity: `<topic>/<slug>/<anchor>`, never derived from line numbers.
    package var key: String
    package var kind: CardKind
    package var front: String
    package var back: String
    package var source: SourceLocation
    /// Name of the runnable check that demonstrates this card (`C01` … `C12`).
    package var check: String?
    package var verdict: Verdict?
    /// Why the verdict is what it is; shown as feedback and on the back of claim cards.
    package var verdictReason: String?
    package var tags: [String]
    /// Cards of one sibling group (cells of one table row, deletions of one cloze) are not shown on the same day.
    package var siblingGroup: String?
    package var cell: TableCellRef?
    /// Other answers accepted when the answer is typed (`also:`), beside those the answer lists itself.
    package var also: [String]
    /// A cloze card's text and blanks, which its front and back spell out; nil for every other kind.
    package var cloze: ClozeParts?

    package init(
        key: String, kind: CardKind, front: String, back: String, source: SourceLocation,
        check: String? = nil, verdict: Verdict? = nil, verdictReason: String? = nil,
        tags: [String] = [], siblingGroup: String? = nil, cell: TableCellRef? = nil, also: [String] = [],
        cloze: ClozeParts? = nil
    ) {
        self.key = key
        self.kind = kind
        self.front = front
        self.back = back
        self.source = source
        self.check = check
        self.verdict = verdict
        self.verdictReason = verdictReason
        self.tags = tags
        self.siblingGroup = siblingGroup
        self.cell = cell
        self.also = also
        self.cloze = cloze
    }
}
