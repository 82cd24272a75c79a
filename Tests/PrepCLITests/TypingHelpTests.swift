import Foundation
import PrepTestSupport
import Testing

@testable import PrepCLI

/// Unknown commands and options suggest the nearest, in the screen's language; completion offers option values.
@Suite struct TypingHelpTests {
    @Test func nearestWordAllowsAFewEditsOrAUniquePrefix() {
        #expect(NearestWord.to("quz", among: ["quiz", "stats", "export"]) == "quiz")
        #expect(NearestWord.to("--cuont", among: ["--count", "--new", "--topic"]) == "--count")
        #expect(NearestWord.to("flash", among: ["flashcards", "quiz"]) == "flashcards")
        #expect(NearestWord.to("xyzzy", among: ["quiz", "stats"]) == nil)
        #expect(NearestWord.to("s", among: ["show", "suspend"]) == nil, "one letter guesses nothing")
        #expect(NearestWord.distance(Array("ab"), Array("ba")) == 1)
    }

    @Test func unknownCommandsAndOptionsSuggestTheNearestInTheScreensLanguage() throws {
        let directory = try TemporaryDirectory()
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("prep.sqlite").path, "PREP_CONTENT": directory.path]
        let chinese = harness.run("quz")
        #expect(chinese.status == 64)
        #expect(chinese.err.contains("沒有 'quz' 這個子命令\n你是不是要輸入 'quiz'？"), "\(chinese.err)")
        let english = harness.run("quiz", "--cuont", "3", "--lang", "en")
        #expect(english.err.contains("Unknown option '--cuont'\nDid you mean '--count'?"), "\(english.err)")
        harness.environment["PREP_LANG"] = "en"
        #expect(harness.run("flashcards", "suspnd").err.contains("Did you mean 'suspend'?"))
        #expect(!harness.run("zzzzzz").err.contains("Did you mean"))
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("prep.sqlite").path), "a typo creates no database")
    }

    @Test func bashCompletesOptionValuesAndTopics() throws {
        let script = CompletionScript.script(for: .bash)
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let directory = try TemporaryDirectory()
        let file = try directory.write("prep.bash", script)
        // A stand-in prep answers the topics query, as the installed one reads them from the database.
        let probe = """
            prep() { [[ "$1 $2" == "completions topics" ]] && printf 'django\\nweb\\n'; }
            source \(file.path)
            complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _prep; echo "${COMPREPLY[*]}"; }
            complete_words prep quiz --topic ''
            complete_words prep quiz --lang ''
            complete_words prep export --format a
            complete_words prep serve --mode ''
            complete_words prep flashcards list --state s
            """
        let lines = try ProcessRun.run("/bin/bash", ["-c", probe]).out.split(separator: "\n")
        #expect(lines == ["django web", "zh-Hant en", "anki apkg", "sync async", "suspended"])
    }

    @Test func zshAndFishOfferTheSameValues() {
        let zsh = CompletionScript.script(for: .zsh)
        #expect(zsh.contains("--topic) choices=(${(f)\"$(print -l $(prep completions topics 2>/dev/null))\"})"))
        #expect(zsh.contains("--lang) choices=(${(f)\"$(print -l zh-Hant en)\"})"))
        let fish = CompletionScript.script(for: .fish)
        #expect(fish.contains("-l topic -x -a '(prep completions topics 2>/dev/null)'"))
        #expect(fish.contains("-l format -x -a 'json anki apkg'"))
        #expect(fish.contains("-l mode -x -a 'sync async'"))
    }

    @Test func completionsTopicsListsTheDatabasesTopicsAndCreatesNothing() throws {
        let workspace = try ReviewDeckWorkspace()
        _ = try workspace.run(["flashcards", "list"], input: [])  // imports the deck
        #expect(try workspace.run(["completions", "topics"], input: []).out == "web\n")
        let empty = try TemporaryDirectory()
        var harness = CLIHarness()
        harness.environment = ["PREP_DB": empty.url.appendingPathComponent("none.sqlite").path]
        #expect(harness.run("completions", "topics").out.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: empty.url.appendingPathComponent("none.sqlite").path))
    }
}
