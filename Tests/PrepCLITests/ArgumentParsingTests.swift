import Testing
@testable import PrepCLI

@Suite struct ArgumentParsingTests {
    let options: [OptionSpec] = [
        .value("count", short: "n", "N", help: .quizCount),
        .flag("json", help: .jsonResults),
    ]

    @Test func longShortAndInlineValuesAreParsed() throws {
        let parsed = try ParsedArguments.parse(["--count", "5", "a", "-n", "7", "--json", "--count=9", "b"], options: options, commandPath: ["prep", "x"])
        #expect(try parsed.int("count", default: 0) == 9)
        #expect(parsed.allValues("count") == ["5", "7", "9"])
        #expect(parsed.flag("json"))
        #expect(parsed.positionals == ["a", "b"])
    }

    @Test func negativeNumbersArePositionals() throws {
        let parsed = try ParsedArguments.parse(["new_cards_per_day", "-3", "-0.5"], options: options, commandPath: ["prep", "config"])
        #expect(parsed.positionals == ["new_cards_per_day", "-3", "-0.5"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try ParsedArguments.parse(["--", "--json", "-n"], options: options, commandPath: ["prep"])
        #expect(!parsed.flag("json"))
        #expect(parsed.positionals == ["--json", "-n"])
    }

    @Test func unknownOptionIsAUsageError() {
        #expect(throws: CLIError.unknown("--colour", among: options.map { "--\($0.long)" }, commandPath: ["prep", "x"])) {
            try ParsedArguments.parse(["--colour"], options: options, commandPath: ["prep", "x"])
        }
    }

    @Test func missingValueAndBadNumberAreUsageErrors() throws {
        #expect(throws: CLIError.self) { try ParsedArguments.parse(["--count"], options: options, commandPath: ["prep"]) }
        let parsed = try ParsedArguments.parse(["--count", "lots"], options: options, commandPath: ["prep"])
        #expect(throws: CLIError.self) { try parsed.int("count", default: 1) }
    }

    @Test func flagsRefuseValues() {
        #expect(throws: CLIError.self) { try ParsedArguments.parse(["--json=yes"], options: options, commandPath: ["prep"]) }
    }

    @Test func choiceAcceptsOnlyListedValues() throws {
        let parsed = try ParsedArguments.parse(["--count", "fr"], options: options, commandPath: ["prep"])
        #expect(throws: CLIError.self) { try parsed.choice("count", from: ["en", "zh-Hant"]) }
        #expect(try parsed.choice("json", from: ["en"], default: "en") == "en")
    }
}
