import Foundation
import Glibc
import PrepStore
import PrepTestSupport
import Testing

/// A temporary content folder holding one tiny deck, and a database beside it.
final class ReviewDeckWorkspace {
    let scratch: TemporaryDirectory
    var directory: URL { scratch.url }
    var harness = CLIHarness()

    /// One table row of three cells (siblings), then four Q&A cards.
    static let deck = """
        # Servers

        ## Basics

        | Server | Model | Workers | Protocol |
        |---|---|---|---|
        | gunicorn {#gunicorn} | sync | processes | WSGI |

        Q: Which PEP defines WSGI?
        A: PEP 3333
        id: wsgi-pep

        Q: What does ASGI stand for?
        A: Asynchronous Server Gateway Interface
        id: asgi-name

        Q: Which server runs ASGI apps?
        A: uvicorn
        id: asgi-server

        Q: Which server runs WSGI apps?
        A: gunicorn
        id: wsgi-server

        """

    static let cellKeys = ["Model", "Workers", "Protocol"]

    init() throws {
        scratch = try TemporaryDirectory()
        try scratch.write("content/web/servers.en.md", Self.deck)
        harness.environment = ["PREP_DB": databasePath, "PREP_CONTENT": contentPath, "PREP_LANG": "en"]
        harness.workingDirectory = directory.path
        // These tests were written when siblings were always buried; tests of Anki's default turn it off.
        for setting in ["bury_new_siblings", "bury_review_siblings"] {
            _ = try run(["config", setting, "on"], input: [])
        }
    }

    var databasePath: String { directory.appendingPathComponent("prep.sqlite").path }
    var contentPath: String { directory.appendingPathComponent("content").path }

    /// Runs `prep ARGUMENTS` with `lines` as its piped input, ending in end of input.
    func run(_ arguments: [String], input lines: [String]) throws -> CLIHarness.Result {
        try harness.run(arguments, input: lines.map { $0 + "\n" }.joined())
    }

    func review(_ lines: [String], _ options: String...) throws -> CLIHarness.Result {
        try run(["flashcards", "review"] + options, input: lines)
    }

    func store() throws -> Store { try Store.open(path: databasePath) }

    /// The key of the card whose key ends in `suffix`.
    func key(_ suffix: String) throws -> String {
        try #require(try store().cardKeys().first { $0.hasSuffix(suffix) })
    }

    /// Ratings in the order they were given: the harness's clock stands still, so times cannot tell.
    func ratings() throws -> [Int] {
        try store().database.rows("SELECT rating FROM review_log ORDER BY rowid", []) { try $0.column(0) }
    }
}

