import Foundation
import PrepStudy

/// Picking the next card among 100,000.
enum ReviewBenchmark {
    static let pick = Benchmark(name: "pick", summary: .benchPick) { context in
        let now = context.now()
        let inMemory = try ReviewBenchmarks.pickNextCard(now: now)
        let fromStore = try ReviewBenchmarks.pickNextCardFromStore(now: now)
        let metrics: [(key: String, metric: BenchmarkMetric, runs: Int, target: BenchmarkTarget)] = [
            ("queue_next_100k", .nextCardInMemory, 21, .aFewMilliseconds),
            ("session_next_100k", .nextCardInSession, 21, .aFewMilliseconds),
            ("store_candidates_100k", .storeCandidates, 5, .aFewMilliseconds),
            ("session_start_100k", .sessionStart, 5, .tensOfMilliseconds),
            ("due_now_100k", .dueNow, 5, .tensOfMilliseconds),
        ]
        let all = inMemory.merging(fromStore) { first, _ in first }
        return metrics.compactMap { entry in
            all[entry.key].map { .milliseconds("pick", entry.metric, median: $0.milliseconds, runs: entry.runs, target: entry.target) }
        }
    }
}
