import Foundation
import Glibc
import PrepTestSupport
import Synchronization
import PrepStore
import Testing

@testable import PrepCLI

/// `prep config`, `doctor`, `completions`, `install` and `uninstall` run as a learner would.
@Suite struct SetupCommandTests {
    static func harness(_ directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = [
            "PREP_DB": directory.url.appendingPathComponent("prep.sqlite").path,
            "PREP_CONTENT": directory.url.appendingPathComponent("content").path, "TZ": "UTC",
            "HOME": directory.path,
        ]
        return harness
    }

    /// Six new Q&A cards, more than a daily allowance of two or a quiz of three.
    static func writeSixQuestions(in directory: TemporaryDirectory) throws {
        let items = (1...6).map { "Q: What is item \($0)?\nA: answer \($0)\nid: item-\($0)\n" }
        try directory.write("content/basics/deck.en.md", "# Deck\n\n## Part\n\n" + items.joined(separator: "\n"))
    }

    /// Showing settings reads them: no database appears for it, and a stored value is shown as stored.
    @Test func configShowsWithoutCreatingOrWritingTheDatabase() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        #expect(harness.run("config", "--lang", "en").out.contains("quiz_length"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("prep.sqlite")))
        #expect(harness.run("config", "quiz_length", "12").status == 0)
        let shown = harness.run("config", "quiz_length", "--lang", "en")
        #expect(shown.out.hasPrefix("quiz_length  12\n"), "\(shown.out)")
    }

    @Test func configSetsShowsAndUnsets() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        let set = harness.run("config", "new_cards_per_day", "5", "--lang", "en")
        #expect(set.status == 0, "\(set.err)")
        #expect(set.out.contains("new_cards_per_day: 20 → 5"))
        let shown = harness.run("config", "--json", "new-cards-per-day")
        #expect(shown.out.contains("\"value\" : \"5\""))
        #expect(shown.out.contains("\"default\" : false"))
        #expect(harness.run("config", "--unset", "new_cards_per_day").status == 0)
        #expect(try Store.open(path: harness.environment["PREP_DB"]!).setting("new_cards_per_day", as: Int.self) == nil)
    }

    /// Unsetting reads like setting: the value before and after, and the scheduling note when it applies.
    @Test func unsettingSaysWhatItChanges() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        _ = harness.run("config", "desired_retention", "0.8")
        _ = harness.run("config", "lang", "en")
        let retention = harness.run("config", "--unset", "desired_retention").out
        #expect(harness.run("config", "--unset", "lang").out == "lang: en → (not set)  (default)\n")
        #expect(retention.hasPrefix("desired_retention: 0.8 → 0.9  (default)\n"))
        #expect(retention.contains("cards keep the due dates"))
    }

    @Test func aRefusedValueChangesNothingAndSaysWhy() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        let refused = harness.run("config", "desired_retention", "0.5", "--lang", "en")
        #expect(refused.status == 1)
        #expect(refused.err.contains("desired_retention takes a number from 0.70 to 0.99, not '0.5'"))
        #expect(try Store.open(path: harness.environment["PREP_DB"]!).setting("desired_retention", as: Double.self) == nil)
        let unknown = harness.run("config", "retention", "0.8", "--lang", "en")
        #expect(unknown.status == 64)
        #expect(unknown.err.contains("Unknown setting 'retention'"))
    }

    @Test func changingRetentionSaysWhatItChanges() throws {
        let directory = try TemporaryDirectory()
        let result = Self.harness(directory).run("config", "desired_retention", "0.85", "--lang", "en")
        #expect(result.out.contains("desired_retention: 0.9 → 0.85"))
        #expect(result.out.contains("cards keep the due dates they already have"))
    }

    @Test func theSavedLanguageIsUsedUntilLangOverridesIt() throws {
        let directory = try TemporaryDirectory()
        var harness = Self.harness(directory)
        #expect(harness.run("doctor").out.contains("語言    zh-Hant（預設"))
        #expect(harness.run("doctor", "--lang", "en").out.contains("language    en (--lang)"))
        harness.environment["PREP_LANG"] = "en"
        #expect(harness.run("doctor").out.contains("language    en (PREP_LANG)"))
        harness.environment["PREP_LANG"] = nil
        _ = harness.run("config", "lang", "en")
        #expect(harness.run("doctor").out.contains("language    en (the lang setting)"))
    }

    @Test func theNewCardsSettingLimitsTheQuiz() throws {
        let directory = try TemporaryDirectory()
        try Self.writeSixQuestions(in: directory)
        let harness = Self.harness(directory)
        _ = harness.run("config", "new_cards_per_day", "2")
        let quiz = try harness.run(["quiz", "--seed", "1", "--lang", "en"], input: "\n\n\n\n\n\n\n\n")
        #expect(quiz.status == 0, "\(quiz.err)")
        #expect(quiz.out.contains("[1/2]"))
        #expect(!quiz.out.contains("[1/3]"))
    }

    @Test func theQuizLengthSettingIsTheDefaultCount() throws {
        let directory = try TemporaryDirectory()
        try Self.writeSixQuestions(in: directory)
        let harness = Self.harness(directory)
        _ = harness.run("config", "quiz_length", "3")
        let quiz = try harness.run(["quiz", "--seed", "1", "--lang", "en"], input: "q\n")
        #expect(quiz.out.contains("[1/3]"))
    }

    @Test func installCopiesTheDeckAndCompletionsAndUninstallTakesThemAway() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/basics/deck.en.md", "# Deck\n\nQ: What?\nA: That.\n")
        let binary = try directory.write("build/prep", "#!/bin/sh\n")
        var harness = Self.harness(directory)
        harness.environment["PATH"] = "/usr/bin"
        let prefix = directory.url.appendingPathComponent("prefix")
        let status = PrepTool.run(arguments: ["install", "--prefix", prefix.path]) { global in
            var context = harness.context(out: TextSink { _ in }, err: TextSink { _ in }, global: global)
            context.executablePath = binary.path
            return context
        }
        #expect(status == 0)
        let installed = ["bin/prep", "share/prep/content/basics/deck.en.md", "share/bash-completion/completions/prep",
                         "share/zsh/site-functions/_prep", "share/fish/vendor_completions.d/prep.fish"]
        for path in installed {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path)")
        }
        let permissions = try FileManager.default.attributesOfItem(atPath: prefix.appendingPathComponent("bin/prep").path)[.posixPermissions] as? Int
        #expect(permissions == 0o755)
        try directory.write("prefix/share/prep/content/mine.en.md", "# Mine\n")
        let removed = harness.run("uninstall", "--prefix", prefix.path)
        #expect(removed.status == 0, "\(removed.err)")
        for path in installed {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(path).path), "\(path)")
        }
        #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/prep/content/mine.en.md").path))
    }

    /// Install writes through `FileOutput`: a read-only installed file is kept unless `--force`.
    @Test func installRefusesAReadOnlyFileUnlessForced() throws {
        let directory = try TemporaryDirectory()
        let binary = try directory.write("build/prep", "#!/bin/sh\n")
        let locked = try directory.write("prefix/share/zsh/site-functions/_prep", "mine")
        #expect(chmod(locked.path, 0o444) == 0)
        var harness = Self.harness(directory)
        harness.environment["PREP_LANG"] = "en"
        let install = { (extra: [String]) -> (Int32, String) in
            let err = Mutex("")
            let status = PrepTool.run(arguments: ["install", "--prefix", directory.url.appendingPathComponent("prefix").path] + extra) { global in
                var context = harness.context(out: TextSink { _ in }, err: TextSink { text in err.withLock { $0 += text } }, global: global)
                context.executablePath = binary.path
                return context
            }
            return (status, err.withLock { $0 })
        }
        let refused = install([])
        #expect(refused.0 == 1)
        #expect(refused.1.contains("cannot write \(locked.path): the file is read-only (add --force to replace it)"), "\(refused.1)")
        #expect(try String(contentsOf: locked, encoding: .utf8) == "mine")
        #expect(install(["--force"]).0 == 0)
        #expect(try String(contentsOf: locked, encoding: .utf8).contains("compdef"))
        #expect(FileStatus.of(locked.path)?.mode == 0o444)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreValidForTheirShell(shell: String) throws {
        let directory = try TemporaryDirectory()
        let result = Self.harness(directory).run("completions", shell)
        #expect(result.status == 0)
        #expect(result.out.contains("flashcards"))
        #expect(result.out.contains(shell == "fish" ? "-l count" : "--count"))
        #expect(result.out.contains("gather-over-thread-sensitive-orm"))
        let interpreter = ["/usr/bin/\(shell)", "/bin/\(shell)"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let interpreter else { return }  // the syntax check needs the shell; the content checks above ran
        let script = try directory.write("completion.\(shell)", result.out)
        let check = try ProcessRun.run(interpreter, ["-n", script.path])
        #expect(check.status == 0, "\(check.err)")
    }

    @Test func bashCompletesSubcommandsOptionsAndCheckNames() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let directory = try TemporaryDirectory()
        let script = try directory.write("prep.bash", Self.harness(directory).run("completions", "bash").out)
        func complete(_ line: String) throws -> [String] {
            let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            let program = """
                source '\(script.path)'
                COMP_WORDS=(\(words.map { "'\($0)'" }.joined(separator: " ")))
                COMP_CWORD=\(words.count - 1)
                _prep
                printf '%s\\n' "${COMPREPLY[@]}"
                """
            return try ProcessRun.run("/bin/bash", ["-c", program]).out.split(separator: "\n").map(String.init)
        }
        #expect(try complete("prep fla") == ["flashcards"])
        #expect(try complete("prep flashcards re").contains("review"))
        #expect(try complete("prep quiz --co") == ["--count", "--content"])
        #expect(try complete("prep check C0").contains("C06"))
        #expect(try complete("prep --db x.sqlite sta") == ["stats"])
    }

    @Test func aNewLearnerIsToldOnceHowToSwitchToEnglish() throws {
        let directory = try TemporaryDirectory()
        try directory.write("content/basics/deck.zh-Hant.md", "# 牌組\n\n## 部分\n\nQ: 什麼是 WSGI？\nA: 同步介面\nid: wsgi\n\nQ: 什麼是 ASGI？\nA: 非同步介面\nid: asgi\n")
        let harness = Self.harness(directory)
        let first = try harness.run(["flashcards", "review"], input: "\n3\nq\n")
        #expect(first.out.contains("--lang en"))
        let later = try harness.run(["flashcards", "review"], input: "q\n")
        #expect(!later.out.contains("--lang en"), "said once: the learner has reviewed since")
        let other = try TemporaryDirectory()
        let chosen = try Self.harness(other).run(["quiz", "--lang", "zh-Hant"], input: "q\n")
        #expect(!chosen.out.contains("--lang en"), "not to someone who chose a language")
    }

    @Test func theNewCardsSettingLimitsReviewToo() throws {
        let directory = try TemporaryDirectory()
        try Self.writeSixQuestions(in: directory)
        var harness = Self.harness(directory)
        harness.environment["PREP_LANG"] = "en"
        _ = harness.run("config", "new_cards_per_day", "2")
        let review = try harness.run(["flashcards", "review"], input: String(repeating: "\n3\n", count: 6))
        #expect(review.out.contains("(2 new)"))
        #expect(!review.out.contains("What is item 3?"))
    }
}
