import Foundation
import Glibc
import PrepStore
import PrepTestSupport
import Testing

@testable import PrepCLI

/// `prep quiz` driven through piped input against a tiny deck written by the test.
@Suite struct QuizCommandTests {
    /// A claim and three short Q&A. The quiz spreads new cards by its seed; with `--seed 37` it happens to ask them
    /// in article order (the claim, keyed false, as true or false, then three typed), which keeps the scripted answers readable.
    static let deck = """
        # Tiny deck

        ## Basics

        Claim: WSGI is defined in PEP 3333, published in 2003.
        id: claim-wsgi-2003
        check: C06
        verdict: false — PEP 3333 is the 2010 revision; 2003 is PEP 333.

        Q: Which PEP defines WSGI?
        A: PEP 3333
        id: wsgi-pep

        Q: Which year was ASGI released?
        A: 2016
        id: asgi-year

        Q: What does ASGI stand for?
        A: Asynchronous Server Gateway Interface
        id: asgi-name

        """

    struct Workspace {
        let scratch: TemporaryDirectory
        var directory: URL { scratch.url }
        var database: String { directory.appendingPathComponent("prep.sqlite").path }

        init() throws {
            scratch = try TemporaryDirectory()
            try scratch.write("content/basics/tiny.en.md", QuizCommandTests.deck)
        }

        /// Runs `prep quiz` with `input` as its piped stdin.
        func quiz(_ input: String, _ arguments: String...) throws -> CLIHarness.Result {
            var harness = CLIHarness()
            harness.environment = [
                "PREP_DB": database, "PREP_CONTENT": directory.appendingPathComponent("content").path, "TZ": "UTC",
            ]
            return try harness.run(["quiz", "--seed", "37"] + arguments, input: input)
        }

        func store() throws -> Store { try Store.open(path: database) }
    }

    @Test func aScriptedQuizRecordsOneReviewPerAnswer() throws {
        let workspace = try Workspace()
        // "maybe" is no answer to a true/false question and is asked again; an empty line gives up on the last
        // (typed) question, as "?" would.
        let result = try workspace.quiz("maybe\nf\nPEP 3333\n1999\n\n", "--lang", "en")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.components(separatedBy: "Not an answer here").count == 2)
        #expect(result.out.contains("[1/4] true or false"))
        #expect(result.out.contains("Why: PEP 3333 is the 2010 revision"))
        #expect(result.out.contains("Run it: prep check C06"))
        #expect(result.out.contains("Score         2/4 correct (50%)"))
        #expect(!result.out.contains("\u{1B}["), "piped output has no escape codes")

