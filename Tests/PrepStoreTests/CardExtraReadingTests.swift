import Foundation
import PrepContent
import PrepCore
import PrepStore
import Testing

/// The `extra` column is read without `JSONDecoder` on the common path; whatever the text holds, a card
/// comes back as it was imported.
struct CardExtraReadingTests {
    private static let awkward = [
        "plain", "", "quote \" and backslash \\ and slash a/b", "line\nbreak\ttab\r", "control \u{01}\u{1F} bytes",
        "中文「引號」與 emoji ✅🟡", "\\u0041 is not an escape here", "trailing backslash \\",
    ]

    @Test(arguments: awkward)
    func cellsReasonsAlternativesAndClozePartsComeBackAsImported(_ text: String) throws {
        let store = try Store.openInMemory()
        let cell = TableCellRef(
            tableKey: "t/a/\(text)", tableTitle: text, columns: [text, "B", ""], rowLabel: text, column: "B",
            columnIndex: 1, value: text, mark: .partial
        )
        let drafts = [
            CardDraft(
                key: "t/a/cell", kind: .cell, front: "F", back: "B", source: SourceLocation(path: "t/a.en.md", line: 1),
                cell: cell
            ),
            CardDraft(
                key: "t/a/claim", kind: .claim, front: "F", back: "B", source: SourceLocation(path: "t/a.en.md", line: 2),
                verdict: .misleading, verdictReason: text, also: [text, "other"]
            ),
            CardDraft(
                key: "t/a/unmarked", kind: .cell, front: "F", back: "B", source: SourceLocation(path: "t/a.en.md", line: 3),
                cell: TableCellRef(
                    tableKey: "t/a/x", tableTitle: "", columns: [], rowLabel: "", column: "", columnIndex: -3, value: "",
                    mark: nil
                )
            ),
            CardDraft(
                key: "t/a/cloze/c1", kind: .cloze, front: "F", back: "B", source: SourceLocation(path: "t/a.en.md", line: 4),
                cloze: ClozeParts(shown: [text, "", text], blanks: [.init(answer: text, hint: text), .init(answer: "x")], note: text)
            ),
        ]
        _ = try store.importArticle(
            ParsedArticle(
                path: "t/a.en.md", format: .markdown, topic: "t", slug: "a", lang: "en", title: "A",
                headings: [], tables: [], qa: [], codeBlocks: [], cards: drafts, contentHash: "h"
            ),
            now: .now
        )
        let cards = try store.cards()
        #expect(cards.map(\.cell) == drafts.map(\.cell))
        #expect(cards.map(\.verdictReason) == drafts.map(\.verdictReason))
        #expect(cards.map(\.also) == drafts.map(\.also))
        #expect(cards.map(\.cloze) == drafts.map(\.cloze))
        #expect(try store.cardContents(preferring: .en).cards.map(\.cloze) == drafts.map(\.cloze), "the export's read")
    }
}
