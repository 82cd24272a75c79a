import Foundation
import PrepStudy

/// A named measurement of prep itself; `run` returns the figures to print, already measured live.
struct Benchmark: Sendable {
    var name: String
    var summary: HelpPhrase
    var run: @Sendable (CommandContext) throws -> [BenchmarkResult]
}

/// One figure (a median of `runs` runs, or a rate over a run), beside the target it is judged against.
/// What was measured and the target are values, worded by `BenchPhrases` in the screen's language.
struct BenchmarkResult: Encodable {
    var benchmark: String
    var metric: BenchmarkMetric
    var value: Double
    var unit: BenchmarkUnit
    var runs: Int
    var target: BenchmarkTarget

    static func milliseconds(
        _ benchmark: String, _ metric: BenchmarkMetric, median: Double, runs: Int, target: BenchmarkTarget
    ) -> BenchmarkResult {
        BenchmarkResult(benchmark: benchmark, metric: metric, value: median, unit: .milliseconds, runs: runs, target: target)
    }

    private enum CodingKeys: String, CodingKey { case benchmark, metric, value, unit, runs, target }

    /// `--json` keeps the English words whatever the screen's language, so scripts read the same text.
    func encode(to encoder: any Encoder) throws {
        let english = BenchPhrases.english
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(benchmark, forKey: .benchmark)
        try container.encode(english.metric(metric), forKey: .metric)
        try container.encode(value, forKey: .value)
        try container.encode(unit.rawValue, forKey: .unit)
        try container.encode(runs, forKey: .runs)
        try container.encode(english.target(target), forKey: .target)
    }
}

/// What a benchmark figure measures.
enum BenchmarkMetric: Sendable, Hashable {
    case importCards(Int)
    case importCollection(questions: Int)
    case nextCardInMemory, nextCardInSession, storeCandidates, sessionStart, dueNow
    case launch(LaunchBenchmarks.Launch)
    case exportReviews(Int)
    case exportPackage(cards: Int, reviews: Int)
    case importPackage(cards: Int, revlogRows: Int)
    case fit(reviews: Int)
    /// `label` names the server mode, route and connections (`sync /sleep ×64`), the same in every language.
    case serverThroughput(label: String)
    case serverLatency(label: String)
}

/// The figure a benchmark is judged against.
enum BenchmarkTarget: Sendable, Hashable {
    case wellUnder(milliseconds: Int)
    case about(milliseconds: Int)
    case atMost(milliseconds: Int)
    case under(milliseconds: Int)
    case underSeconds(Int)
    case aFewMilliseconds, tensOfMilliseconds
    /// Throughput is judged beside the peers, by `Tests/peers/run_peers.sh`.
    case peerScript
    case none
}

/// The unit of a figure; the raw value is what `--json` writes.
enum BenchmarkUnit: String, Sendable {
    case milliseconds = "ms"
    case requestsPerSecond = "req/s"
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
