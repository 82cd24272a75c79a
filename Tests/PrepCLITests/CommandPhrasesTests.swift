import Foundation
import PrepChecks
import PrepContent
import PrepCore
import PrepStore
import PrepTestSupport
import Testing
@testable import PrepCLI

/// The import, check and serve phrases: both languages complete, and the Chinese screens free of English
/// words other than names of things.
@Suite struct CommandPhrasesTests {
    /// Latin words a Chinese screen may show: names of things, file types, and code that the checks'
    /// own Chinese texts quote.
    static let names: Set<String> = [
        "Django", "WSGI", "ASGI", "uvicorn", "gunicorn", "prep", "Python", "python", "SQLite", "pip", "venv",
        "apt", "get", "md", "markdown", "txt", "tsv", "csv", "ms", "SIGINT", "SIGTERM", "http", "sync", "async",
        "await", "gather", "TaskGroup", "let", "fetch", "api", "manage", "py",
    ]

    /// The English words left on `text` once paths (anything with `/` or a file extension), options and
    /// check ids are taken out.
    static func englishWords(_ text: String) -> [String] {
        let tokens = text.split(whereSeparator: { $0.isWhitespace })
            .filter { !$0.contains("/") && !$0.hasPrefix("--") && $0.range(of: #"\.[a-z]{2,8}\b"#, options: .regularExpression) == nil }
        return tokens.flatMap { token in
            token.matches(of: /[A-Za-z]{2,}/).map { String($0.output) }
        }.filter { !names.contains($0) && $0.range(of: #"^C\d\d$"#, options: .regularExpression) == nil }
    }

    /// Every Chinese import, check and serve phrase, filled with sample values that are not English.
    static func chineseSamples() -> [String] {
        let zh = ScreenPhrases.traditionalChinese
        let imports = zh.imports, checks = zh.checks, peers = zh.checks.peers, serve = zh.serve
        var counts = ImportOutcome.Counts()
        counts.added = 2
        let columns = imports.dryRunColumns
        return [
            imports.skipped("筆記/圖.png"), imports.problem(.noSuchFileOrFolder), imports.notImported, imports.unchanged,
            imports.fileSummary(3, counts), imports.leftOutOfFile(1), imports.totals(3, 1, 0), imports.dryRunTotals(3, 0),
            columns.file, columns.format, columns.qa, columns.tables, columns.cells, columns.cloze, columns.claims,
            columns.errors, columns.warnings,
            checks.title("C05", "sequential-await-vs-gather"), checks.claims("#108"), checks.held, checks.didNotHold,
            checks.scale, checks.couldNotRun, checks.why, checks.runs(1), checks.runs(3), checks.seconds("0.4"),
            checks.measurementColumn, checks.measuredColumn, checks.expectedColumn, checks.toleranceColumn,
            checks.informational, checks.rerun(2, 3), checks.runningStep("C05", "", "sequential awaits"),
            checks.running("C05", ""), checks.summary(1, 1, "0.4"), checks.unknownCheck("C99"), checks.couldNotStore("磁碟已滿"),
            peers.skipping(peers.pythonMissing), peers.installNeeds, peers.orPlatformPackage, peers.venvFailed, peers.pipFailed,
            peers.commandFailed("manage.py"), peers.couldNotStart("gunicorn", "權限不足"), peers.installing("gunicorn", "/tmp/x"),
            peers.writingDjango, peers.runningOn("C06", "Django"), peers.modelVersus("Django"), peers.heldOn("Django"),
            peers.didNotHoldOn("Django"), peers.notMeasured("Django"), peers.agree("Django"),
            peers.disagree("Django", [peers.disagreeItem("(a)", "1 ms", "Django", "2 ms")]), peers.runs(1, "Django", 3),
            peers.modelColumn, peers.agreeCell, peers.disagreeCell, peers.threadsHeading("Django"), peers.request(1, "執行緒-1"),
            peers.summary(1, 2, 0, "4"),
            serve.listening("http://127.0.0.1:8000", "async", 1), serve.draining("SIGINT", 10), serve.stopped, serve.graceOver,
            serve.stoppingNow("SIGTERM"), serve.cannotServe("127.0.0.1:8000", "位址已被使用"),
        ] + Verdict.allCases.map(checks.verdict) + [ContentDiagnostic.Severity.error, .warning, .note].compactMap { imports.severityNames[$0] }
    }

    @Test func chinesePhrasesHaveNoEnglishWords() {
        for phrase in Self.chineseSamples() {
            #expect(Self.englishWords(phrase).isEmpty, "\(phrase)")
        }
    }

    @Test func everyVerdictAndSeverityIsNamedInBothLanguagesAndTheyDiffer() {
        let severities: [ContentDiagnostic.Severity] = [.error, .warning, .note]
        for phrases in ScreenPhrases.all.values {
            #expect(Set(phrases.checks.verdictNames.keys) == Set(Verdict.allCases))
            #expect(Set(phrases.imports.severityNames.keys) == Set(severities))
        }
        for verdict in Verdict.allCases {
            #expect(ScreenPhrases.english.checks.verdict(verdict) == verdict.rawValue.uppercased())
            #expect(ScreenPhrases.traditionalChinese.checks.verdict(verdict) != verdict.rawValue)
        }
        #expect(ScreenPhrases.english.imports.fileSummary(3, ImportOutcome.Counts()) != ScreenPhrases.traditionalChinese.imports.fileSummary(3, ImportOutcome.Counts()))
    }

    @Test func theDetectorFindsEnglishAndSparesNames() {
        #expect(Self.englishWords("content/a.en.md: 3 cards: 3 added") == ["cards", "added"])
        #expect(Self.englishWords("C05 · Django 與 uvicorn · --lang").isEmpty)
    }

    // MARK: the commands, run

    static let deck = """
        # 伺服器

        ## 基本

        問：同步 worker 一次處理幾個請求？
        答：一個
        id: one-at-a-time

        ## 第二題

        問：這一題沒有答案嗎？
        """

    func harness(in directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("data/test.sqlite").path]
        return harness
    }

    @Test func importSpeaksChineseByDefaultAndEnglishWithLangEn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/servers/basics.zh-Hant.md", Self.deck)
        try directory.write("content/servers/picture.png", "")
        let harness = harness(in: directory)

        let dryRun = harness.run("import", "--dry-run", "content", "missing.md")
        #expect(dryRun.out.contains("檔案") && dryRun.out.contains("將匯入"))
        // The topic column names the folder, content like the file name.
        #expect(Self.englishWords(dryRun.out) == ["servers"], "\(dryRun.out)")
        // Parser messages stay English; their severity and the fixed messages of the command do not.
        #expect(dryRun.err.contains("missing.md:1:1: 錯誤: 找不到這個檔案或資料夾"))
        #expect(dryRun.err.contains("basics.zh-Hant.md:11:1: 錯誤: "))
        let imported = harness.run("import", "content")
        #expect(imported.out.contains("張卡片：新增"))
        #expect(Self.englishWords(imported.out).isEmpty, "\(imported.out)")
        #expect(imported.err.contains("picture.png：已略過"))
        let again = harness.run("import", "content")
        #expect(again.out.contains("沒有變更"))

        let english = harness.run("import", "--dry-run", "--lang", "en", "content")
        #expect(english.out.contains("would be imported"))
        #expect(english.err.contains("picture.png: skipped"))
        var saved = harness
        saved.environment["PREP_LANG"] = "en"
        #expect(saved.run("import", "content").out.contains("unchanged"))
    }

    /// C05 takes about half a second.
    @Test func checkSpeaksChineseByDefaultAndEnglishWithLangEn() throws {
        let folder = try TemporaryDirectory()
        let harness = CheckCommandTests.harness(in: folder)
        let chinese = harness.run("check", "C05")
        #expect(chinese.status == 0, "\(chinese.out)\(chinese.err)")
        #expect(chinese.out.contains("正在執行 C05") && chinese.out.contains("項成立"))
        #expect(Self.englishWords(chinese.out).isEmpty, "\(Self.englishWords(chinese.out))")

        let english = harness.run("check", "C05", "--lang", "en")
        #expect(english.out.contains("running C05 sequential-await-vs-gather"))
        #expect(english.out.contains("→ FALSE  ✔ held"))
        #expect(english.out.contains("1 of 1 check held"))
        #expect(!english.out.contains("成立"))
    }
}