        let store = try workspace.store()
        let reviews = try store.allReviews()
        #expect(reviews.count == 4)
        #expect(Set(reviews.map(\.mode)) == ["quiz"])
        #expect(Set(reviews.map(\.cardKey)).count == 4)
        // A right answer is Good (a new card is never Easy on first sight), a wrong one or giving up Again.
        #expect(reviews.map(\.rating).sorted() == [1, 1, 3, 3])
        let session = try #require(try store.quizSessions().first)
        #expect((session.questionCount, session.answeredCount, session.correctCount) == (4, 4, 2))
        #expect(session.finishedAt != nil)
    }

    @Test func quittingMidwayRecordsOnlyTheAnsweredQuestions() throws {
        let workspace = try Workspace()
        // On the default zh-Hant screen the English claim is left out (a claim is asked only in prep's own
        // words, in the screen's language), so the typed questions come first.
        let result = try workspace.quiz("PEP 3333\n2016\nq\nnever read\n")
        #expect(result.status == 0, "\(result.err)")
        let store = try workspace.store()
        #expect(try store.allReviews().count == 2)
        let session = try #require(try store.quizSessions().first)
        #expect((session.answeredCount, session.correctCount) == (2, 2))
        // Summary in the chosen language, zh-Hant by default (the deck is English only, so cards fall back).
        #expect(result.out.contains("得分"))
        #expect(result.out.contains("2/2 答對"))
    }

    @Test func endOfInputEndsCleanlyWithTheSummary() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("t\n", "--lang", "en")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Score         0/1 correct (0%)"))
        #expect(try workspace.store().allReviews().count == 1)

        let nothing = try workspace.quiz("", "--lang", "en")
        #expect(nothing.status == 0)
        #expect(nothing.out.contains("[1/3]"), "the three unanswered cards are still new")
        #expect(!nothing.out.contains("Score"), "no answer, no score: 0/0 would read as a failed quiz")
    }

    @Test func aDatabaseWithoutCardsSaysWhereCardsComeFrom() throws {
        let scratch = try TemporaryDirectory()
        var harness = CLIHarness()
        harness.environment = [
            "PREP_DB": scratch.url.appendingPathComponent("prep.sqlite").path,
            "PREP_CONTENT": scratch.url.appendingPathComponent("nothing-here").path, "TZ": "UTC",
        ]
        for (arguments, words) in [(["quiz", "--lang", "en"], "No cards yet"), (["quiz"], "還沒有任何卡片"),
                                   (["flashcards", "review", "--lang", "en"], "No cards yet")] {
            let result = try harness.run(arguments, input: "")
            #expect(result.status == 0, "\(result.err)")
            #expect(result.out.contains(words) && result.out.contains("prep import"), "\(arguments): \(result.out)")
            #expect(!result.out.contains("Nothing to quiz right now") && !result.out.contains("Nothing to review"))
        }
    }

    @Test func whenNothingIsLeftItSaysWhenTheNextCardIsDue() throws {
        let workspace = try Workspace()
        _ = try workspace.quiz("f\nPEP 3333\n2016\nAsynchronous Server Gateway Interface\n", "--lang", "en")
        // Every right answer on a new card is Good, so all four come back at their 10-minute learning step, soon
        // enough to be asked again now. Due together, they come by key (asgi-name, asgi-year, claim-wsgi-2003,
        // wsgi-pep), the claim pulled forward so two typed questions do not follow each other.
        let learning = try workspace.quiz("Asynchronous Server Gateway Interface\nf\n2016\nPEP 3333\n", "--lang", "en")
        #expect(learning.out.contains("Score         4/4 correct (100%)"))
        let again = try workspace.quiz("", "--lang", "en")
        #expect(again.status == 0)
        #expect(again.out.contains("Nothing to quiz right now"))
        #expect(again.out.contains("Next card due: "))
        #expect(try workspace.store().allReviews().count == 8)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let workspace = try Workspace()
        #expect(try workspace.quiz("", "--interview", "2026-13-01").status == 64)
        #expect(try workspace.quiz("", "--interview", "2020-01-01", "--lang", "en").err.contains("is in the past"))
        #expect(try workspace.quiz("", "--lang", "fr").status == 64)
        #expect(try workspace.quiz("", "--count", "0").status == 64)
        let topic = try workspace.quiz("", "--topic", "nope")
        #expect(topic.status == 1)
        #expect(topic.err.contains("現有主題：basics"))
        #expect(try workspace.quiz("", "--topic", "nope", "--lang", "en").err.contains("Topics: basics"))
    }

    @Test func anInterviewSummaryGivesTheExpectedRecall() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("f\nPEP 3333\n", "--lang", "en", "--interview", "2026-09-23")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Interview     on 2026-09-23 you would recall about"))
        #expect(result.out.contains("of 4 cards"))
        // No review lands after the interview day's start (the cap on long intervals is tested in QuizSessionTests).
        let interview = try #require(ISO8601DateFormatter().date(from: "2026-09-23T00:00:00Z"))
        let states = try workspace.store().states()
        #expect(states.count == 2)
        #expect(states.allSatisfy { $0.due <= interview })
    }
}
