import Foundation
import PrepStudy

/// Picking the next card among 100,000.
enum ReviewBenchmark {
    static let pick = Benchmark(name: "pick", summary: .benchPick) { context in
        let now = context.now()
        let inMemory = try ReviewBenchmarks.pickNextCard(now: now)
        let fromStore = try ReviewBenchmarks.pickNextCardFromStore(now: now)
        let metrics: [(key: String, metric: String, runs: Int, target: String)] = [
            ("queue_next_100k", "next card among 100k (in memory)", 21, "a few ms"),
            ("session_next_100k", "next card among 100k (session)", 21, "a few ms"),
            ("store_candidates_100k", "due + new candidates from the store", 5, "a few ms"),
            ("session_start_100k", "start a review session on 100k cards", 5, "tens of ms"),
            ("due_now_100k", "count what is due now and held back, 100k cards", 5, "tens of ms"),
        ]
        let all = inMemory.merging(fromStore) { first, _ in first }
        return metrics.compactMap { entry in
            all[entry.key].map { .milliseconds("pick", entry.metric, median: $0.milliseconds, runs: entry.runs, target: entry.target) }
        }
    }
}
