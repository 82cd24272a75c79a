import Foundation
import PrepContent
import Testing

@testable import PrepStore

/// The `extra` column is written without `JSONEncoder`, to the same bytes: databases written before keep comparing
/// equal on re-import.
struct CardExtraWritingTests {
    private static let awkward = [
        "plain", "", "quote \" and backslash \\ and slash a/b", "line\nbreak\ttab\r\u{8}\u{C}", "control \u{0}\u{01}\u{1F}\u{7F}",
        "中文「引號」與 emoji ✅🟡 e\u{301}", "\\u0041 is not an escape here", "trailing backslash \\",
    ]

    @Test(arguments: awkward)
    func writesWhatJSONEncoderWrites(_ text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let extras = [
            CardExtra(
                verdictReason: text,
                cell: TableCellRef(
                    tableKey: "t/a/\(text)", tableTitle: text, columns: [text, "B", ""], rowLabel: text, column: "B",
                    columnIndex: 1, value: text, mark: .partial),
                also: [text, "other"]),
            CardExtra(
                cell: TableCellRef(
                    tableKey: "t/a/x", tableTitle: "", columns: [], rowLabel: "", column: text, columnIndex: -3, value: "",
                    mark: nil)),
            CardExtra(also: [text]),
            CardExtra(verdictReason: text),
            CardExtra(cloze: ClozeParts(shown: [text, "", text], blanks: [.init(answer: text, hint: text), .init(answer: "b")], note: text)),
            CardExtra(also: [text], cloze: ClozeParts(shown: ["", ""], blanks: [.init(answer: text)])),
        ]
        for extra in extras {
            #expect(extra.json == String(decoding: try encoder.encode(extra), as: UTF8.self))
        }
    }
}
