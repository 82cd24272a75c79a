import Foundation
import PrepContent
import PrepCore
import PrepStore

/// Imports 10,000 generated cards into a fresh database file, as `prep import` would store them, then parses
/// and imports a generated 5,000-question markdown collection.
enum ImportBenchmark {
    static let cardCount = 10_000

    static let benchmark = Benchmark(name: "import", summary: .benchImport) { context in
        let article = generatedArticle(cards: cardCount)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("prep-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var run = 0
        let median = try medianMilliseconds(runs: 5) {
            run += 1
            let store = try Store.open(path: scratch.appendingPathComponent("import-\(run).sqlite").path)
            _ = try store.importArticle(article, now: Date())
        }
        let collection = generatedCollection(questions: collectionQuestions)
        run = 0
        let collectionMedian = try medianMilliseconds(runs: 5) {
            run += 1
            let result = ContentParser().parse(text: collection, path: "bench/collection.en.md")
            guard let article = result.article, article.qa.count == collectionQuestions else {
                throw CLIError.failure(BenchPhrases.forLanguage(context.language).collectionMisparsed(collectionQuestions, result.article?.qa.count ?? 0))
            }
            let store = try Store.open(path: scratch.appendingPathComponent("collection-\(run).sqlite").path)
            _ = try store.importArticle(article, now: Date())
        }
        return [
            .milliseconds("import", .importCards(cardCount), median: median, runs: 5, target: .wellUnder(milliseconds: 1000)),
            .milliseconds(
                "import-collection", .importCollection(questions: collectionQuestions),
                median: collectionMedian, runs: 5, target: .wellUnder(milliseconds: 1000)),
        ]
    }

    static let collectionQuestions = 5_000

    /// A README-style collection: numbered question headings under chapter headings, answers with code, lists,
    /// tables and `**Answer:**` labels, some as `<details>` blocks and bold questions, as real ones mix them.
    static func generatedCollection(questions: Int) -> String {
        var text = "---\ntitle: Generated collection\ntags: [bench]\n---\n\n# Generated collection\n"
        for index in 1...questions {
            if index % 100 == 1 { text += "\n## Chapter \(index / 100 + 1)\n" }
            switch index % 5 {
            case 0:
                text += "\n<details><summary>\(index). How does feature \(index) work?</summary>\n\nIt runs step \(index) in a worker.\n\n</details>\n"
            case 1:
                text += "\n### \(index). What is concept \(index)?\n\n**Answer:** The idea number \(index).\n\n```python\ndef f\(index)():\n    return \(index)\n```\n"
            case 2:
                text += "\n### \(index). Explain mechanism \(index)\n\n- first point about \(index)\n- second point about \(index)\n"
            case 3:
                text += "\n### \(index). Compare option A\(index) and option B\(index)\n\n| | A\(index) | B\(index) |\n|---|---|---|\n| speed | fast | slow |\n"
            default:
                text += "\n**Q\(index): Why does case \(index) matter?**\n\nBecause of reason \(index).\n"
            }
        }
        return text
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
            path: "content/bench/generated.en.md", format: .markdown, topic: "bench", slug: "generated", lang: Language.en.code,
            title: "Generated", headings: [], tables: [], qa: [], codeBlocks: [], cards: drafts, contentHash: "bench-\(cards)"
        )
    }
}
