import Foundation
import PrepScheduling
import Testing

@Suite(.serialized) struct StatsCommandTests {
    @Test func jsonHasTheDocumentedShape() throws {
        let workspace = try StatsTestsWorkspace()
        #expect(workspace.harness.run("stats").status == 0)
        try workspace.grade(StatsTestsWorkspace.keys[0], .easy, daysAgo: 3)
        try workspace.grade(StatsTestsWorkspace.keys[0], .good, daysAgo: 0)
        let result = workspace.harness.run("stats", "--json")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["generated_at", "forecast", "reviews", "streak", "readiness", "due_now"])
        let forecast = try #require(json["forecast"] as? [String: Any])
        #expect((forecast["days"] as? [[String: Any]])?.count == 30)
        #expect(forecast["overdue"] as? Int == 0)
        let reviews = try #require(json["reviews"] as? [String: Any])
        #expect(reviews["total"] as? Int == 2)
        #expect(reviews["review_state_reviews"] as? Int == 1)
        #expect(reviews["retention"] as? Double == 1)
        #expect((reviews["days"] as? [[String: Any]])?.last?["reviews"] as? Int == 1)
        let streak = try #require(json["streak"] as? [String: Any])
        #expect(streak["current"] as? Int == 1)
        #expect(streak["longest"] as? Int == 1)
        #expect((streak["days"] as? [[String: Any]])?.count == 2)
        let readiness = try #require(json["readiness"] as? [[String: Any]])
        #expect(readiness.count == 1)
        #expect(readiness[0]["topic"] as? String == "web")
        #expect(readiness[0]["new"] as? Int == 1)
        #expect(readiness[0]["learning"] as? Int == 0)
        #expect((readiness[0]["young"] as? Int ?? 0) + (readiness[0]["mature"] as? Int ?? 0) == 1)
        #expect(readiness[0]["total"] as? Int == 2)
        #expect((readiness[0]["average_retrievability"] as? Double).map { $0 > 0.9 && $0 <= 1 } == true)
    }

    @Test func drawsPlainChartsWhenNotATerminal() throws {
        let workspace = try StatsTestsWorkspace()
        #expect(workspace.harness.run("stats").status == 0)
        try workspace.grade(StatsTestsWorkspace.keys[1], .good, daysAgo: 1)
        let result = workspace.harness.run("stats", "--lang", "en")
        #expect(result.status == 0)
        for heading in ["Due forecast, next 30 days", "Reviews, last 30 days", "Study calendar", "Readiness by topic"] {
            #expect(result.out.contains(heading))
        }
        #expect(result.out.contains("streak 1 day"))
        #expect(result.out.contains("web "))
        #expect(!result.out.contains("\u{1B}["))
    }

    @Test func topicFilter() throws {
        let workspace = try StatsTestsWorkspace()
        let known = workspace.harness.run("stats", "--json", "--topic", "web")
        #expect(known.status == 0)
        #expect(known.out.contains(#""topic" : "web""#))
        let unknown = workspace.harness.run("stats", "--topic", "cooking")
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("cooking"))
    }
}
