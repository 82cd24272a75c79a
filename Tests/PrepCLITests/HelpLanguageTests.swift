import Foundation
import PrepTestSupport
import Testing

@testable import PrepCLI

/// Every command's `--help` and its usage errors speak the screen's language: no English word on a Chinese
/// screen (names, options, values and examples aside), no Chinese on an English one.
@Suite struct HelpLanguageTests {
    /// Every command's words on the line, `["quiz"]`, `["flashcards", "review"]` …, the root as `[]`.
    static let paths: [[String]] = {
        var paths: [[String]] = []
        func visit(_ command: any Command.Type, _ path: [String]) {
            paths.append(path)
            for child in command.subcommands where child != HelpCommand.self { visit(child, path + [child.name]) }
        }
        visit(RootCommand.self, [])
        return paths
    }()

    /// Lines that refuse a command line: unknown words, missing and malformed values, one of each kind.
    static let refusals: [[String]] = paths.flatMap { path in
        [path + ["--bogus"], path + ["--json=yes"], path + ["--lang"]]
    } + [
        ["quz"], ["flashcards", "nope"], ["scheduler", "nope"],
        ["import"], ["restore"], ["flashcards", "show"], ["scheduler", "verify"], ["completions"],
        ["quiz", "--count", "x"], ["quiz", "--count", "0"], ["quiz", "--seed", "-1"], ["quiz", "--interview", "soon"],
        ["quiz", "--interview", "2020-01-01"], ["quiz", "--lang", "fr"], ["export", "--format", "xml"],
        ["export", "--anki-lang", "fr"], ["serve", "--mode", "threads"], ["flashcards", "list", "--state", "odd"],
        ["check", "--scale", "9"], ["check", "C99"], ["bench", "nope"], ["completions", "tcsh"],
        ["scheduler", "simulate", "--retention", "0.5"], ["flashcards", "reschedule", "some-key"],
        ["flashcards", "suspend", "some-key", "--topic", "web"], ["import", "--json", "x.md"], ["restore", "a", "b"],
        ["config", "no_such_setting"],
    ]

    /// Lines that parse but fail as they run on an empty workspace: unknown cards and topics, files that are
    /// missing or are folders, a setting's bad value, a database that is a folder.
    static let failures: [[String]] = [
        ["flashcards", "show", "no-such-key"], ["flashcards", "suspend", "no/such/key"], ["flashcards", "forget", "no/such"],
        ["flashcards", "unbury", "no/such"], ["flashcards", "reschedule", "no/such", "--days", "3"],
        ["stats", "--topic", "nope"], ["quiz", "--topic", "nope"], ["flashcards", "review", "--topic", "nope"],
        ["flashcards", "list", "--topic", "nope"], ["export", "--format", "anki", "--topic", "nope"],
        ["restore", "missing.json"], ["restore", "."], ["import", "missing.md"], ["scheduler", "verify", "missing.json"],
        ["scheduler", "optimize", "--reviews", "missing.csv"], ["scheduler", "evaluate", "--reviews", "missing.csv"],
        ["config", "lang", "fr"], ["export", "--output", "no-such-folder/x.json"], ["--db", ".", "stats"],
    ]

    /// Names that are the same in every language: products, protocols, formats, keys, and the values options take.
    static let names: Set<String> = [
        "FSRS", "RMSE", "Adam", "GUID", "Cloze", "YAML", "TOML", "CSV", "TSV", "RFC", "Enter", "Ctrl", "SIGTERM", "PgUp",
        "PgDn", "Python", "WebSocket", "Server", "Sent", "Events", "Markdown", "TypeError", "Repeatable", "Read", "Swift",
        "ms", "kB", "MB", "DATE", "FILE", "TOPIC", "KEY", "TEXT", "ID", "PREFIX", "TZ", "ASGI", "WSGI", "hashcards", "markdown",
        "py", "fsrs", "rs", "compinit", "fpath", "swift", "build", "release", "static", "stdlib", "install", "uninstall",
        "completions", "topics", "colpkg", "revlog", "req", "p99", "GUID", "Adam", "cases", "match", "Answer", "summary",
        "details", "Question", "DONE", "sequential", "gather", "thread", "sensitive", "sleep", "cpu", "io", "events", "ws",
        "also", "or", "json", "sync", "async", "anki", "new", "learning", "review", "suspended", "leech", "quiz", "check",
        "stats", "restore", "import", "doctor", "config", "bench", "serve", "flashcards", "scheduler", "help", "list",
        "show", "suspend", "unsuspend", "forget", "reschedule", "bury", "unbury", "verify", "optimize", "evaluate",
        "simulate", "pick", "launch", "server", "output", "Explain", "Write", "Compare", "What", "Why", "How",
        "Q", "A", "C", "N", "M", "X", "yes", "no", "nope", "name", "title", "tags", "topic", "deck", "separator", "html",
        "columns", "column", "guid", "notetype", "question", "answer", "cloze", "apkg", "progress", "CPU", "Lines", "rating",
        "items", "VALUE", "SQLite", "HTML", "Obsidian", "Logseq",
    ]

