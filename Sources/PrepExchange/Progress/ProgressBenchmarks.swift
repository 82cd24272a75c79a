import Foundation
import PrepStore

/// Timings for `prep bench`.
package enum ProgressBenchmarks {
    /// Time to export `count` review logs (spread over 1,000 cards, with their states) to JSON bytes,
    /// from an in-memory store filled beforehand; filling is not timed.
    package static func exportReviews(count: Int) throws -> Duration {
        let store = try Store.openInMemory()
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        let cardCount = max(1, min(1000, count))
        try store.database.transaction {
            for index in 0..<count {
                let key = "bench/cards/card-\(index % cardCount)"
                try store.appendReview(StoredReview(
                    id: "review-\(index)", cardKey: key, rating: 1 + index % 4,
                    reviewedAt: start.addingTimeInterval(Double(index) * 61.5), durationMs: 4000 + index % 3000,
                    mode: index % 2 == 0 ? "review" : "quiz"
                ))
            }
            for index in 0..<cardCount {
                try store.saveState(StoredCardState(
                    key: "bench/cards/card-\(index)", state: 2, stability: 12.5, difficulty: 5.25,
                    due: start.addingTimeInterval(Double(index) * 3600), lastReview: start, reps: 9, lapses: 1
                ))
            }
        }
        let exporter = ProgressExporter(store: store)
        let clock = ContinuousClock()
        var bytes = 0
        let elapsed = try clock.measure {
            bytes = try ProgressExporter.encode(exporter.document(exportedAt: start)).count
        }
        precondition(bytes > count * 100, "the export left reviews out")
        return elapsed
    }
}
