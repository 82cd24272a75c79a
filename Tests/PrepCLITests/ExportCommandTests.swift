import Foundation
import PrepScheduling
import Testing

@Suite(.serialized) struct ExportCommandTests {
    /// These tests pin the English wording; `ProgressScreenLanguageTests` reads the Chinese screens.
    static func englishWorkspace() throws -> StatsTestsWorkspace {
        let workspace = try StatsTestsWorkspace()
        workspace.harness.environment["PREP_LANG"] = "en"
        return workspace
    }

    static func blankingExportedAt(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.contains(#""exported_at" : "#) ? #"  "exported_at" : """# : String($0) }
            .joined(separator: "\n")
    }

    /// Export, restore into an empty database, export again: the same bytes apart from `exported_at`.
    @Test func exportRestoreExportIsIdentical() throws {
        let workspace = try Self.englishWorkspace()
        #expect(workspace.harness.run("stats").status == 0)
        try workspace.grade(StatsTestsWorkspace.keys[0], .good, daysAgo: 2)
        try workspace.grade(StatsTestsWorkspace.keys[0], .hard, daysAgo: 1)
        try workspace.grade(StatsTestsWorkspace.keys[1], .again, daysAgo: 0.5)
        let first = workspace.harness.run("export", "-o", "first.json")
        #expect(first.status == 0)
        #expect(first.out.contains(workspace.path("first.json")))

        workspace.useDatabase("second.sqlite")
        let restore = workspace.harness.run("restore", "first.json")
        #expect(restore.status == 0)
        #expect(restore.out.contains("3 reviews added, 0 already present, 2 cards updated"))
        let again = workspace.harness.run("restore", "first.json")
        #expect(again.out.contains("0 reviews added, 3 already present, 0 cards updated"))
        workspace.harness.now = workspace.harness.now.addingTimeInterval(3600)
        #expect(workspace.harness.run("export", "--output", "second.json").status == 0)

        let firstText = try String(contentsOfFile: workspace.path("first.json"), encoding: .utf8)
        let secondText = try String(contentsOfFile: workspace.path("second.json"), encoding: .utf8)
        #expect(firstText != secondText)
        #expect(Self.blankingExportedAt(firstText) == Self.blankingExportedAt(secondText))
        let stdout = workspace.harness.run("export").out
        #expect(Self.blankingExportedAt(stdout) == Self.blankingExportedAt(secondText))
    }

    /// Refused files name themselves and the reason, and leave the database file as it was.
    @Test func restoreRefusesBadFilesWithoutWriting() throws {
        let workspace = try Self.englishWorkspace()
        #expect(workspace.harness.run("stats").status == 0)
        try workspace.grade(StatsTestsWorkspace.keys[0], .good, daysAgo: 1)
        #expect(workspace.harness.run("export", "-o", "good.json").status == 0)
        let good = try String(contentsOfFile: workspace.path("good.json"), encoding: .utf8)
        let files = [
            ("other.json", #"{"format": "anki-collection", "version": 1}"#, "not a prep progress file"),
            ("newer.json", good.replacingOccurrences(of: #""version" : 2"#, with: #""version" : 9"#), "newer prep"),
            ("truncated.json", String(good.prefix(good.count / 2)), "not valid JSON"),
            ("incomplete.json", good.replacingOccurrences(of: #""mode" : "review","#, with: ""), "missing field 'reviews[0].mode'"),
            ("negative.json", good.replacingOccurrences(of: #""duration_ms" : 3000"#, with: #""duration_ms" : -1"#),
                "reviews[0].duration_ms: -1 ms is negative"),
            ("future.json", good.replacingOccurrences(of: #"("reviewed_at" : ")[^"]*"#, with: "$19999-12-31T23:59:59.000Z", options: .regularExpression),
                "reviews[0].reviewed_at: 9999-12-31T23:59:59.000Z is after"),
        ]
        let databasePath = workspace.harness.environment["PREP_DB"]!
        let before = try Data(contentsOf: URL(fileURLWithPath: databasePath))
        for (name, text, reason) in files {
            try text.write(toFile: workspace.path(name), atomically: true, encoding: .utf8)
            let result = workspace.harness.run("restore", name)
            #expect(result.status == 1, "\(name)")
            #expect(result.err.contains("cannot restore \(name)"), "\(name)")
            #expect(result.err.contains(reason), "\(name): \(result.err)")
            #expect(result.err.contains("the database was not changed"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: databasePath)) == before, "\(name)")
        }
        #expect(workspace.harness.run("restore", "missing.json").status == 1)
    }

    @Test func ankiExportUsesTheCardKeyAsGUID() throws {
        let workspace = try StatsTestsWorkspace()
        let result = workspace.harness.run("export", "--format", "anki", "--lang", "en")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(6)) == [
            "#separator:tab", "#html:false", "#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:6",
        ])
        #expect(lines.contains("web/basics/wsgi\tBasic\tprep::web\tWhat does WSGI stand for?\tWeb Server Gateway Interface\tweb"))
        let chinese = workspace.harness.run("export", "--format", "anki")
        #expect(chinese.out.contains("web/basics/asgi\t基本型\tprep::web\tASGI 多了什麼？\t非同步呼叫與 WebSocket\tweb"))
        let mixed = workspace.harness.run("export", "--format", "anki", "--anki-lang", "en")
        #expect(mixed.out.contains("web/basics/asgi\tBasic\tprep::web\tASGI 多了什麼？"))
        #expect(workspace.harness.run("export", "--format", "anki", "--anki-lang", "de").status == 64)
    }

    @Test func apkgExportWritesAStoredZipWithTheCollection() throws {
        let workspace = try Self.englishWorkspace()
        #expect(workspace.harness.run("stats").status == 0)
        try workspace.grade(StatsTestsWorkspace.keys[0], .good, daysAgo: 2)
        let result = workspace.harness.run("export", "--format", "apkg", "-o", "deck.apkg")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("2 cards, 1 review to"))
        let data = try Data(contentsOf: URL(fileURLWithPath: workspace.path("deck.apkg")))
        #expect(data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(data.range(of: Data("collection.anki2".utf8)) != nil)
        #expect(workspace.harness.run("export", "--format", "apkg").status == 64)
        #expect(workspace.harness.run("export", "--topic", "web").status == 64)
        #expect(workspace.harness.run("export", "--format", "apkg", "--topic", "web", "-o", "web.apkg").status == 0)
        let missing = workspace.harness.run("export", "--format", "apkg", "--topic", "nosuch", "-o", "x.apkg")
        #expect(missing.status == 1 && missing.err.contains("No cards in topic 'nosuch'. Topics: web"))
    }

    @Test func rejectsAnUnknownFormat() throws {
        let workspace = try Self.englishWorkspace()
        #expect(workspace.harness.run("export", "--format", "csv").status == 64)
    }
}
