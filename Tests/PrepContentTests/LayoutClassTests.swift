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

            > [!question]- Design a shard key for an order table
            > Hash the customer id, so one customer's orders stay together.
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["Why salt a password hash?", "為什麼要設定逾時？", "Design a shard key for an order table"])
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

    @Test func unnumberedHeadingsBetweenTwoNumberedQuestionsOfTheirLevelArePartsOfTheAnswer() throws {
        let text = """
            ### 3. How do you drop every entry of a map?

            There are two common ways.

            ### Way one

            Assign a fresh, empty map to the variable.

            ### Way two

            Call its clear method, which empties it in place.

            ### 4. What does a set keep out?

            Duplicates.

            ### Further reading

            ### 5. Is a set ordered?

            Not unless you ask for a sorted one.
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["How do you drop every entry of a map?", "What does a set keep out?", "Is a set ordered?"])
        #expect(items[0].answer.contains("**Way one**") && items[0].answer.hasSuffix("empties it in place."))
        // A heading with nothing under it is a section title, not a part of the answer above it.
        #expect(items[1].answer == "Duplicates.")
    }

    @Test func anUnnumberedHeadingAfterTheLastNumberedQuestionIsASection() throws {
        let text = """
            ### 1. What is a heap?

            A tree kept in heap order.

            ### 2. What is a trie?

            A tree keyed by prefixes.

            ### Summary

            Both are trees.
            """
        let items = try qa(text)
        #expect(items.map(\.answer) == ["A tree kept in heap order.", "A tree keyed by prefixes."])
    }

    @Test func optionsLetteredWithAColonAreOptionsNotAnAnswerLabel() throws {
        let text = """
            ###### 1. What does this print?

            ```js
            console.log(typeof null)
            ```

            - A: `"null"`
            - B: `"object"`
            - C: `"undefined"`

            <details><summary><b>Answer</b></summary>

            #### Answer: B

            A historical quirk of the first engine.

            </details>
            """
        let item = try #require(try qa(text).first)
        #expect(item.question.hasSuffix("- A: `\"null\"`\n- B: `\"object\"`\n- C: `\"undefined\"`"))
        #expect(item.answer.hasPrefix("B"))
        // One lettered bullet alone is still an answer label.
        let labelled = try qa("- Q: Why pool connections?\n- A: Opening one is slow.\n")
        #expect(labelled.map(\.answer) == ["Opening one is slow."])
    }

    @Test func anAnswerLabelOnTheQuestionsOwnLineRunsOnOverTheParagraphsBelow() throws {
        let text = """
            **Q：**要不要先看監控？ **A：**要，沒有監控就看不到佇列積壓。

            三個候選裡，只有一個自帶儀表板。

            **Q：**能否保證順序？ **A：**單一分區內可以。
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["要不要先看監控？", "能否保證順序？"])
        #expect(items[0].answer == "要，沒有監控就看不到佇列積壓。\n\n三個候選裡，只有一個自帶儀表板。")
        #expect(items[1].answer == "單一分區內可以。")
    }

    @Test func aChoiceStemEndingInABlankOwnsTheOptionsWrittenFlushUnderIt() throws {
        let text = """
            1. **【初級】關於切片，下面說法正確的是（）**
            A. 切片是值型別
            B. 切片共用底層陣列
            C. 切片長度固定

            參考答案：B

            關於 map 的零值，下面說法正確的是（）
            A. 可以直接寫入
            B. 讀取會回傳零值

            參考答案：B
            """
        let items = try qa(text)
        #expect(items.count == 2)
        #expect(items[0].question == "關於切片，下面說法正確的是（）\nA. 切片是值型別\nB. 切片共用底層陣列\nC. 切片長度固定")
        #expect(items.map(\.answer) == ["B", "B"])
        #expect(QuestionText.endsInQuestionMark("The keyword that declares a constant is ____."))
        #expect(!QuestionText.endsInQuestionMark("Call len() on it."))
    }

    @Test func aQuestionTableHeadedInChineseWithASerialColumnGivesQuestionCards() throws {
        let text = """
            | 序號 | 面試題 | 參考答案 |
            |---:|---|---|
            | 1 | 為什麼要用連線池？ | 建立連線很貴，重用省時間。 |
            | 2 | 索引為什麼加快查詢？ | 用樹走訪取代全表掃描。 |
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["為什麼要用連線池？", "索引為什麼加快查詢？"])
        #expect(items.map(\.answer) == ["建立連線很貴，重用省時間。", "用樹走訪取代全表掃描。"])
    }

    @Test func anAbbreviatedAnswerLabelAndAFollowUpLabel() throws {
        let text = """
            What does a load balancer do?

            Ans. It spreads requests over several servers.

            **Follow-up**: What happens when one server fails?
            **Answer**: Health checks take it out of the pool.
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["What does a load balancer do?", "What happens when one server fails?"])
        #expect(items.map(\.answer) == ["It spreads requests over several servers.", "Health checks take it out of the pool."])
    }

    @Test func anObsidianCardIsItsQuestionALoneQuestionMarkLineAndItsAnswer() throws {
        let text = """
            ## Licences

            May you keep a backup copy of bought software?
            ?
            Yes, one, while you hold the licence.

            Capital of the Netherlands
            ??
            Amsterdam
            ## Next section

            A paragraph that asks nothing.
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["May you keep a backup copy of bought software?", "Capital of the Netherlands"])
        #expect(items.map(\.answer) == ["Yes, one, while you hold the licence.", "Amsterdam"])
    }

    @Test func aLogseqCardIsItsTaggedBlockWithTheChildBlocksAsItsAnswer() throws {
        let text = """
            type:: flashcards

            - #card How do you start a new line in the same block?
              collapsed:: true
            	- Press shift and enter together,
            	  and the block goes on.
            - #card How do you mark a task?
              card-repeats:: 1
              card-last-score:: 5
            	- Sol: type TODO at the block's start
            - #card How do you embed a code block?
            	- ```bash
            	  echo hi
            	  ```
            	- Three backticks, as in markdown.
            - A block that is no card
            """
        let items = try qa(text)
        #expect(items.map(\.question) == [
            "How do you start a new line in the same block?", "How do you mark a task?", "How do you embed a code block?",
        ])
        #expect(items[0].answer == "Press shift and enter together,\nand the block goes on.")
        #expect(items[1].answer == "type TODO at the block's start")
        #expect(items[2].answer.contains("echo hi") && items[2].answer.hasSuffix("Three backticks, as in markdown."))
    }

    @Test func aDifficultyBadgeAndTheListNumberStayOutOfARevealedQuestion() throws {
        let text = """
            13. What does git push do?

            ![Easy](https://example.com/badges/simple%20(2).svg)

            <details> <summary> <b> Show Answer </b> </summary>

            It uploads local commits to a remote.

            </details>

            14. What does git fetch do?

            <details><b>Show Answer</b></summary>

            It downloads remote commits without merging them.

            </details>
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["What does git push do?", "What does git fetch do?"])
        #expect(items.map(\.number) == ["13", "14"])
        #expect(items[1].answer == "It downloads remote commits without merging them.")
    }

    @Test func aPostWhoseBodyIsHTMLIsReadByItsHeadingsParagraphsListsAndCode() throws {
        let text = """
            ---
            title: Java questions
            ---

            <p>A note before the questions.</p>
            <h3>01、請說出 Java 14 的重要更新</h3>
            <p>發布於 2020 年，重要更新有：</p>
            <ul>
            <li>switch 表達式</li>
            <li><strong>Records</strong>，預覽</li>
            </ul>
            <h3>02、什麼是 JVM？</h3>
            <p>執行位元組碼的虛擬機。</p>
            <pre><code class="java">int a = 1;
            if (a &lt; 2) { }
            </code></pre>
            """
        let result = parse(text)
        let items = try #require(result.article).qa
        #expect(items.map(\.question) == ["請說出 Java 14 的重要更新", "什麼是 JVM？"])
        #expect(items[0].answer == "發布於 2020 年，重要更新有：\n\n- switch 表達式\n\n- **Records**，預覽")
        #expect(items[1].answer == "執行位元組碼的虛擬機。\n\n```\nint a = 1;\nif (a < 2) { }\n```")
        #expect(items.map(\.line) == [6, 12])
    }

    @Test func questionLinesWithTheirAnswersOnTheNextLineAreItemsWhenThePageDoesItTwice() throws {
        let copied = "What is a mutex?\nA lock only one thread holds at a time.\n\nWhat is a semaphore?\nA counter of free permits.\n"
        let items = try #require(ContentParser().parse(text: copied, path: "t/page.txt").article).qa
        #expect(items.map(\.answer) == ["A lock only one thread holds at a time.", "A counter of free permits."])
        // A page copy parts them with blank lines; three or more make a collection.
        let parted = (1...3).map { "What is item \($0)?\n\nIt is the thing numbered \($0)." }.joined(separator: "\n\n")
        let page = try #require(ContentParser().parse(text: "Notes\n\n" + parted + "\n", path: "t/page.txt").article)
        #expect(page.qa.map(\.answer) == (1...3).map { "It is the thing numbered \($0)." })
        // Once is a rhetorical question in prose, not a collection.
        let prose = "Why does this matter?\nBecause every request waits.\n\nThe rest is detail.\n"
        #expect(try #require(ContentParser().parse(text: prose, path: "t/page.txt").article).qa.isEmpty)
    }

    @Test func aSavedWebPageIsReadWithoutItsHeadScriptsAndNavigation() throws {
        let page = """
            <!DOCTYPE html>
            <html><head><title>Networking FAQ</title>
            <style>h2 { color: red }</style></head>
            <body><nav><a href="/">Home</a> <h2>Menu</h2></nav>
            <h1>Networking FAQ</h1>
            <h2>What does TCP guarantee?</h2><p>Ordered, reliable delivery of a byte stream.</p>
            <h2>What does UDP leave out?</h2>
            <p>Ordering and retries &amp; any connection set-up.</p>
            <script>var h2 = "<h2>not a question?</h2>";</script>
            <dl><dt>Why is DNS mostly UDP?</dt><dd>One small question, one small answer.</dd></dl>
            <details><summary>What port does HTTPS use?</summary><p>443.</p></details>
            <footer><h2>Contact us?</h2><p>mail</p></footer>
            </body></html>
            """
        let result = ContentParser().parse(text: page, path: "t/faq.html")
        let article = try #require(result.article)
        #expect(article.format == .markdown)
        #expect(article.title == "Networking FAQ")
        #expect(article.qa.map(\.question) == [
            "What does TCP guarantee?", "What does UDP leave out?", "Why is DNS mostly UDP?", "What port does HTTPS use?",
        ])
        #expect(article.qa.map(\.answer) == [
            "Ordered, reliable delivery of a byte stream.", "Ordering and retries & any connection set-up.",
            "One small question, one small answer.", "443.",
        ])
        #expect(article.qa.first?.line == 6)
        #expect(ContentLibrary.knownExtensions.isSuperset(of: ["html", "htm"]))
    }

    @Test func aTickedTaskListIsAChoiceAnsweredByTheTickedOption() throws {
        let text = """
            #### Q3. Which element groups related form fields?

            - [ ] <section>
            - [x] <fieldset>
            - [ ] <legend>

            #### Q4. Which of these are void elements?

            - [x] br
            - [ ] p
            - [x] img
            """
        let items = try qa(text)
        #expect(items[0].question == "Which element groups related form fields?\n\n- `<section>`\n- `<fieldset>`\n- `<legend>`"
            || items[0].question == "Which element groups related form fields?\n\n- <section>\n- <fieldset>\n- <legend>")
        #expect(items[0].answer.contains("fieldset") && !items[0].answer.contains("[x]"))
        #expect(items[1].answer == "- br\n- img")
    }

    @Test func aTagTheQuestionNamesIsKeptAsCode() {
        #expect(QuestionText.clean("What is the use of the <fieldset> tag?") == "What is the use of the `<fieldset>` tag?")
        #expect(QuestionText.clean("What does <wbr> do?") == "What does `<wbr>` do?")
        // Markup around the words is still markup.
        #expect(QuestionText.clean("<b>What is a closure?</b>") == "What is a closure?")
        #expect(QuestionText.clean("What is a closure?<br>") == "What is a closure?")
    }

    @Test func aBoldAnswerLabelMayEndBeforeItsLine() throws {
        let text = "**2. Which is not a kernel task?**\na) Scheduling\nb) Defragmenting disks\n**Answer: b) Defragmenting disks** (a utility's job)\n"
        let item = try #require(try qa(text).first)
        #expect(item.answer == "b) Defragmenting disks (a utility's job)")
    }

    @Test func vuepressAndDocusaurusContainers() throws {
        let text = """
            ### 什麼是指標？
            ::: details 答案
            存放另一個值的位址。

            ```go
            p := &n
            ```
            :::

            ### 切片會複製底層陣列嗎？
            :::tip 提示
            想想容量。
            :::
            不會，切片共用底層陣列。
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["什麼是指標？", "切片會複製底層陣列嗎？"])
        #expect(items[0].answer == "存放另一個值的位址。\n\n```go\np := &n\n```")
        #expect(!items[1].answer.contains(":::"))
    }

    @Test func aQuestionWithAnInstructionAfterItEndsItsLine() throws {
        let text = "1. What is a race condition? Give an example.\nTwo threads update one counter without a lock.\n\n2. What is a deadlock?\nTwo threads each wait for the other's lock.\n"
        let items = try qa(text)
        #expect(items.map(\.question) == ["What is a race condition? Give an example.", "What is a deadlock?"])
        #expect(items.map(\.answer) == ["Two threads update one counter without a lock.", "Two threads each wait for the other's lock."])
        // A query string is no question mark: `/users?name=Ali` ends nothing.
        #expect(!QuestionText.endsInQuestionAndInstruction("Query params: /users?name=Ali → req.query.name."))
    }

    @Test func codeInAnAnswerKeepsItsLinesOfTagsAlone() throws {
        let text = "## How do you wrap a form in a section?\n\nPut the form inside it:\n\n```html\n<section>\n  <form>\n  </form>\n</section>\n```\n"
        #expect(try qa(text).first?.answer == "Put the form inside it:\n\n```html\n<section>\n  <form>\n  </form>\n</section>\n```")
    }

    @Test func aFoldWhoseAnswerWasNeverWrittenIsNoCard() throws {
        let text = "<details>\n<summary>What is a canary release?</summary><br><b>\n</b></details>\n\n<details>\n<summary>What is a blue-green deploy?</summary><br><b>\nTwo environments; traffic switches at once.\n</b></details>\n"
        #expect(try qa(text).map(\.question) == ["What is a blue-green deploy?"])
    }

    @Test func aMarkdownTitleOverOneLongLineOfExportedHTML() throws {
        let text = """
            # Web questions

            <div class="unit"><h2>1. What does the alt attribute give?</h2><h3>Answer:</h3><div><p>Text for readers who cannot see the image.</p></div></div> <div class="unit"><h2>2. What is a void element?</h2><h3>Answer:</h3><div><p>One with no content and no closing tag.</p></div></div>
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["What does the alt attribute give?", "What is a void element?"])
        #expect(items.map(\.answer) == ["Text for readers who cannot see the image.", "One with no content and no closing tag."])
    }

    @Test func anHTMLFileIsReadAsAPageWhateverItsFirstTag() throws {
        let fragment = """
            <PostInfo title="Java" />
            <h2>问题1：什么是 JVM？</h2>
            <p>答：执行字节码的虚拟机。</p>
            <h2>问题2：什么是 JRE？</h2>
            <p>答：JVM 加上标准类库。</p>
            """
        let items = try qa(fragment, path: "t/post.html")
        #expect(items.map(\.answer) == ["执行字节码的虚拟机。", "JVM 加上标准类库。"])
    }

    @Test func anObsidianCardLeavesItsTagsAndNumberOutOfTheFront() throws {
        let text = """
            #python
            1.How do you run a script?
            ?
            python hello.py
            <!--SR:!2025-04-04,15,290-->

            ### **Q2** What does `pip freeze` print?
            ?
            Every installed package with its version.
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["How do you run a script?", "What does `pip freeze` print?"])
        #expect(items.map(\.number) == ["1", "2"])
        #expect(items.map(\.answer) == ["python hello.py", "Every installed package with its version."])
    }

    @Test func aPlainlyTitledFoldAmongFoldsThatAskIsAQuestion() throws {
        let text = """
            <details><summary>What is a pod?</summary>

            The smallest deployable unit.

            </details>
            <details><summary>Why use a service?</summary>

            A stable address in front of changing pods.

            </details>
            <details><summary>RBAC: Role versus ClusterRole</summary>

            A Role is namespaced; a ClusterRole is not.

            </details>
            """
        #expect(try qa(text).map(\.answer).last == "A Role is namespaced; a ClusterRole is not.")
    }

    @Test func proseHardWrappedAtAWidthReadsAsItsSentences() {
        let wrapped = [
            "Volumes are created and managed by the container engine. You create one explicitly with the",
            "volume create command, or the engine creates one when a container starts.",
            "- a bullet stays",
            "  on its lines",
            "Short line",
            "lower case after a short line stays.",
            "volatile-lru：從設了過期時間的鍵裡挑最近最少使用的淘汰掉，這一行寫得很長很長很長很長很長很長",
            "volatile-ttl：從設了過期時間的鍵裡挑最快過期的淘汰",
        ]
        #expect(ItemRecogniser.withHardWrapsJoined(wrapped) == [
            "Volumes are created and managed by the container engine. You create one explicitly with the volume create command, or the engine creates one when a container starts.",
            "- a bullet stays", "  on its lines", "Short line", "lower case after a short line stays.",
            "volatile-lru：從設了過期時間的鍵裡挑最近最少使用的淘汰掉，這一行寫得很長很長很長很長很長很長",
            "volatile-ttl：從設了過期時間的鍵裡挑最快過期的淘汰",
        ])
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
