import PrepTestSupport
import Testing

@testable import PrepCLI

/// A language is chosen the same way everywhere: `zh-TW`, `zh_TW` and `en-US` are spellings of prep's two.
@Suite struct LanguageSpellingTests {
    @Test func configSavesAnySpellingAsPrepsOwnCode() throws {
        let directory = try TemporaryDirectory()
        let harness = SetupCommandTests.harness(directory)
        let saved = harness.run("config", "lang", "zh-TW")
        #expect(saved.status == 0, "\(saved.err)")
        #expect(harness.run("config", "--json", "lang").out.contains("\"zh-Hant\""))
        #expect(harness.run("config", "lang", "en_US").status == 0)
        #expect(harness.run("config", "--json", "lang").out.contains("\"en\""))
        #expect(harness.run("config", "lang", "fr").status == 1)
    }

    @Test func langOptionAndEnvironmentTakeAnySpelling() throws {
        let directory = try TemporaryDirectory()
        var harness = SetupCommandTests.harness(directory)
        #expect(harness.run("config", "--lang", "en-US").out.contains("  (default)"))
        #expect(harness.run("config", "--lang", "zh_TW").out.contains("（預設）"))
        let refused = harness.run("config", "--lang", "fr")
        #expect(refused.status == 64)
        #expect(refused.err.contains("zh-Hant、en"))
        harness.environment["PREP_LANG"] = "en-GB"
        #expect(harness.run("config").out.contains("  (default)"))
    }
}
