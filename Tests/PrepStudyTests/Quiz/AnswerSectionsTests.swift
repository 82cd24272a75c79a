import PrepStudy
import Testing

/// A revealed answer shows the answer, not the advice, summary, mind map and labels written around it.
struct AnswerSectionsTests {
    @Test func labelledSectionsKeepOnlyTheAnswer() {
        let back = """
            **答题思路**

            先講定義，再舉例。

            **答题关键点**

            1. **無狀態**：每次請求各自獨立。

            **答案示例**

            HTTP 是無狀態的請求－回應協定。

            - 200 表示成功

            **关键点脑图**

            ```markdown
            - HTTP
              - 無狀態
            ```
            """
        #expect(AnswerSections.shown(back) == "HTTP 是無狀態的請求－回應協定。\n\n- 200 表示成功")
    }

    @Test func aLabelOpeningItsTextOnOneLine() {
        let back = "回答思路：\n先談純 CSS 的問題。\n\n回答：\n兩者都解決命名衝突。\n\n**答案：** 用雜湊過的 class 名稱"
        #expect(AnswerSections.shown(back) == "兩者都解決命名衝突。\n\n用雜湊過的 class 名稱")
        #expect(AnswerSections.shown("### Sample Answer\nA closure keeps its scope.") == "A closure keeps its scope.")
    }

    @Test func aBackWithoutAnAnswerLabelIsShownAsWritten() {
        for back in ["答题思路\n\n只有思路。", "思路很重要，答案是 42。", "A. Google\nB. Bing", "```\n**答案示例**\n```"] {
            #expect(AnswerSections.shown(back) == back)
        }
    }
}
