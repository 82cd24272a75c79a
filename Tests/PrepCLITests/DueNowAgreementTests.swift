import Foundation
import PrepStore
import Testing

/// `flashcards list --due`, review, the quiz and `stats` give one count of what is due now, on one database
/// at one instant, and each says what is held back and why.
@Suite struct DueNowAgreementTests {
    /// Seven cards in review (three cells of one table row and four Q&A), all due a month later, with a
    /// review allowance of 3 and one Q&A buried by hand.
    static func workspace(burySiblings: Bool = true) throws -> ReviewDeckWorkspace {
        let workspace = try ReviewDeckWorkspace()
        for setting in ["bury_new_siblings", "bury_review_siblings"] {
            #expect(try workspace.run(["config", setting, burySiblings ? "on" : "off"], input: []).status == 0)
        }
        // With burying on, one cell of the row a day: the other cells wait for the next study day.
        for _ in 0..<3 {
            _ = try workspace.review(Array(repeating: ["", "4"], count: 6).flatMap { $0 } + ["q"])
            workspace.harness.now += 86_400
        }
        workspace.harness.now += 60 * 86_400
        #expect(try workspace.run(["config", "reviews_per_day", "3"], input: []).status == 0)
        #expect(try workspace.run(["flashcards", "bury", "wsgi-server"], input: []).status == 0)
        return workspace
    }

    static let expected = "Due now: 3 cards. Held back: 2 buried siblings, 1 over today's review limit, 1 buried by hand."

    @Test func everyScreenGivesTheSameCountAndReasons() throws {
        let workspace = try Self.workspace()
        #expect(try workspace.store().states().filter { $0.reps > 0 }.count == 7)

        let list = try workspace.run(["flashcards", "list", "--due"], input: [])
        #expect(list.out.contains(Self.expected), "\(list.out)")
        let json = try workspace.run(["flashcards", "list", "--due", "--json"], input: [])
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let dueNow = try #require(listed["due_now"] as? [String: Any])
        #expect((listed["cards"] as? [Any])?.count == 3)
        #expect((dueNow["keys"] as? [String])?.count == 3)
        #expect(dueNow["buried_siblings"] as? Int == 2 && dueNow["over_review_limit"] as? Int == 1 && dueNow["buried"] as? Int == 1)

        let stats = try workspace.run(["stats", "--json"], input: [])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any])
        #expect((report["due_now"] as? [String: Any])?["keys"] as? [String] == dueNow["keys"] as? [String])
        #expect(try workspace.run(["stats"], input: []).out.contains(Self.expected))

        let quiz = try workspace.run(["quiz"], input: ["q"])
        #expect(quiz.out.contains(Self.expected))

        // Review says it and then shows exactly those three cards.
        let review = try workspace.review(Array(repeating: ["", "3"], count: 4).flatMap { $0 })
        #expect(review.out.contains(Self.expected))
        #expect(review.out.contains("Reviewed 3 cards (0 new)"), "\(review.out)")

        // With today's allowance spent, the quiz has nothing to ask and says what waits.
        let spent = try workspace.run(["quiz", "--lang", "en", "--new", "0"], input: ["q"])
        #expect(spent.out.contains("Due now: 0 cards. Held back:"), "\(spent.out)")
        let chinese = try workspace.run(["flashcards", "list", "--due", "--lang", "zh-Hant"], input: [])
        #expect(chinese.out.contains("目前到期：0 張卡片。暫緩："), "\(chinese.out)")
    }

    @Test func aFirstSessionOfNewCardsHasNoDueLine() throws {
        let workspace = try ReviewDeckWorkspace()
        let quiz = try workspace.run(["quiz", "--lang", "en"], input: ["q"])
        #expect(!quiz.out.contains("Due now"), "\(quiz.out)")
        #expect(quiz.out.contains("1/"), "\(quiz.out)")
    }

    /// Anki's defaults bury no siblings: the three cells of the row compete for the allowance like any card.
    @Test func withAnkisDefaultsSiblingsAreNotHeldBack() throws {
        let workspace = try Self.workspace(burySiblings: false)
        let expected = "Due now: 3 cards. Held back: 3 over today's review limit, 1 buried by hand."
        #expect(try workspace.run(["flashcards", "list", "--due"], input: []).out.contains(expected))
        #expect(try workspace.run(["stats"], input: []).out.contains(expected))
        #expect(try workspace.run(["quiz"], input: ["q"]).out.contains(expected))
        let review = try workspace.review(Array(repeating: ["", "3"], count: 4).flatMap { $0 })
        #expect(review.out.contains(expected))
        #expect(review.out.contains("Reviewed 3 cards (0 new)"), "\(review.out)")
    }
}
