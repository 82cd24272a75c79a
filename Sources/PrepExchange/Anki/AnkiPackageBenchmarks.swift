import Foundation
import PrepContent
import PrepCore
import PrepStore

/// Timings for `prep bench`.
package enum AnkiPackageBenchmarks {
    /// Time to build an .apkg of `cardCount` cards and `reviewCount` reviews (one per card while they last,
    /// each reviewed card then in the review state) from an in-memory store filled beforehand; filling is
    /// not timed.
    package static func exportPackage(cardCount: Int, reviewCount: Int) throws -> Duration {
        let store = try Store.openInMemory()
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        let path = "content/bench/cards.en.md"
        let drafts = (0..<cardCount).map { index in
            CardDraft(
                key: "bench/cards/card-\(index)", kind: .qa, front: "Question \(index) about <servers> & \"workers\"",
                back: "Answer \(index)\nsecond line", source: SourceLocation(path: path, line: index + 1), tags: ["bench"]
            )
        }
        try store.database.transaction {
            _ = try store.importArticle(
                ParsedArticle(
                    path: path, format: .markdown, topic: "bench", slug: "cards", lang: Language.en.code, title: "Bench",
                    headings: [], tables: [], qa: [], codeBlocks: [], cards: drafts, contentHash: "bench"
                ),
                now: start
            )
            for index in 0..<reviewCount {
                let key = "bench/cards/card-\(index % max(1, cardCount))"
                let reviewedAt = start.addingTimeInterval(Double(index) * 7.5)
                try store.appendReview(StoredReview(
                    id: "review-\(index)", cardKey: key, rating: 3, reviewedAt: reviewedAt, durationMs: 4000, mode: "review"
                ))
                if index < cardCount {
                    try store.saveState(StoredCardState(
                        key: key, state: 2, stability: 3.17, difficulty: 5.28, due: reviewedAt.addingTimeInterval(3 * 86_400),
                        lastReview: reviewedAt, reps: 1
                    ))
                }
            }
        }
        let exporter = AnkiPackageExporter(store: store, language: .en)
        var bytes = 0
        let elapsed = try ContinuousClock().measure {
            bytes = try exporter.package(now: start.addingTimeInterval(Double(reviewCount) * 7.5)).data.count
        }
        precondition(bytes > cardCount * 50, "the package left cards out")
        return elapsed
    }
}
