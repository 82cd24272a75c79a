import Foundation
import PrepExchange
import PrepTestSupport
import Testing
@testable import PrepCLI

/// `prep import deck.apkg` as a learner runs it: prep's own package back, a dry run, and a file that is not one.
@Suite struct ImportAnkiPackageTests {
    func harness(in directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("data/test.sqlite").path, "TZ": "UTC"]
        return harness
    }

    @Test func prepsOwnPackageComesBackToTheSameCards() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.en.md", ImportCommandTests.deck)
        let harness = harness(in: directory)
        #expect(harness.run("import", "content").status == 0)
        let export = harness.run("export", "--format", "apkg", "-o", "deck.apkg")
        #expect(export.status == 0, "\(export.err)")
        let before = try Data(contentsOf: directory.url.appendingPathComponent("deck.apkg"))
        let listed = harness.run("flashcards", "list", "--json").out

        let dryRun = harness.run("import", "--lang", "en", "--dry-run", "deck.apkg")
        #expect(dryRun.status == 0, "\(dryRun.err)")
        #expect(dryRun.out.contains("deck.apkg: 3 cards") && dryRun.out.contains("dry run, nothing written"))

        let imported = harness.run("import", "--lang", "en", "deck.apkg")
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.out.contains("deck.apkg: 3 cards (0 new), 0 reviews added"), "\(imported.out)")
        #expect(harness.run("flashcards", "list", "--json").out == listed)
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("deck.apkg")) == before)

        let json = harness.run("import", "--json", "deck.apkg")
        let report = try #require((try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])?.first)
        #expect(report["cards"] as? Int == 3)
        #expect(report["reviewsAdded"] as? Int == 0)
    }

    @Test func aFileThatIsNotAPackageIsNamedInEitherLanguage() throws {
        let directory = try TemporaryDirectory()
        try directory.write("notes.apkg", "just some text")
        let harness = harness(in: directory)
        let english = harness.run("import", "--lang", "en", "notes.apkg")
        #expect(english.status == 1)
        #expect(english.err.contains("cannot import notes.apkg: not an Anki package (it is not a ZIP archive)"))
        let chinese = harness.run("import", "--lang", "zh-Hant", "notes.apkg")
        #expect(chinese.status == 1)
        #expect(chinese.err.contains("無法匯入 notes.apkg：不是 Anki 套件"))
        let missing = harness.run("import", "--lang", "en", "gone.colpkg")
        #expect(missing.status == 1)
        #expect(missing.err.contains("cannot import gone.colpkg"))
        // Foundation's English reason never reaches a Chinese screen: the errno is worded instead.
        let missingChinese = harness.run("import", "--lang", "zh-Hant", "gone.colpkg")
        #expect(missingChinese.status == 1)
        #expect(missingChinese.err.contains("無法匯入 gone.colpkg：檔案或資料夾不存在"), "\(missingChinese.err)")
        // A package whose collection is no database: SQLite's own English words stay off the Chinese screen.
        let notADatabase = StoredZipArchive(entries: [.init(name: "collection.anki2", data: Data("just some text".utf8))])
        try directory.write("text.apkg", try notADatabase.data())
        let refused = harness.run("import", "--lang", "zh-Hant", "text.apkg")
        #expect(refused.status == 1)
        #expect(refused.err.contains("無法匯入 text.apkg：套件裡的收藏集不是 Anki 資料庫（SQLite 錯誤 26）"), "\(refused.err)")
        #expect(harness.run("import", "--lang", "en", "text.apkg").err.contains("the collection inside is not an Anki database (SQLite error 26"))
    }
}
