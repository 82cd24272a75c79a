import PrepCore
import Testing

@Suite struct LanguageTests {
    @Test(arguments: ["zh-Hant", "zh-TW", "zh_TW", "zh-Hant-TW", "zh", "ZH-hant", "zh-HK"])
    func chineseSpellingsReadAsTraditionalChinese(tag: String) {
        #expect(Language(tag: tag) == .zhHant)
    }

    @Test(arguments: ["en", "en-US", "en_GB", "EN"])
    func englishSpellingsReadAsEnglish(tag: String) {
        #expect(Language(tag: tag) == .en)
    }

    @Test(arguments: ["", "fr", "english", "z"])
    func otherTagsAreNoLanguage(tag: String) {
        #expect(Language(tag: tag) == nil)
    }

    @Test func storedCodesFallBackToEnglishAndWriteBackCanonically() {
        #expect(Language(code: "zh-Hant").code == "zh-Hant")
        #expect(Language(code: "fr").code == "en")
        #expect(Language.codes == ["zh-Hant", "en"])
        #expect(Language.zhHant.ankiCode == "zh-TW")
    }
}
