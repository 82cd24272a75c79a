import Foundation
import PrepTestSupport
import Testing
@testable import PrepCLI

/// `prep import` on Anki notes files, CSV and hashcards decks, as a learner runs it.
@Suite struct ImportDeckFilesTests {
    func harness(in directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("data/test.sqlite").path]
        return harness
    }

    private func keys(_ harness: CLIHarness) throws -> [String] {
        let listed = harness.run("flashcards", "list", "--json")
        let list = try JSONSerialization.jsonObject(with: Data(listed.out.utf8)) as? [String: Any]
        let cards = list?["cards"] as? [[String: Any]] ?? []
        return cards.compactMap { $0["key"] as? String }.sorted()
    }

    @Test func reimportingAnAnkiFileUpdatesCardsByGUID() throws {
        let directory = try TemporaryDirectory()
        let header = "#separator:tab\n#html:false\n#guid column:1\n#tags column:4\n"
        try directory.write(
            "decks/python.txt", header + "g1\tWhat is a GIL?\tA lock\tpython\ng2\tWhat is PEP 8?\tStyle\tpython\n")
        let harness = harness(in: directory)
        let first = harness.run("import", "--lang", "en", "decks/python.txt")
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("decks/python.txt: 2 cards: 2 added, 0 updated"))

        try directory.write(
            "decks/python.txt",
            header + "g2\tWhat is PEP 8?\tThe style guide\tpython\ng1\tWhat does the GIL do?\tA lock\tpython\n")
        let second = harness.run("import", "--lang", "en", "decks/python.txt")
        #expect(second.out.contains("decks/python.txt: 2 cards: 0 added, 2 updated"))
        #expect(try keys(harness).filter { $0.hasPrefix("decks/") } == ["decks/python/guid-g1", "decks/python/guid-g2"])
    }

    @Test func exportedDeckImportedAgainAddsNoCards() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.en.md", ImportCommandTests.deck)
        let harness = harness(in: directory)
        #expect(harness.run("import", "content").status == 0)
        let before = try keys(harness)
        #expect(before.count == 3)
        let export = harness.run("export", "--format", "anki", "--lang", "en", "-o", "anki.txt")
        #expect(export.status == 0, "\(export.err)")

        let again = harness.run("import", "anki.txt")
        #expect(again.status == 0, "\(again.err)")
        #expect(try keys(harness) == before)
    }

    /// The parse report of `paths`, as `prep import --dry-run --json` prints it.
    private func report(_ harness: CLIHarness, _ paths: String...) throws -> (status: Int32, json: [String: Any]) {
        let result = harness.run(["import", "--dry-run", "--json"] + paths)
        let json = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        return (result.status, try #require(json))
    }

    @Test func dryRunReportsBadRowsWithTheirLocation() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "decks/qa.csv", "Question,Answer\nWhat is TCP?,A transport\n\"never closed,x\nWhat is UDP?,Datagrams\n")
        let (status, json) = try report(harness(in: directory), "decks/qa.csv")
        #expect(status == 1)
        let article = (json["articles"] as? [[String: Any]])?.first
        #expect(article?["format"] as? String == "delimited")
        #expect(article?["cards"] as? Int == 2)
        let diagnostic = (json["diagnostics"] as? [[String: Any]])?.first
        #expect(diagnostic?["line"] as? Int == 3)
        #expect(diagnostic?["message"] as? String == "quoted field is never closed; the row is left out")
    }

    @Test func hashcardsDeckInAFolder() throws {
        let directory = try TemporaryDirectory()
        let deck = "---\nname = \"Net\"\n---\nQ: What is a port?\nA: A number.\n\nFrom 0 to 65535.\n---\nC: DNS uses port [53].\n"
        try directory.write("decks/net.md", deck)
        let (status, json) = try report(harness(in: directory), "decks")
        #expect(status == 0)
        let article = (json["articles"] as? [[String: Any]])?.first
        #expect(article?["format"] as? String == "hashcards")
        #expect(article?["title"] as? String == "Net")
        #expect(article?["cards"] as? Int == 2)
    }
}
