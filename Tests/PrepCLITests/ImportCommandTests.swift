import Foundation
import PrepTestSupport
import Testing
@testable import PrepCLI
import PrepContent

@Suite struct ImportCommandTests {
    static let deck = """
        # Servers

        ## Basics

        Q: How many requests does a sync worker serve at once?
        A: One
        id: one-at-a-time

        | Trait | WSGI | ASGI |
        |---|---|---|
        | WebSocket {#websocket} | ❌ | ✅ |
        id: traits
        """

    func harness(in directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("data/test.sqlite").path]
        return harness
    }

    @Test func aFileThatAsksButYieldsNoCardIsNeverASilentZero() throws {
        let directory = try TemporaryDirectory()
        try directory.write("notes/open.md", "# Things to think about\n\n- Why is the sky blue?\n- Why is grass green?\n")
        let harness = harness(in: directory)
        for arguments in [["import", "--lang", "en", "notes/open.md"], ["import", "--dry-run", "--lang", "en", "notes/open.md"]] {
            let result = harness.run(arguments)
            #expect(result.status == 1)
            #expect(result.err.contains("notes/open.md:3:1: warning: this line asks a question, but no question with an answer was found"))
        }
    }

    @Test func theTopicOptionPutsEveryFilesCardsInOneTopic() throws {
        let directory = try TemporaryDirectory()
        try directory.write("downloads/python.md", "Q: What is a list?\nA: A sequence.\n")
        let harness = harness(in: directory)
        let dryRun = harness.run("import", "--dry-run", "--json", "--topic", "Python Basics", "downloads/python.md")
        #expect(dryRun.out.contains("\"topic\" : \"python-basics\""))
        #expect(harness.run("import", "--lang", "en", "--topic", "Python Basics", "downloads/python.md").status == 0)
        #expect(harness.run("flashcards", "list", "--json").out.contains("\"key\" : \"python-basics/python/"))
        let empty = harness.run("import", "--lang", "en", "--topic", " ", "downloads/python.md")
        #expect(empty.status == 64 && empty.err.contains("'--topic' needs a name"))
    }

    /// `prep import "$UNSET"` must not import the working folder whole.
    @Test func anEmptyPathIsAUsageErrorNotTheWorkingFolder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("notes/python.md", "Q: What is a list?\nA: A sequence.\n")
        let harness = harness(in: directory)
        let english = harness.run("import", "--lang", "en", "")
        #expect(english.status == 64 && english.err.contains("an empty path names no file"), "\(english.err)")
        let chinese = harness.run("import", "--lang", "zh-Hant", "notes", " ")
        #expect(chinese.status == 64 && chinese.err.contains("空白的路徑"), "\(chinese.err)")
        #expect(!harness.run("flashcards", "list", "--json").out.contains("python"))
    }

    @Test func importThenReimportDoesNoWork() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.en.md", Self.deck)
        let harness = harness(in: directory)
        let first = harness.run("import", "--lang", "en", "content")
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.contains("content/servers/basics.en.md: 3 cards: 3 added"))
        let second = harness.run("import", "--lang", "en", "content")
        #expect(second.out == "content/servers/basics.en.md: unchanged\n0 items imported from 1 file, 0 left out\n")
        let listed = harness.run("flashcards", "list", "--json")
        #expect(listed.out.contains("\"key\" : \"servers/basics/one-at-a-time\""))
        #expect(listed.out.contains("\"key\" : \"servers/basics/traits/websocket/c3\""))
    }

    @Test func dryRunWritesNothingAndPrintsTheReport() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.en.md", Self.deck)
        let result = harness(in: directory).run("import", "--dry-run", "--json", "content")
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
        let articles = report?["articles"] as? [[String: Any]]
        #expect(articles?.first?["cards"] as? Int == 3)
        #expect((articles?.first?["tables"] as? [[String: Any]])?.first?["rows"] as? Int == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("data/test.sqlite").path))
    }

    @Test func badInputIsReportedWithItsLocationAndExitsNonZero() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/bad/table.en.md", "# T\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n")
        try directory.write("content/bad/latin1.en.md", Data([0x51, 0x3A, 0x20, 0xE9, 0x0A]))
        try directory.write("content/bad/noanswer.en.md", "# T\n\nQ: Where is the answer?\n")
        let result = harness(in: directory).run("import", "--lang", "en", "content", "missing.md")
        #expect(result.status == 1)
        #expect(result.err.contains("missing.md:1:1: error: no such file or folder"))
        #expect(result.err.contains("content/bad/table.en.md:5:"))
        #expect(result.err.contains("table row has 3 cells, header has 2"))
        #expect(result.err.contains("content/bad/latin1.en.md:1:4: error:"))
        #expect(result.err.contains("content/bad/noanswer.en.md:3:"))
    }

    @Test func aForeignDatabaseIsRefusedAndLeftUntouched() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.en.md", Self.deck)
        let bytes = Data("these are my notes, not a database\n".utf8)
        let database = try directory.write("data/test.sqlite", bytes)
        let result = harness(in: directory).run("flashcards", "list")
        #expect(result.status == 1)
        #expect(result.err.contains(database.path))
        #expect(try Data(contentsOf: database) == bytes)
    }

    @Test func missingArgumentIsAUsageError() {
        let result = CLIHarness().run("import", "--lang", "en")
        #expect(result.status == 64)
        #expect(result.err.contains("Usage: prep import"))
    }

    @Test func oneBadItemLeavesOutOnlyItselfAndExitsOne() throws {
        let directory = try TemporaryDirectory()
        let collection = "# Notes\n\n## 1. What is WSGI?\n\nA calling convention.\n\n## 2. What is ASGI?\n\nIts async successor.\n\n## Extra\n\nQ: Where is the answer?\n"
        try directory.write("notes/README.md", collection)
        try directory.write("notes/deck/more.markdown", "**Why async?**\n\nMany waits at once.\n")
        try directory.write("notes/picture.png", "not text")
        let harness = harness(in: directory)
        let result = harness.run("import", "--lang", "en", "notes")
        #expect(result.status == 1)
        #expect(result.err.contains("notes/README.md:13:1: error: question has no answer"))
        #expect(result.err.contains("notes/picture.png: skipped"))
        #expect(result.out.contains("notes/README.md: 2 cards: 2 added"))
        #expect(result.out.contains("; 1 left out"))
        #expect(result.out.hasSuffix("3 items imported from 2 files, 1 left out\n"))
        let listed = harness.run("flashcards", "list", "--json")
        #expect(listed.out.contains("What is ASGI?") && listed.out.contains("Why async?"))
    }

    @Test func reimportingAnEditedCollectionKeepsUnchangedItems() throws {
        let directory = try TemporaryDirectory()
        let before = "# Notes\n\n## 1. What is WSGI?\n\nA calling convention.\n\n## 2. What is ASGI?\n\nIts async successor.\n"
        let after = "# Notes\n\n## 1. What is ASGI?\n\nIts async successor, for WebSocket too.\n\n## 2. What is WSGI?\n\nA calling convention.\n\n## 3. What is Uvicorn?\n\nAn ASGI server.\n"
        try directory.write("notes/README.md", before)
        let harness = harness(in: directory)
        #expect(harness.run("import", "notes").status == 0)
        try directory.write("notes/README.md", after)
        let second = harness.run("import", "--lang", "en", "notes")
        #expect(second.status == 0)
        #expect(second.out.contains("notes/README.md: 3 cards: 1 added, 1 updated, 0 restored, 0 archived, 1 unchanged"))
    }

    @Test func dryRunWithoutJSONPrintsATablePerFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.en.md", Self.deck)
        let result = harness(in: directory).run("import", "--lang", "en", "--dry-run", "content")
        #expect(result.status == 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("file") == true && lines.first?.contains("Q&A") == true)
        let row = try #require(lines.first { $0.hasPrefix("content/servers/basics.en.md") })
        #expect(row.split(separator: " ").map(String.init) == ["content/servers/basics.en.md", "markdown", "servers", "1", "1", "2", "0", "0", "0", "0"])
        #expect(lines.last == "3 cards would be imported, 0 items left out")
    }
}

@Suite struct ImportBenchmarkCollectionTests {
    /// The benchmark's generated collection mixes every question layout; each of its questions must be found,
    /// or the benchmark would time a parser that skips work.
    @Test func generatedCollectionYieldsOneQuestionPerItem() throws {
        let text = ImportBenchmark.generatedCollection(questions: 250)
        let result = ContentParser().parse(text: text, path: "bench/collection.en.md")
        let article = try #require(result.article)
        #expect(article.qa.count == 250)
        #expect(Set(article.qa.map(\.question)).count == 250)
        #expect(result.diagnostics.isEmpty)
    }
}
