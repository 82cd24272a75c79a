import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTestSupport

/// A quiz session on a deck written into a temporary content folder, for driving the quiz UI directly.
enum QuizSessionFixture {
    /// Writes `deck` at `content/<path>`, imports it and starts a quiz of `count` English questions.
    static func start(deck: String, path: String, count: Int, in directory: TemporaryDirectory) throws -> (QuizSession, Store, Date)? {
        try directory.write("content/\(path)", deck)
        var harness = CLIHarness()
        harness.environment = [
            "PREP_DB": directory.url.appendingPathComponent("p.sqlite").path,
            "PREP_CONTENT": directory.url.appendingPathComponent("content").path,
        ]
        _ = harness.run("flashcards", "list")
        let store = try Store.open(path: directory.url.appendingPathComponent("p.sqlite").path)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard case .session(let session) = try QuizSetup(count: count, language: .en, seed: 1)
            .start(store: store, scheduler: Scheduler(), calendar: calendar, now: harness.now, sessionID: "s")
        else { return nil }
        return (session, store, harness.now)
    }
}
