import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, eighth blind reading: how cards imported from other people's collections are asked. Fixtures are
/// written for these tests.
struct QuizImportedCardTests {
    private func card(_ front: String, _ back: String, lang: String = "en") -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: .qa, lang: lang, front: front, back: back)
    }

    /// Distractors that overstate ("所有", "僅能", "always") are ruled out for their wording: the plain key is
    /// recalled from the stem instead of chosen.
    @Test func aPlainKeyAmongOverstatedDistractorsIsRecalled() {
        let front = """
            快取的主要好處是什麼？
            A. 讓所有請求都不必再查資料庫
            B. 把常讀的資料放在較快的地方
            C. 僅能用在靜態網頁
            D. 僅能在單機上使用
            """
        let question = QuizGenerator().questions(for: [card(front, "B", lang: "zh-Hant")], pool: [], count: 1, seed: 3)[0]
        #expect(question.kind == .recall(prompt: "快取的主要好處是什麼？", answer: "把常讀的資料放在較快的地方", mode: .selfGraded))
        let english = "What does a load balancer do?\nA. Spreads requests over servers\nB. Always encrypts traffic\nC. Stores every session\nD. Compiles code"
        #expect(QuizGenerator.writtenChoice(card(english, "A"))?.isBalanced == false)
    }

    /// A question with several right options, keyed by their letters, is recalled with its options under the stem
    /// and the picked ones written out on the back, without the lines that only label the options or the
    /// explanation (issue 20, twentieth reading).
    @Test func severalPickedOptionsAreWrittenOut() {
        let front = """
            哪些做法能減少資料庫的負載？

            **選項：**
            - A. 把常讀的結果放進快取
            - B. 為常用的查詢條件建索引
            - C. 每個請求都重新連線
            - D. 批次寫入
            """
        let back = "A、B、D\n\n**📖 解析**\n\n重新連線反而加重負擔。"
        let question = QuizGenerator().questions(for: [card(front, back, lang: "zh-Hant")], pool: [], count: 1, seed: 3)[0]
        #expect(question.kind == .recall(
            prompt: "哪些做法能減少資料庫的負載？\n- A. 把常讀的結果放進快取\n- B. 為常用的查詢條件建索引\n- C. 每個請求都重新連線\n- D. 批次寫入",
            answer: "- A. 把常讀的結果放進快取\n- B. 為常用的查詢條件建索引\n- D. 批次寫入\n\n重新連線反而加重負擔。",
            mode: .selfGraded))
        // Emphasis around a line of the stem is kept whole, not taken for the bullet of the first option.
        let english = "Which of these are HTTP methods?\n\n*(Pick every one that applies)*\n\n- A. GET\n\n- B. FETCH\n\n- C. PUT"
        #expect(QuizGenerator.writtenSelection(card(english, "A and C\nFETCH is a browser API."))?.stem
            == "Which of these are HTTP methods?\n\n*(Pick every one that applies)*")
        #expect(QuizGenerator.keyLetters(line: "**Answer:** B and D") == [1, 3])
        #expect(QuizGenerator.keyLetters(line: "ACD") == [0, 2, 3])
        #expect(QuizGenerator.keyLetters(line: "答案：A/C") == [0, 2])
        // One letter is a plain choice; a word of capitals or a sentence picks nothing.
        #expect(QuizGenerator.keyLetters(line: "B") == nil)
        #expect(QuizGenerator.keyLetters(line: "BAD") == nil)
        #expect(QuizGenerator.keyLetters(line: "A and B are both wrong") == nil)
    }

    /// One overstating distractor, or a key that overstates too, is an ordinary choice.
    @Test func aLoneAbsoluteWordKeepsTheChoice() {
        let one = "Which port does SSH use by default?\nA. 22\nB. 80\nC. Any free port\nD. 443"
        #expect(QuizGenerator.writtenChoice(card(one, "A"))?.isBalanced == true)
        let keyToo = "哪一項不是好提示的要素？\nA. 清楚的目標\nB. 避免使用任何術語\nC. 所有內容都用大寫\nD. 僅能用英文"
        #expect(QuizGenerator.writtenChoice(card(keyToo, "B", lang: "zh-Hant"))?.isBalanced == true)
        // "all" is a word, not the start of "install".
        #expect(!QuizGenerator.overstates("Install the package"))
        #expect(QuizGenerator.overstates("It never fails"))
    }

    /// The one option in quotation marks among bare ones is picked by its form, as a far longer one is.
    @Test func theOnlyQuotedOptionStandsOut() {
        let front = "Which prompt makes an assistant summarise a meeting?\nA. Let it guess\nB. “List each action, its owner and its deadline.”\nC. Say nothing\nD. Type faster"
        #expect(QuizGenerator.writtenChoice(card(front, "B"))?.isBalanced == false)
        let allQuoted = "Which prompt is clearest?\nA. “Fix the bug in the login form.”\nB. “List each action and its owner.”\nC. “Make the page load a bit faster.”"
        #expect(QuizGenerator.writtenChoice(card(allQuoted, "B"))?.isBalanced == true)
    }

    /// A stem that points at its options ("以下哪一個…") cannot be recalled without them, and with them the key
    /// stands out as it did in the choice: such a card is not asked. A stem that asks "which X" on its own is
    /// recalled from the stem alone, without the options that would point at the key.
    @Test func anUnfairChoiceThatPointsAtItsOptionsIsNotAsked() {
        let options = """
            A. 「翻成英文。」
            B. 「寫短一點。」
            C. 「請把紀錄裡每一項待辦整理成清單，列出負責人、期限與目前進度。」
            D. 「加上標題。」
            """
        let pointing = "要把一段會議紀錄整理成待辦清單，以下哪一個指令最好？\n" + options
        #expect(!QuizGenerator(screenLanguage: .zhHant).asks(card(pointing, "C", lang: "zh-Hant")))
        let standing = "要把一段會議紀錄整理成待辦清單，該對助理下哪一個指令？\n" + options
        let generator = QuizGenerator(screenLanguage: .zhHant)
        #expect(generator.asks(card(standing, "C", lang: "zh-Hant")))
        #expect(QuizGenerator.writtenChoice(card(standing, "C", lang: "zh-Hant"))?.isBalanced == false)
        let fair = "Which command lists running containers?\nA. docker ps\nB. docker rm\nC. docker pull\nD. docker tag"
        #expect(QuizGenerator(screenLanguage: .en).asks(card(fair, "A")))
    }
}

