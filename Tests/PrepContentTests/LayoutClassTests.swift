import Foundation
import Testing

@testable import PrepContent

/// Layout classes found in collections the importer had never seen, each written here in our own words:
/// the signal that makes an item, and the damage an item must not take on its way to a card.
@Suite struct LayoutClassTests {
    private func parse(_ text: String, path: String = "t/notes.md") -> ParseResult {
        ContentParser().parse(text: text, path: path)
    }

    private func qa(_ text: String, path: String = "t/notes.md") throws -> [QAItem] {
        try #require(parse(text, path: path).article).qa
    }

    @Test func aBoldQuestionWithANoteAfterItAndItsAnswerLabelAlone() throws {
        let text = """
            **Q1: Why does an index speed up reads?** (asked often)

            **A:**

            | without | with |
            |---|---|
            | full scan | tree walk |

            **Q2: 為什麼用連線池？** ⭐ NEW（常考）

            **答：**

            - 建立連線很貴
            - 重用省時間
            """
        let result = parse(text)
        let items = try #require(result.article).qa.filter { $0.number != nil }
        #expect(items.map(\.question) == ["Why does an index speed up reads?", "為什麼用連線池？"])
        #expect(items[1].answer == "- 建立連線很貴\n- 重用省時間")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aQuestionLineEndingInABreakTagKeepsTheAnswerLabelBelowIt() throws {
        let text = """
            **Q: What does a load balancer spread?**<br>
            A: Requests, across several servers.

            **问：缓存为什么会雪崩？**<br/>
            答：大量键同时过期。
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["What does a load balancer spread?", "缓存为什么会雪崩？"])
        #expect(items.map(\.answer) == ["Requests, across several servers.", "大量键同时过期。"])
    }

    @Test func questionAndAnswerAsSiblingBullets() throws {
        let text = """
            ## Review
            - **Q:** What does DNS translate?
            - **A:** Names into addresses.
            - Q: Which port does HTTPS use by default?
            - A: 443.
            """
        let result = parse(text)
        let items = try #require(result.article).qa
        #expect(items.map(\.question) == ["What does DNS translate?", "Which port does HTTPS use by default?"])
        #expect(items.map(\.answer) == ["Names into addresses.", "443."])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aFoldedCalloutIsAQuestionWithItsAnswerInside() throws {
        let text = """
            > [!question]- Why salt a password hash?
            > So that equal passwords hash differently.

            > [!faq]+ 為什麼要設定逾時？
            > 避免一個慢請求佔住連線。
            > 也讓重試有機會。

            > [!note] Plain remark
            > Not a question at all.
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["Why salt a password hash?", "為什麼要設定逾時？"])
        #expect(items[0].answer == "So that equal passwords hash differently.")
        #expect(items[1].answer == "避免一個慢請求佔住連線。\n也讓重試有機會。")
    }

    @Test func aNumberingThenALabelKeepsNeither() throws {
        let text = """
            > [!question]- Q3. 面試題：為什麼要設定逾時？
            > 避免一個慢請求佔住連線。

            > [!question]- 4. Question: Why salt a password hash?
            > So that equal passwords hash differently.
            """
        #expect(try qa(text).map(\.question) == ["為什麼要設定逾時？", "Why salt a password hash?"])
    }

    @Test func aNumberedExerciseWithItsAnswerLabelledUnderIt() throws {
        let text = """
            ## Practice

            1. **Count the hops** (lab). Trace a route to any site and count the routers on the way.
               Answer key: usually ten to twenty; the last few belong to the site's provider.
            2. **讀一份設定檔**（練習）。打開你常用的伺服器設定，找出逾時的值。
               答案要點：多半在 30 到 60 秒之間。
            """
        let result = parse(text)
        let items = try #require(result.article).qa
        #expect(items.count == 2)
        #expect(items[0].question.hasPrefix("**Count the hops** (lab)."))
        #expect(items[0].answer == "usually ten to twenty; the last few belong to the site's provider.")
        #expect(items[1].answer == "多半在 30 到 60 秒之間。")
    }

    @Test func aTaskHeadingWithItsAnswerUnderAnAnswerHeading() throws {
        let text = """
            # Explain how a write-through cache stays fresh

            Walk through one write and one read.

            ## Answer guide

            - Every write goes to the cache and the store together.
            - A read finds the fresh value in the cache.
            """
        let items = try qa(text)
        #expect(items.count == 1)
        #expect(items[0].question == "Explain how a write-through cache stays fresh\n\nWalk through one write and one read.")
        #expect(items[0].answer.hasPrefix("- Every write goes"))
    }

    @Test func aLabelOnlyHeadingOverAQuestionParagraphAndItsCode() throws {
        let text = """
            ## Q1

            What does this return?

            ```py
            def first(items):
                return items[0]
            ```

            The first element, or IndexError when the list is empty.

            ## Q2

            Why is a tuple hashable?

            It cannot change, so its hash cannot either.
            """
        let items = try qa(text)
        #expect(items.map(\.number) == ["1", "2"])
        #expect(items[0].question == "What does this return?\n\n```py\ndef first(items):\n    return items[0]\n```")
        #expect(items[0].answer == "The first element, or IndexError when the list is empty.")
        #expect(items[1].question == "Why is a tuple hashable?")
    }

    @Test func aSummaryThatOnlyNumbersTheQuestionHoldsItsPromptAndCode() throws {
        let text = """
            <details><summary>Question 4</summary>

            What does this print?

            ```py
            for word in ["a", "b"]:
                print(word.upper())
            ```

            **Answer:** A, then B.
            </details>
            """
        let items = try qa(text)
        #expect(items.map(\.number) == ["4"])
        #expect(items.first?.question.hasSuffix("for word in [\"a\", \"b\"]:\n    print(word.upper())\n```") == true)
        #expect(items.first?.answer == "A, then B.")
    }

    @Test func aLeadingRuleWithoutKeysIsNoFrontMatter() throws {
        let text = """
            ---

            ### 為什麼需要索引？

            **答：** 少掃很多列。

            ---

            ## 延伸
            """
        let result = parse(text)
        #expect(try #require(result.article).qa.map(\.question) == ["為什麼需要索引？"])
        let matter = "---\ntitle: Notes\n---\n\n### Why index?\n\nFewer rows read.\n"
        #expect(try #require(parse(matter).article).title == "Notes")
    }

    @Test func aPlainBulletAmongAskingBulletsWithItsAnswerIndentedIsAnItem() throws {
        let text = "- 什麼是閉包？\n\n\t\t函式和它記得的變數。\n\n- 盒模型的寬度\n\n\t\t內容加內距加邊框。\n\n- 為什麼要節流？\n\n\t\t少做重複的工作。\n"
        #expect(try qa(text).map(\.question) == ["什麼是閉包？", "盒模型的寬度", "為什麼要節流？"])
    }

    @Test func codeInAQuestionAboveARevealedAnswerKeepsItsIndentation() throws {
        let text = """
            ### Round 1

            What does this print?

            ```py
            for i in range(2):
                print(i)
            ```

            <details><summary>Answer</summary>

            0 and 1.
            </details>
            """
        let items = try qa(text)
        #expect(items.first?.question.contains("\n    print(i)") == true)
    }

    @Test func markupInAnIndentedAnswerIsKept() throws {
        let text = "- 哪些元素是空元素？\n\n\t\t常見的有：\n\t\t\t<br> <hr> <img>\n\n- 怎麼畫一條細線？\n\n\t\t<div style=\"height:1px;background:gray\"></div>\n"
        let items = try qa(text)
        #expect(items.count == 2)
        #expect(items[0].answer.contains("<br> <hr> <img>"))
        #expect(items[1].answer == "<div style=\"height:1px;background:gray\"></div>")
    }

    @Test func aPlaceholderInACodeSpanIsNoTag() throws {
        let text = "## Q3\n\nWhy does `ssh <host>` ask for a password before `git push <remote>`?\n\nNo key is loaded.\n"
        #expect(try qa(text).first?.question == "Why does `ssh <host>` ask for a password before `git push <remote>`?")
        #expect(MarkdownSyntax.withoutTags("連到 <網站> 的 <b>443</b> 埠") == "連到 <網站> 的 443 埠")
    }

    @Test func aQuestionTableReportsEachRowAtItsOwnLine() throws {
        let text = "## Drill\n\n| Question | Answer |\n|---|---|\n| What is a mutex? | A lock one thread holds at a time. |\n| What is a semaphore? | A counter of permits. |\n"
        #expect(try qa(text).map(\.line) == [5, 6])
    }

    @Test func aHeadingInsideAnAnswerIsShownAsABoldLine() throws {
        let text = "## What is sharding?\n\nSplitting data across machines.\n\n#### Trade-offs\n\nCross-shard queries cost more.\n"
        #expect(try qa(text).first?.answer == "Splitting data across machines.\n\n**Trade-offs**\n\nCross-shard queries cost more.")
    }

    @Test func anAnswerThatIsStillToBeWrittenIsNoCard() throws {
        let text = "## What is a bloom filter?\n\nTODO\n\n## What is a skip list?\n\nLinked lists with express lanes.\n"
        let result = parse(text)
        #expect(try #require(result.article).qa.map(\.question) == ["What is a skip list?"])
        #expect(result.diagnostics.map(\.description) == ["t/notes.md:1:1: warning: question has no answer"])
    }

    @Test func aFileWithLabelledAnswersButNoItemIsNeverASilentZero() {
        let text = "Some notes.\n\nAnswer key: nothing above asked.\n"
        let result = parse(text)
        #expect(result.article?.cards.isEmpty == true)
        #expect(!result.diagnostics.isEmpty)
    }
}
