import Foundation
import PrepCore

/// How long a learner waits from typing a command to its first screen, measured by launching the executable
/// as a learner would (stdin and stdout are pipes, so the screens are in line mode).
package enum LaunchBenchmarks {
    /// What is timed, each to the moment its first screen is on stdout.
    package enum Launch: String, CaseIterable, Sendable {
        /// `prep quiz` on a database made for the run: the bundled deck is imported first.
        case quizNewDatabase = "quiz_new_db"
        /// `prep quiz` on a database that has the deck already: the common launch.
        case quizExistingDatabase = "quiz_existing_db"
        /// `prep flashcards review` on that database.
        case reviewExistingDatabase = "review_existing_db"
        /// `prep config`, to the end of its output: the floor every command pays (loading, arguments, opening the database).
        case config

        var arguments: [String] {
            switch self {
            case .quizNewDatabase, .quizExistingDatabase: ["quiz"]
            case .reviewExistingDatabase: ["flashcards", "review"]
            case .config: ["config"]
            }
        }

        /// What the first screen prints in English line mode; nil: timed to the end of the output.
        var firstScreen: String? {
            switch self {
            case .quizNewDatabase, .quizExistingDatabase: "[1/"
            case .reviewExistingDatabase: "Q: "
            case .config: nil
            }
        }
    }

    /// The median of `runs` launches of each kind, with the deck the executable finds by itself (the bundled
    /// one). The kinds take turns within each round, so a busy moment on the machine falls on all of them.
    package static func measure(executable: URL, runs: Int = 11) throws -> [Launch: Duration] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("prep-launch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = ProcessInfo.processInfo.environment
        environment["PREP_CONTENT"] = nil
        environment["NO_COLOR"] = "1"
        // The English screen, whose marks are looked for whatever language the learner chose.
        environment["PREP_LANG"] = Language.en.code
        let existing = directory.appendingPathComponent("existing.sqlite").path
        // The existing database gets its deck before anything is timed.
        _ = try launch(.quizNewDatabase, executable: executable, environment: environment, database: existing)
        var samples: [Launch: [Duration]] = [:]
        for round in 0..<max(1, runs) {
            for kind in Launch.allCases {
                let database = kind == .quizNewDatabase ? directory.appendingPathComponent("new-\(round).sqlite").path : existing
                samples[kind, default: []].append(try launch(kind, executable: executable, environment: environment, database: database))
            }
        }
        return samples.mapValues { $0.sorted()[$0.count / 2] }
    }

    private static func launch(_ kind: Launch, executable: URL, environment: [String: String], database: String) throws -> Duration {
        var environment = environment
        environment["PREP_DB"] = database
        let clock = ContinuousClock()
        let start = clock.now
        let process: PipedProcess
        do {
            process = try PipedProcess(executable: executable, arguments: kind.arguments, environment: environment)
        } catch let error as PipedProcess.StartError {
            throw LaunchError.couldNotStart(kind.arguments, errno: error.errno)
        }
        guard process.waitForOutput(containing: kind.firstScreen, timeout: .seconds(60)) else {
            throw LaunchError.nothingShown(kind.arguments, output: process.text)
        }
        let elapsed = start.duration(to: clock.now)
        if kind.firstScreen != nil { process.send("q") }
        let status = process.waitForExit()
        guard status == 0 else { throw LaunchError.failed(kind.arguments, status: status) }
        return elapsed
    }

    /// Why a launch could not be timed; the screens word it.
    package enum LaunchError: Error, Equatable {
        case couldNotStart([String], errno: Int32)
        case nothingShown([String], output: String)
        case failed([String], status: Int32)
    }
}
