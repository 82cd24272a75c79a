import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
@testable import PrepExchange
import PrepStudy

/// In-memory stores holding one small article, graded through the real `GradeRecorder`.
enum ProgressFixtures {
    static let start = Date(timeIntervalSince1970: 1_780_000_000)
    /// Later than every grade the tests make.
    static let now = start.addingTimeInterval(365 * 86_400)
    static let keys = ["django/asgi/a", "django/asgi/b", "django/asgi/c"]
    static let scheduler = Scheduler(.default)

    static func store(keys: [String] = keys) throws -> Store {
        let store = try Store.openInMemory()
        let path = "content/django/asgi.en.md"
        let cards = keys.enumerated().map { index, key in
            CardDraft(key: key, kind: .qa, front: "Question \(index)", back: "Answer \(index)", source: SourceLocation(path: path, line: index + 1))
        }
        _ = try store.importArticle(
            ParsedArticle(
                path: path, format: .markdown, topic: "django", slug: "asgi", lang: "en", title: "ASGI",
                headings: [], tables: [], qa: [], codeBlocks: [], cards: cards, contentHash: "hash"
            ),
            now: start
        )
        return store
    }

    /// Grades `key` at `start` + each offset (in days), with review ids `<prefix>-1`, `<prefix>-2`…
    static func grade(_ store: Store, _ key: String, _ steps: [(Rating, Double)], prefix: String) throws {
        var counter = 0
        let recorder = GradeRecorder(store: store, scheduler: scheduler) {
            counter += 1
            return "\(prefix)-\(counter)"
        }
        let card = StoredCard(
            key: key, lang: "en", kind: .qa, topic: "django", front: "", back: "", sourcePath: "", sourceLine: 1, position: 0
        )
        for (rating, days) in steps {
            _ = try recorder.grade(
                StudyCard(card: card, state: try store.state(for: key)), rating: rating,
                at: start.addingTimeInterval(days * 86_400), durationMs: 2500, mode: "review"
            )
        }
    }

    static func export(_ store: Store, at date: Date = start) throws -> Data {
        try ProgressExporter.encode(ProgressExporter(store: store, language: .en).document(exportedAt: date))
    }

    static func restore(_ data: Data, into store: Store) throws -> RestoreSummary {
        try ProgressRestorer(store: store, scheduler: scheduler).restore(RestoreInput(ProgressDocument.decode(data), now: now))
    }
}
