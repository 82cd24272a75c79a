import Foundation
import PrepStudy

/// Launching prep until its first screen: the quiz's first question, a review's first card, `prep config`.
enum LaunchBenchmark {
    static let runs = 11

    static let benchmark = Benchmark(name: "launch", summary: .benchLaunch) { context in
        let figures = try LaunchBenchmarks.measure(executable: URL(fileURLWithPath: context.executablePath), runs: runs)
        return LaunchBenchmarks.Launch.allCases.compactMap { kind in
            figures[kind].map { .milliseconds("launch", metric(kind), median: $0.milliseconds, runs: runs, target: target(kind)) }
        }
    }

    private static func metric(_ kind: LaunchBenchmarks.Launch) -> String {
        switch kind {
        case .quizNewDatabase: "first question, new database"
        case .quizExistingDatabase: "first question, existing database"
        case .reviewExistingDatabase: "first review card, existing database"
        case .config: "prep config"
        }
    }

    /// Issue 24's targets for the release build on a 2-core machine.
    private static func target(_ kind: LaunchBenchmarks.Launch) -> String {
        switch kind {
        case .quizNewDatabase: "≤ 40 ms"
        case .quizExistingDatabase, .reviewExistingDatabase: "≤ 15 ms"
        case .config: "≤ 5 ms"
        }
    }
}
