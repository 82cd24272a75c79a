import Foundation
import PrepStudy

/// Launching prep until its first screen: the quiz's first question, a review's first card, `prep config`.
enum LaunchBenchmark {
    static let runs = 11

    static let benchmark = Benchmark(name: "launch", summary: .benchLaunch) { context in
        let figures = try LaunchBenchmarks.measure(executable: URL(fileURLWithPath: context.executablePath), runs: runs)
        return LaunchBenchmarks.Launch.allCases.compactMap { kind in
            figures[kind].map { .milliseconds("launch", .launch(kind), median: $0.milliseconds, runs: runs, target: target(kind)) }
        }
    }

    /// Issue 24's targets for the release build on a 2-core machine.
    private static func target(_ kind: LaunchBenchmarks.Launch) -> BenchmarkTarget {
        switch kind {
        case .quizNewDatabase: .atMost(milliseconds: 40)
        case .quizExistingDatabase, .reviewExistingDatabase: .atMost(milliseconds: 15)
        case .config: .atMost(milliseconds: 5)
        }
    }
}
