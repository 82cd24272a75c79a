import Foundation
import Glibc
import PrepStore
import PrepStudy
import Testing

/// Kills a real `prep flashcards review` process in the middle of a session: every grade answered before
/// must be in the database, and the database must pass `PRAGMA integrity_check`.
@Suite struct FlashcardsReviewKillTests {
    /// `.build/debug/prep` of this package, which `swift test` builds along with the tests.
    static let executable = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/prep")

    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: executable.path),
        "needs .build/debug/prep: run 'swift build --product prep' (swift test builds it too)"
    ))
    func killedMidSessionKeepsEveryEarlierGrade() throws {
        let workspace = try ReviewDeckWorkspace()
        var environment = ProcessInfo.processInfo.environment
        environment["PREP_DB"] = workspace.databasePath
        environment["PREP_CONTENT"] = workspace.contentPath
        environment["NO_COLOR"] = "1"
        environment["PREP_LANG"] = "en"
        let review = try PipedProcess(
            executable: Self.executable, arguments: ["flashcards", "review"], environment: environment
        )
        let patience = Duration.seconds(30)
        let grades = ["3", "1", "4"]
        for (index, grade) in grades.enumerated() {
            #expect(review.waitForOutput(containing: "Q: ", count: index + 1, timeout: patience), "card \(index + 1) shown:\n\(review.text)")
            review.send("")
            #expect(review.waitForOutput(containing: "A: ", count: index + 1, timeout: patience))
            review.send(grade)
        }
        // The fourth card is on screen, revealed but not graded, when the process dies.
        #expect(review.waitForOutput(containing: "Q: ", count: grades.count + 1, timeout: patience))
        review.send("")
        #expect(review.waitForOutput(containing: "A: ", count: grades.count + 1, timeout: patience))
        review.kill(SIGKILL)
        #expect(review.terminatedBySignal)

        let store = try Store.open(path: workspace.databasePath)
        #expect(try store.database.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        #expect(try store.allReviews().map(\.rating) == [3, 1, 4])
        #expect(try store.states().count == 3)
    }
}

@Suite struct FlashcardsReviewLaunchTests {
    /// Uses whatever deck the executable finds next to it, only to see that a first card appears.
    @Test(.enabled(
        if: FileManager.default.isExecutableFile(atPath: FlashcardsReviewKillTests.executable.path),
        "needs .build/debug/prep: run 'swift build --product prep' (swift test builds it too)"
    ))
    func launchToFirstScreenIsMeasured() throws {
        let timings = try LaunchBenchmarks.measure(executable: FlashcardsReviewKillTests.executable, runs: 1)
        #expect(Set(timings.keys) == Set(LaunchBenchmarks.Launch.allCases))
        #expect(timings.values.allSatisfy { $0 > .zero && $0 < .seconds(60) })
    }
}
