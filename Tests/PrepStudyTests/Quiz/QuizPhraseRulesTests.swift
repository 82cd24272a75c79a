import PrepContent
@testable import PrepStudy
import Testing

/// The phrase rules of the quiz read as the regular expressions they replace did: words whole where the pattern
/// asks for a word boundary, a plural "s" where it allows one, Chinese with no spaces, any case once folded.
/// Fixtures are written for these tests.
struct QuizPhraseRulesTests {
    private func card(_ front: String, _ back: String) -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: .qa, lang: "en", front: front, back: back)
    }

    /// A rule's word found inside a longer word is not the word.
    @Test func aWordInsideALongerWordIsNotTheWord() {
        #expect(QuizGenerator.leansOnUnseenSetting("Name the three steps."))
        #expect(!QuizGenerator.leansOnUnseenSetting("Name the three stepsisters."))
        #expect(!QuizGenerator.leansOnUnseenSetting("Soothe three steps."), "\"the\" inside \"soothe\"")
        #expect(QuizGenerator.asksForOneTerm("Which command lists files?", answer: "ls"))
        #expect(!QuizGenerator.asksForOneTerm("Somewhat command-like, which one lists files?", answer: "ls"))
        #expect(!QuizGenerator.asksForOneTerm("Which commandos landed first?", answer: "Alpha"))
        // A mark joins the letter before it, so the word goes on.
        #expect(!QuizGenerator.leansOnUnseenSetting("Name the three steps\u{20DD} here."))
    }

    @Test func aPluralSIsTheSameWord() {
        #expect(QuizGenerator.asksForOneTerm("Which flags turn on verbose output?", answer: "-v"))
        #expect(QuizGenerator.asksAboutUnseenCode("What do the loops above print?"))
        #expect(QuizGenerator.asksAboutUnseenCode("What do the following functions return?"))
        #expect(!QuizGenerator.asksAboutUnseenCode("What does the following functionality offer?"))
        // One word may stand between "which" and the kind asked for.
        #expect(!QuizGenerator.asksForOneTerm("Which shell builtins change the directory?", answer: "cd"))
        #expect(QuizGenerator.asksForOneTerm("Which shell command changes the directory?", answer: "cd"))
    }

    @Test func chineseWithoutSpaces() {
        #expect(QuizGenerator.leansOnUnseenSetting("本課程的四大步驟是什麼"))
        #expect(QuizGenerator.leansOnUnseenSetting("三 個 技巧分別為何"), "spaces between may be there or not")
        #expect(QuizGenerator.leansOnUnseenSetting("Gemini建議的做法是什麼"))
        #expect(QuizGenerator.asksAboutUnseenCode("下列程式碼會印出什麼"))
        #expect(QuizGenerator.asksAboutUnseenCode("上面的表格說明了什麼"))
        #expect(QuizGenerator.asksForOneTerm("列出檔案的指令叫什麼", answer: "ls"))
        #expect(QuizGenerator.asksForOneTerm("這個工具的名稱是", answer: "grep"))
        #expect(QuizGenerator.asksForOneTerm("用哪個指令列出檔案", answer: "ls"))
    }

    /// The rules read folded text, so case does not count.
    @Test func upperCaseInput() {
        #expect(QuizGenerator.leansOnUnseenSetting("WHAT ARE THE FOUR KEY PILLARS?"))
        #expect(QuizGenerator.asksForOneTerm("WHICH COMMAND LISTS FILES?", answer: "ls"))
        #expect(QuizGenerator.asksAboutUnseenCode("What does the Snippet Above print?"))
    }

    /// The key is the letter the back names, whatever stands before it ("Answer: C" names C, not the "A" of
    /// "Answer").
    @Test func theKeyIsTheLetterNamed() {
        let front = "Which colour is the sky? A. red B. green C. blue"
        for (back, key) in [("Answer: C", 2), ("answer: b", 1), ("ANSWER：c", 2), ("答案：C", 2), ("正確答案: (B)", 1), ("(c) blue", 2), ("C", 2)] {
            #expect(QuizGenerator.writtenChoice(card(front, back))?.correctIndex == key, "\(back)")
        }
        #expect(QuizGenerator.writtenChoice(card(front, "Answer C")) == nil, "no colon: \"A\" then \"n\" names nothing")
        #expect(QuizGenerator.writtenChoice(card(front, "Answer: D")) == nil, "no option D")
        #expect(QuizGenerator.writtenChoice(card(front, "Answer: C. blue\nThe sky scatters blue light."))?.note == "The sky scatters blue light.")
    }

    @Test func trailingZeroVersionsCompareAlike() {
        #expect(AnswerMatcher.canonicalVersions("4.1.0") == "4.1")
        #expect(AnswerMatcher.canonicalVersions("v0.30.0.0 and 2.0.0") == "v0.30 and 2.0")
        #expect(AnswerMatcher.canonicalVersions("1.2.0.5") == "1.2.0.5", "a later part that is not zero keeps them all")
        #expect(AnswerMatcher.canonicalVersions("1.2.0.") == "1.2.0.", "a dot after: the number may go on")
        #expect(AnswerMatcher.canonicalVersions("0.3 0.30") == "0.3 0.30")
    }

    @Test func aLinkAloneAndVersionLines() {
        #expect(QuizGenerator.answersWithALinkAlone("[the guide](https://docs.example.org/guide)"))
        #expect(QuizGenerator.answersWithALinkAlone("<https://example.org/a>"))
        #expect(!QuizGenerator.answersWithALinkAlone("[the guide](https://docs.example.org/a guide)"))
        #expect(!QuizGenerator.answersWithALinkAlone("https://example.org explains it"))
        #expect(QuizGenerator.opensWithVersion("- v2.1: faster start"))
        #expect(QuizGenerator.opensWithVersion("2.10.3（2020）"))
        #expect(QuizGenerator.opensWithVersion("3.0"))
        #expect(!QuizGenerator.opensWithVersion("2.1x adds streams"))
        #expect(!QuizGenerator.opensWithVersion("V2.1 adds streams"), "a capital V is no version mark")
    }
}