extension QuizImportedCardTests {
    /// A front that only names a topic is asked to be explained, in the screen's words; a question, an exam task
    /// or a comparison asked without a question mark stays as written.
    @Test func aTopicFrontIsAskedToBeExplained() {
        func prompt(_ front: String, _ screen: QuizLanguage) -> String? {
            let question = QuizGenerator(screenLanguage: screen).questions(
                for: [card(front, "A long answer that is revealed, not typed, since it is a sentence.")], pool: [], count: 1, seed: 2)[0]
            guard case .recall(let prompt, _, _) = question.kind else { return nil }
            return prompt
        }
        #expect(prompt("選擇器的優先順序", .zhHant) == "請說明：選擇器的優先順序")
        #expect(prompt("Event bubbling", .en) == "Explain: Event bubbling")
        // The framing speaks the screen's language; a topic written in the other one is left as written rather
        // than wrapped in words of a second language.
        #expect(prompt("選擇器的優先順序", .en) == "選擇器的優先順序")
        #expect(prompt("Event bubbling", .zhHant) == "Event bubbling")
        #expect(prompt("What is event bubbling?", .en) == "What is event bubbling?")
        #expect(prompt("Explain event bubbling", .en) == "Explain event bubbling")
        #expect(prompt("進程與線程的區別", .zhHant) == "進程與線程的區別")
    }
}

extension QuizImportedCardTests {
    /// An instruction, a line that addresses the learner or a sentence is no topic, asked as written.
    @Test(arguments: ["给我一个常见的运行时异常", "Tell us something about load balancers.", "Give two uses of a queue", "舉出兩種排序法", "What you keep in a cache"])
    func anInstructionIsNoTopic(front: String) {
        #expect(!FrontForm.namesATopic(front))
    }
}
