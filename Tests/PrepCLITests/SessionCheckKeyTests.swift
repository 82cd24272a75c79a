import Foundation
import PrepStore
import PrepTestSupport
import Testing
@testable import PrepCLI

@Suite struct SessionCheckKeyTests {
    @Test func pressingCDuringReviewRunsTheCardsCheckAndTheSessionGoesOn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/async/awaits.en.md", """
            # Awaits

            Claim: Three sequential awaits of 100 ms take 100 ms.
            id: sequential
            check: C05
            verdict: false — they take 300 ms; only gather overlaps them.
            """)
        var harness = CLIHarness()
        let database = directory.url.appendingPathComponent("prep.sqlite").path
        harness.environment = ["PREP_DB": database, "PREP_CONTENT": directory.url.appendingPathComponent("content").path]
        let result = try harness.run(["flashcards", "review", "--lang", "en"], input: "\nc\n3\n")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("C05 sequential-await-vs-gather"))
        #expect(result.out.contains("Reviewed 1 card"))
        let store = try Store.open(path: database)
        let runs = try store.checkRuns(checkName: "C05")
        #expect(runs.map(\.cardKey) == ["async/awaits/sequential"])
        #expect(try store.reviews(cardKey: "async/awaits/sequential").map(\.rating) == [3])
    }
}