    /// English words left on a screen once quoted examples (`"…"`, `` `…` ``) and names are set aside.
    static func englishWords(_ text: String) -> [String] {
        let unquoted = text.replacingOccurrences(of: "\"[^\"\n]*\"|`[^`\n]*`", with: " ", options: .regularExpression)
        return CardsAndSetupLanguageTests.englishWords(unquoted).filter { !names.contains($0) }
    }

    static func chinese(_ text: String) -> [Character] {
        text.filter { character in character.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) } }
    }

    /// A harness on an empty database and content folder, with no language chosen by the environment.
    static func harness(_ directory: TemporaryDirectory) -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("prep.sqlite").path, "PREP_CONTENT": directory.path]
        return harness
    }

    @Test func everyHelpIsInTheScreensLanguage() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        for path in Self.paths {
            let chinese = harness.run(["--lang", "zh-Hant"] + path + ["--help"])
            #expect(chinese.status == 0)
            #expect(Self.englishWords(chinese.out).isEmpty, "prep \(path.joined(separator: " ")) --help: \(Self.englishWords(chinese.out))")
            #expect(harness.run(path + ["--help"]).out == chinese.out, "zh-Hant is the default")
            #expect(harness.run(["help"] + path + ["--lang", "zh-Hant"]).out == chinese.out)
            let english = harness.run(path + ["--help", "--lang", "en"])
            // Quiz and import explain which Chinese answers and labels they accept, in the discussion.
            let (command, _, _) = PrepTool.resolve(path)
            let shown = command.discussion.map { english.out.replacingOccurrences(of: $0.english, with: "") } ?? english.out
            #expect(Self.chinese(shown).isEmpty, "prep \(path.joined(separator: " ")) --help --lang en: \(String(Self.chinese(shown)))")
        }
    }

    /// Every language words every help phrase (the switches see to that); this finds phrases no help shows.
    @Test func everyHelpPhraseIsShown() {
        var declared = Set(HelpCommand.arguments.map(\.help))
        for path in Self.paths {
            let command = PrepTool.resolve(path).command
            declared.insert(command.abstract)
            declared.formUnion(command.subcommands.map { $0.abstract })
            declared.formUnion(command.allOptions.map(\.help))
            declared.formUnion(command.arguments.map(\.help))
            if let discussion = command.discussion { declared.insert(discussion) }
        }
        // The discussions that list checks, benchmarks and settings are built from these parts.
        let parts: [HelpPhrase] = [.checksHeading, .benchmarksHeading, .configUsage] + BenchCommand.all.map(\.summary)
        let unshown = Set(HelpPhrase.allCases).subtracting(declared.union(parts))
        #expect(unshown.isEmpty, "help phrases no help shows: \(unshown)")
    }

    @Test func everyRefusalIsInTheScreensLanguage() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        for line in Self.refusals {
            let chinese = harness.run(["--lang", "zh-Hant"] + line)
            #expect(chinese.status != 0, "prep \(line.joined(separator: " "))")
            #expect(chinese.err.hasPrefix("錯誤："), "prep \(line.joined(separator: " ")): \(chinese.err)")
            #expect(Self.englishWords(chinese.err).isEmpty, "prep \(line.joined(separator: " ")): \(chinese.err)")
            let english = harness.run(["--lang", "en"] + line)
            #expect(english.err.hasPrefix("Error: "), "prep \(line.joined(separator: " ")) --lang en: \(english.err)")
            #expect(Self.chinese(english.err).isEmpty, "prep \(line.joined(separator: " ")) --lang en: \(english.err)")
        }
    }

    @Test func everyFailureIsInTheScreensLanguage() throws {
        let directory = try TemporaryDirectory()
        let harness = Self.harness(directory)
        for line in Self.failures {
            let chinese = harness.run(["--lang", "zh-Hant"] + line)
            #expect(chinese.status != 0, "prep \(line.joined(separator: " "))")
            // Identifiers, paths and file names the line typed are the learner's own words, in any language.
            let shown = line.reduce(chinese.out + chinese.err) { $0.replacingOccurrences(of: $1, with: " ") }
            #expect(!chinese.err.isEmpty && Self.englishWords(shown).isEmpty, "prep \(line.joined(separator: " ")): \(chinese.err)")
            let english = harness.run(["--lang", "en"] + line)
            #expect(Self.chinese(english.out + english.err).isEmpty, "prep \(line.joined(separator: " ")) --lang en: \(english.err)")
        }
    }
}