@Suite struct FlashcardsReviewTests {
    @Test func gradesAreCommittedWithTheirIntervalsShown() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(["", "3", "", "4", "q"])
        #expect(result.status == 0)
        #expect(result.out.contains("Q: What is the “Model” of “gunicorn”?"))
        #expect(result.out.contains("A: sync"))
        #expect(result.out.contains("1 Again 1m   2 Hard 5.5m   3 Good 10m   4 Easy"))
        #expect(result.out.contains("Reviewed 2 cards (2 new) · again 0%"))
        #expect(result.out.contains("Streak: 1 day."))
        #expect(!result.out.contains("\u{1B}"), "piped output has no escape codes")
        #expect(try workspace.ratings() == [3, 4])
        #expect(try workspace.store().allReviews().allSatisfy { $0.mode == "review" })
        #expect(try workspace.store().state(for: workspace.key("wsgi-pep"))?.reps == 1)
    }

    @Test func siblingsWaitUntilTomorrowOnceOneIsReviewed() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(Array(repeating: ["", "4"], count: 8).flatMap { $0 })
        #expect(result.status == 0)
        #expect(result.out.contains("Reviewed 5 cards (5 new)"))
        #expect(!result.out.contains("Q: What is the “Workers” of “gunicorn”?"))
        #expect(try workspace.store().state(for: workspace.key("c3")) == nil)
        #expect(try workspace.store().state(for: workspace.key("c4")) == nil)

        let again = try workspace.review(["", "4"])
        #expect(again.out.contains("Nothing to review right now."))
        #expect(try workspace.ratings().count == 5)

        workspace.harness.now += 86400
        let nextDay = try workspace.review(["", "3", "q"])
        #expect(nextDay.out.contains("Q: What is the “Workers” of “gunicorn”?"))
    }

    /// Anki's default: siblings are not buried, so every cell of the row comes the same day.
    @Test func siblingsComeTheSameDayWithBuryingOff() throws {
        let workspace = try ReviewDeckWorkspace()
        #expect(try workspace.run(["config", "--unset", "bury_new_siblings"], input: []).status == 0)
        let result = try workspace.review(Array(repeating: ["", "4"], count: 8).flatMap { $0 })
        #expect(result.out.contains("Reviewed 7 cards (7 new)"), "\(result.out)")
        #expect(try workspace.store().state(for: workspace.key("c3")) != nil)
    }

    @Test func undoRemovesTheLogRowAndRestoresTheCard() throws {
        let workspace = try ReviewDeckWorkspace()
        let undone = try workspace.review(["", "3", "u", "q"])
        #expect(undone.out.contains("Undid the last grade."))
        #expect(undone.out.components(separatedBy: "Q: What is the “Model” of “gunicorn”?").count == 3, "the card is shown again")
        #expect(try workspace.store().allReviews().isEmpty)
        #expect(try workspace.store().states().isEmpty)

        let regraded = try workspace.review(["", "3", "", "3", "u", "", "1", "q"])
        #expect(try workspace.ratings() == [3, 1])
        #expect(regraded.out.contains("Reviewed 2 cards (2 new) · again 50%"))
        let nothing = try workspace.review(["u", "q"])
        #expect(nothing.out.contains("Nothing to undo yet."), "undo reaches only this session's grades")
    }

    @Test func suspendKeepsTheCardOutOfLaterSessions() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(["s", "q"])
        #expect(result.out.contains("Suspended \"What is the “Model” of “gunicorn”?\". u takes it back; later: prep flashcards unsuspend"))
        let key = try workspace.key("c2")
        #expect(try workspace.store().state(for: key)?.suspended == true)
        #expect(try workspace.store().allReviews().isEmpty)
        // No grade claimed the row, so the next cell may come.
        let next = try workspace.review(["q"])
        #expect(next.out.contains("Q: What is the “Workers” of “gunicorn”?"))
        #expect(try workspace.run(["flashcards", "list"], input: []).out.contains("suspended"))
    }

    @Test func undoTakesBackASuspension() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(["s", "u", "", "3", "q"])
        #expect(result.out.contains("Unsuspended."))
        #expect(try workspace.store().state(for: workspace.key("c2"))?.suspended == false)
        #expect(try workspace.ratings() == [3])
    }

    @Test func quittingOrEndOfInputEndsCleanlyWithASummary() throws {
        let workspace = try ReviewDeckWorkspace()
        let quit = try workspace.review(["", "2", "", "q"])
        #expect(quit.status == 0)
        #expect(quit.out.contains("Reviewed 1 card (1 new) · again 0%"))
        #expect(quit.out.contains("Due by tomorrow: 1 card."))
        #expect(try workspace.ratings() == [2])

        let endOfInput = try workspace.review(["", "1", ""])
        #expect(endOfInput.status == 0)
        #expect(endOfInput.out.contains("Reviewed 1 card (1 new) · again 100%"))
        #expect(try workspace.ratings() == [2, 1])
    }

    @Test func sourceKeyShowsFileAndLine() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(["e", "q"])
        #expect(result.out.contains("Source: content/web/servers.en.md:7"))
    }

    @Test func gradesNeedTheAnswerShownFirstAndUnknownKeysAreExplained() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(["3", "x", "q"])
        #expect(try workspace.ratings().isEmpty)
        #expect(result.out.contains("Show the answer first (an empty line), then grade it."))
        #expect(result.out.contains("Unknown key 'x'."))
    }

    @Test func dailyNewCardLimitCountsWhatWasStudiedToday() throws {
        let workspace = try ReviewDeckWorkspace()
        try workspace.store().setSetting("new_cards_per_day", to: 2)
        let first = try workspace.review(["", "4", "", "4", "", "4"])
        #expect(first.out.contains("Reviewed 2 cards"))
        let second = try workspace.review(["", "4"])
        #expect(second.out.contains("Nothing to review right now."))
        let extra = try workspace.review(["", "4", "", "4"], "--new", "1")
        #expect(extra.out.contains("Reviewed 1 card (1 new)"))
    }

    @Test func limitStopsTheSession() throws {
        let workspace = try ReviewDeckWorkspace()
        let result = try workspace.review(["", "4", "", "4"], "--limit", "1")
        #expect(result.out.contains("Reviewed 1 card"))
        #expect(try workspace.ratings() == [4])
    }

    @Test func cramLeavesTheScheduleAlone() throws {
        let workspace = try ReviewDeckWorkspace()
        _ = try workspace.review(["", "4", "q"])
        let states = try workspace.store().states()
        let result = try workspace.review(["", "1", "", "1", "q"], "--cram")
        #expect(result.out.contains("Reviewed 2 cards"))
        #expect(result.out.contains("Cram session: schedules unchanged."))
        #expect(!result.out.contains("1 Again 1m"), "cram shows no intervals")
        #expect(try workspace.store().states() == states)
        #expect(try workspace.ratings() == [4])
    }

    @Test func badOptionsAreUsageErrors() throws {
        let workspace = try ReviewDeckWorkspace()
        #expect(try workspace.review([], "--lang", "fr").status == 64)
        #expect(try workspace.review([], "--limit", "0").status == 64)
    }

    /// A misspelt topic is not "nothing due today": review and list refuse it as quiz does, naming the topics.
    @Test func anUnknownTopicIsRefusedWithTheTopicsThereAre() throws {
        let workspace = try ReviewDeckWorkspace()
        for arguments in [["flashcards", "review", "--topic", "wbe"], ["flashcards", "list", "--topic", "wbe"]] {
            let result = try workspace.run(arguments, input: [])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.err.contains("'wbe'") && result.err.contains("web"), "\(arguments): \(result.err)")
        }
        #expect(try workspace.review([], "--topic", "web").status == 0)
    }
}
