import Foundation
import PrepScheduling

/// Fitting the FSRS weights to synthetic review logs of two sizes. With `PREP_BENCH_OPTIMIZER_LOG=FILE` the
/// smaller log is also written as JSON Lines, so the fsrs-rs peer script can fit the very same log.
enum OptimizeBenchmark {
    static let benchmark = Benchmark(name: "optimize", summary: .benchOptimize) { context in
        let small = SyntheticLearner().reviewLog()
        if let path = context.environment["PREP_BENCH_OPTIMIZER_LOG"], !path.isEmpty {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory + "/"))
            try (ReviewLogFile.lines(small).joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let large = SyntheticLearner(cards: 13000, days: 60, seed: 15).reviewLog()
        return [
            fit(small, runs: 5, metric: "fit \(small.count) reviews", target: "< 500 ms"),
            fit(large, runs: 1, metric: "fit \(large.count) reviews", target: "< 10 s"),
        ]
    }

    private static func fit(_ log: [ReviewLogEntry], runs: Int, metric: String, target: String) -> BenchmarkResult {
        let median = medianMilliseconds(runs: runs) { _ = ParameterOptimizer().fit(TrainingSet(log)) }
        return .milliseconds("optimize", metric, median: median, runs: runs, target: target)
    }
}
