import Foundation
import Testing

/// One study day and one streak: a day with any review, from a quiz or a review session, counts the same in
/// the quiz summary, the review summary and `prep stats`.
@Suite struct StreakAgreementTests {
    @Test func quizReviewAndStatsCountTheSameDays() throws {
        let workspace = try ReviewDeckWorkspace()
        workspace.harness.environment["TZ"] = "UTC"
        // Day 1: a review session only.
        _ = try workspace.review(["", "4", "q"])
        workspace.harness.now += 86_400
        // Day 2: a quiz only; its summary counts yesterday's review day.
        // The quiz's seed is random, so the input answers whatever comes first: "1" picks or types, and if the
        // first question is a recall, the empty line reveals it and "3" grades it.
        let quiz = try workspace.run(["quiz"], input: ["1", "", "3", "q"])
        #expect(quiz.out.contains("Streak") && quiz.out.contains("2 days"), "\(quiz.out)")
        let stats = try workspace.run(["stats", "--json"], input: [])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any])
        #expect((report["streak"] as? [String: Any])?["current"] as? Int == 2)
        // Day 3: a review session; its summary says the same streak the other screens would.
        workspace.harness.now += 86_400
        let review = try workspace.review(["", "3", "q"])
        #expect(review.out.contains("Streak: 3 days."), "\(review.out)")
    }
}
