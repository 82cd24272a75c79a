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
            fit(small, runs: 5, target: .under(milliseconds: 500)),
            fit(large, runs: 1, target: .underSeconds(10)),
        ]
    }

    private static func fit(_ log: [ReviewLogEntry], runs: Int, target: BenchmarkTarget) -> BenchmarkResult {
        let median = medianMilliseconds(runs: runs) { _ = ParameterOptimizer().fit(TrainingSet(log)) }
        return .milliseconds("optimize", .fit(reviews: log.count), median: median, runs: runs, target: target)
    }
}
