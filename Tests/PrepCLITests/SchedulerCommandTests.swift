import Foundation
import PrepScheduling
import PrepTestSupport
import Testing

@Suite struct SchedulerCommandTests {
    private func harness(in directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("prep.sqlite").path, "PREP_CONTENT": directory.path + "/no-content"]
        return harness
    }

    @Test func tooLittleDataIsRefusedSayingHowMuchIsNeeded() throws {
        let directory = try TemporaryDirectory()
        try directory.write("few.jsonl", """
            {"card_id": 1, "review_time": "2024-01-01T09:00:00Z", "rating": 3}
            {"card_id": 1, "review_time": "2024-01-03T09:00:00Z", "rating": 3}
            """)
        for command in ["evaluate", "optimize"] {
            let result = harness(in: directory).run("scheduler", command, "--reviews", "few.jsonl", "--lang", "en")
            #expect(result.status != 0)
            #expect(result.err.contains("at least 64 reviews made a day or more after the card's previous review"))
            #expect(result.err.contains("there are 1, so 63 more are needed."))
        }
        let chinese = harness(in: directory).run("scheduler", "evaluate", "--reviews", "few.jsonl")
        #expect(chinese.err.contains("至少 64 次") && chinese.err.contains("還需要 63 次"))
    }

    @Test func aBadLineIsNamedWithItsFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("bad.jsonl", "{\"card_id\": 1, \"review_time\": \"yesterday\", \"rating\": 3}\n")
        let result = harness(in: directory).run("scheduler", "optimize", "--reviews", "bad.jsonl", "--lang", "en")
        #expect(result.status != 0)
        #expect(result.err.contains("bad.jsonl:line 1: review_time"))
        let chinese = harness(in: directory).run("scheduler", "optimize", "--reviews", "bad.jsonl")
        #expect(chinese.err.contains("bad.jsonl：第 1 行：'review_time'"))
    }

    /// Without --apply nothing is written; with it the weights reach the export's scheduler section. (Seed 5's
    /// fit improves both log loss and RMSE; seed 3's raises the RMSE, and --apply rightly refuses it.)
    @Test func optimizeAppliesOnlyWhenAsked() throws {
        let directory = try TemporaryDirectory()
        let log = SyntheticLearner(cards: 120, days: 40, seed: 5).reviewLog()
        try directory.write("log.jsonl", ReviewLogFile.lines(log).joined(separator: "\n"))
        let harness = harness(in: directory)

        let dryRun = harness.run("scheduler", "optimize", "--reviews", "log.jsonl", "--json")
        #expect(dryRun.status == 0, "\(dryRun.err)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("prep.sqlite").path))
        let report = try JSONSerialization.jsonObject(with: Data(dryRun.out.utf8)) as! [String: Any]
        let fitted = report["parameters"] as! [Double]
        #expect(fitted.count == 21)
        for key in ["log_loss_before", "log_loss_after", "rmse_bins_before", "rmse_bins_after", "items", "seconds"] {
            #expect(report[key] != nil, "\(key) missing")
        }
        #expect((report["log_loss_after"] as! Double) < (report["log_loss_before"] as! Double))

        #expect(harness.run("scheduler", "optimize", "--reviews", "log.jsonl", "--apply").status == 0)
        let export = harness.run("export")
        let document = try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as! [String: Any]
        let scheduler = document["scheduler"] as! [String: Any]
        #expect(scheduler["parameters"] as! [Double] == fitted)

        let evaluate = harness.run("scheduler", "evaluate", "--reviews", "log.jsonl", "--json")
        let evaluation = try JSONSerialization.jsonObject(with: Data(evaluate.out.utf8)) as! [String: Any]
        #expect(evaluation["parameters"] as! [Double] == fitted)
        #expect(evaluation["log_loss"] as! Double == report["log_loss_after"] as! Double)
    }

    /// Fitting the same log again gives the weights already in use: no better, so --apply refuses without --force.
    @Test func applyRefusesWeightsThatAreNotBetter() throws {
        let directory = try TemporaryDirectory()
        let log = SyntheticLearner(cards: 120, days: 40, seed: 5).reviewLog()
        try directory.write("log.jsonl", ReviewLogFile.lines(log).joined(separator: "\n"))
        let harness = harness(in: directory)
        let first = harness.run("scheduler", "optimize", "--reviews", "log.jsonl", "--apply", "--lang", "en")
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("The fitted weights predict your reviews better"))
        let again = harness.run("scheduler", "optimize", "--reviews", "log.jsonl", "--apply", "--lang", "en")
        #expect(again.status == 1)
        #expect(again.out.contains("do not predict your reviews better"))
        #expect(again.err.contains("Not applied"))
        let json = harness.run("scheduler", "optimize", "--reviews", "log.jsonl", "--apply", "--json")
        let report = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [String: Any]
        #expect(report["verdict"] as? String == "worse" && report["applied"] as? Bool == false)
        let forced = harness.run("scheduler", "optimize", "--reviews", "log.jsonl", "--apply", "--force", "--lang", "zh-Hant")
        #expect(forced.status == 0)
        #expect(forced.out.contains("已依 --force 套用"))
    }

    @Test func simulateRecommendsTheLeastWorkPerCardRemembered() throws {
        let directory = try TemporaryDirectory()
        let questions = (1...12).map { "Q: Question \($0)?\nA: Answer \($0)\n" }.joined(separator: "\n")
        try directory.write("no-content/t/deck.en.md", "# Deck\n\n" + questions)
        let harness = harness(in: directory)
        let json = harness.run("scheduler", "simulate", "--retention", "0.8,0.9,0.95", "--days", "30", "--new-per-day", "5", "--json")
        let rows = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as! [[String: Any]]
        let perCard = rows.map { $0["reviews_per_card_remembered"] as! Double }
        let recommended = try #require(rows.firstIndex { $0["recommended"] as? Bool == true })
        #expect(perCard[recommended] == perCard.min())
        let text = harness.run("scheduler", "simulate", "--retention", "0.8,0.9,0.95", "--days", "30", "--new-per-day", "5", "--lang", "en")
        #expect(text.out.contains("Recommended desired retention: "), "\(text.out)")
        #expect(text.out.contains("the least work per card remembered"))
    }

    @Test func simulateComparesRetentions() throws {
        let directory = try TemporaryDirectory()
        let result = harness(in: directory).run("scheduler", "simulate", "--retention", "0.8,0.95", "--days", "30", "--new-per-day", "5", "--json")
        #expect(result.status == 0, "\(result.err)")
        let outcomes = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as! [[String: Any]]
        #expect(outcomes.map { $0["retention"] as! Double } == [0.8, 0.95])
        #expect((outcomes[0]["reviews_per_day"] as! Double) <= (outcomes[1]["reviews_per_day"] as! Double))
    }
}
