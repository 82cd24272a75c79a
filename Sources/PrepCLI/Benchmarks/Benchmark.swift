import Foundation

/// A named measurement of prep itself; `run` returns the figures to print, already measured live.
struct Benchmark: Sendable {
    var name: String
    var summary: HelpPhrase
    var run: @Sendable (CommandContext) throws -> [BenchmarkResult]
}

/// One figure (a median of `runs` runs, or a rate over a run), beside the target it is judged against.
struct BenchmarkResult: Encodable {
    var benchmark: String
    var metric: String
    var value: Double
    /// `ms` or `req/s`.
    var unit: String
    var runs: Int
    var target: String

    static func milliseconds(_ benchmark: String, _ metric: String, median: Double, runs: Int, target: String) -> BenchmarkResult {
        BenchmarkResult(benchmark: benchmark, metric: metric, value: median, unit: "ms", runs: runs, target: target)
    }
}

/// Times `body` `runs` times and returns the median, so one slow run on a busy machine does not decide.
func medianMilliseconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        samples.append(try clock.measure(body).milliseconds)
    }
    samples.sort()
    return samples[samples.count / 2]
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
