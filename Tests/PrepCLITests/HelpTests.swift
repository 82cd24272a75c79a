import Testing
@testable import PrepCLI

@Suite struct HelpTests {
    @Test func helpFlagAndHelpCommandPrintTheSameText() {
        let harness = CLIHarness()
        let flag = harness.run("--help", "--lang", "en")
        let command = harness.run("help", "--lang", "en")
        #expect(flag.status == 0)
        #expect(flag.out == command.out)
        #expect(flag.out.hasPrefix("OVERVIEW: "))
        #expect(flag.out.contains("USAGE: prep <subcommand>"))
        #expect(flag.out.contains("SUBCOMMANDS:"))
    }

    @Test func unknownOptionExits64WithAHint() {
        let result = CLIHarness().run("help", "--bogus")
        #expect(result.status == 0, "help ignores what follows it")
        let bad = CLIHarness().run("--bogus", "--lang", "en")
        #expect(bad.status == 64)
        #expect(bad.err.contains("Error: Unknown option '--bogus'"))
        #expect(bad.err.contains("See 'prep --help' for more information."))
    }

    @Test func unknownSubcommandExits64() {
        let result = CLIHarness().run("frobnicate", "--lang", "en")
        #expect(result.status == 64)
        #expect(result.err.contains("Unknown subcommand 'frobnicate'"))
    }
}
