import Foundation
import PrepContent
import PrepStore

/// Imports 10,000 generated cards into a fresh database file, as `prep import` would store them.
enum ImportBenchmark {
    static let cardCount = 10_000

    static let benchmark = Benchmark(name: "import", summary: "store 10,000 parsed cards in a new database") { _ in
        let article = generatedArticle(cards: cardCount)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("prep-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var run = 0
        let median = try medianMilliseconds(runs: 5) {
            run += 1
            let store = try Store.open(path: scratch.appendingPathComponent("import-\(run).sqlite").path)
            _ = try store.importArticle(article, now: Date())
        }
        return [.milliseconds("import", "import \(cardCount) cards", median: median, runs: 5, target: "well under 1000 ms")]
    }

    /// A mix like the bundled deck's: table cells in sibling rows, Q&A, claims with verdicts.
    static func generatedArticle(cards: Int) -> ParsedArticle {
        let drafts = (0..<cards).map { index -> CardDraft in
            let location = SourceLocation(path: "content/bench/generated.en.md", line: index + 1)
            switch index % 4 {
            case 0:
                let cell = TableCellRef(
                    tableKey: "bench/generated/t\(index / 40)", tableTitle: "Table \(index / 40)", columns: ["Trait", "WSGI", "ASGI"],
                    rowLabel: "Row \(index / 2)", column: "ASGI", columnIndex: 3, value: "✅ value \(index)", mark: .yes
                )
                return CardDraft(key: "bench/generated/t\(index / 40)/r\(index / 2)/c3", kind: .cell, front: "Table · Row \(index / 2) · ASGI",
                                 back: cell.value, source: location, siblingGroup: "bench/generated/t\(index / 40)/r\(index / 2)", cell: cell)
            case 1:
                return CardDraft(key: "bench/generated/claim-\(index)", kind: .claim, front: "Claim number \(index) about event loops",
                                 back: "False — because of reason \(index)", source: location, check: "C0\(index % 9 + 1)",
                                 verdict: .false, verdictReason: "because of reason \(index)", tags: ["bench"])
            default:
                return CardDraft(key: "bench/generated/qa-\(index)", kind: .qa, front: "Question \(index): what does a sync worker hold?",
                                 back: "Its thread, until the response is sent (\(index))", source: location, tags: ["bench", "qa"])
            }
        }
        return ParsedArticle(
            path: "content/bench/generated.en.md", format: .markdown, topic: "bench", slug: "generated", lang: "en",
            title: "Generated", headings: [], tables: [], qa: [], codeBlocks: [], cards: drafts, contentHash: "bench-\(cards)"
        )
    }
}
