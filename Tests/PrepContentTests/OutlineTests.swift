import Foundation
import Testing

@testable import PrepContent

/// The one block grammar: every kind of block, with its children, as the readers hand it to the recognisers.
@Suite struct OutlineReaderTests {
    private func kinds(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            switch block.kind {
            case .heading(let level): "h\(level)"
            case .paragraph: block.isBoldLine ? "bold" : "p"
            case .listItem(let ordered): ordered ? "ol" : "ul"
            case .quote: "quote"
            case .code: "code"
            case .details: "details"
            case .table: "table"
            case .label(let marker): marker.isQuestion ? "q" : marker == .answer ? "a" : "label"
            case .annotation: "annotation"
            case .rule: "rule"
            case .html: "html"
            case .furniture: "furniture"
            }
        }
    }

    @Test func everyBlockKind() {
        let lines = """
            # Title
            A paragraph
            that goes on.

            **A bold line**
            - a bullet

              a child paragraph
            1. a numbered item
            > quoted
            ```swift
            let x = 1
            ```
            <details><summary>More</summary>

            Hidden text.

            </details>

            | a | b |
            |---|---|
            | 1 | 2 |

            Q: Asked?
            A: Answered.
            id: one
            ---
            <p align="center">
            Share this
            """.components(separatedBy: "\n")
        let blocks = OutlineReader.blocks(of: lines)
        #expect(
            kinds(blocks) == [
                "h1", "p", "bold", "ul", "ol", "quote", "code", "details", "table", "q", "a", "annotation", "rule", "html",
                "furniture",
            ])
        #expect(blocks[1].text == "A paragraph that goes on.")
        #expect(kinds(blocks[3].children) == ["p"])
        #expect(blocks[7].text == "More" && kinds(blocks[7].children) == ["p"])
        #expect(blocks[8].range == 19..<22)
    }

    @Test func listItemsNestAndANumberedItemEndsAtItsQuestionMark() {
        let lines = ["- parent", "  - child", "    - grandchild", "1.  Which one?", "    A. this", "    B. that", "    **答案：** A"]
        let blocks = OutlineReader.blocks(of: lines)
        #expect(kinds(blocks) == ["ul", "ol"])
        #expect(kinds(blocks[0].children) == ["ul"] && kinds(blocks[0].children[0].children) == ["ul"])
        #expect(blocks[0].children[0].children[0].depth == 2)
        // Options run on with the question; the answer label below them is a block of its own.
        #expect(blocks[1].text == "Which one?\nA. this\nB. that")
        #expect(kinds(blocks[1].children) == ["a"])
    }

    @Test func aQuestionLineEndsItsParagraphWhenTheAnswerFollowsOnTheNextLine() {
        let blocks = OutlineReader.blocks(of: ["What is a socket?", "An endpoint of a connection.", "Question #2) Why?", "Because."])
        #expect(kinds(blocks) == ["p", "p", "q", "p"])
        #expect(blocks[2].text == "Why?")
    }
}

/// Items from signals taken together: form, siblings, labels. Fixtures are our own words.
@Suite struct ItemSignalTests {
    private func qa(_ text: String, path: String = "t/notes.md") throws -> [QAItem] {
        try #require(ContentParser().parse(text: text, path: path).article).qa
    }

    @Test func aRunOfHeadingsThatMostlyAskMakesItsPlainMembersItemsToo() throws {
        let text = """
            # Redis notes
            ### 1. What is Redis used for?
            A cache and a message broker.
            ### 2. How does Redis persist data?
            Snapshots and an append-only file.
            ### 3. Redis versus Memcached
            Redis has data types and persistence.
            """
        #expect(try qa(text).map(\.question) == ["What is Redis used for?", "How does Redis persist data?", "Redis versus Memcached"])
    }

    @Test func headingsThatSeldomAskStaySections() throws {
        let text = "# Guide\n## Install\nRun the installer.\n## Configure\nEdit the file.\n## Why pick it?\nIt is fast.\n## Upgrade\nRun it again."
        #expect(try qa(text).map(\.question) == ["Why pick it?"])
    }

    @Test func multipleChoiceKeepsItsOptionsOnTheFrontAndTheLabelledAnswerOnTheBack() throws {
        let text = """
            **Q1. Which collection keeps insertion order?**

            - A. HashSet
            - B. LinkedHashSet
            - C. TreeSet

            **Answer: B. LinkedHashSet**
            It links its entries in the order they were added.

            **Q2. Which keyword stops inheritance?**

            - A. static
            - B. final

            **Answer: B**
            """
        let items = try qa(text)
        #expect(items.map(\.number) == ["1", "2"])
        #expect(items[0].question.hasPrefix("Which collection keeps insertion order?\n\n- A. HashSet"))
        #expect(items[0].question.hasSuffix("- C. TreeSet"))
        #expect(items[0].answer == "B. LinkedHashSet\nIt links its entries in the order they were added.")
        #expect(items[1].answer == "B")
    }

    @Test func aQuestionThatPointsAtCodeTakesTheCodeAlong() throws {
        let text = """
            ## 1. What does the following code print?
            ```js
            console.log(typeof null)
            ```
            "object", a historical accident.
            ## 2. Why is NaN not equal to itself?
            IEEE 754 says so.
            """
        let items = try qa(text)
        #expect(items[0].question == "What does the following code print?\n\n```js\nconsole.log(typeof null)\n```")
        #expect(items[0].answer == "\"object\", a historical accident.")
    }

    @Test func aRevealedAnswerAfterCodeLeavesTheCodeWithTheQuestion() throws {
        let text = """
            1. **Guess the result**

            ```python
            print(0.1 + 0.2 == 0.3)
            ```
            <details><summary>Answer</summary>

            False

            </details>

            2. **And this one?**

            ```python
            print(round(2.5))
            ```
            <details><summary>Answer</summary>

            2

            </details>
            """
        let items = try qa(text)
        #expect(items.map(\.answer) == ["False", "2"])
        #expect(items[0].question.hasSuffix("print(0.1 + 0.2 == 0.3)\n```"))
    }

    @Test func labelsAloneOnTheirLinesAndInSimplifiedChinese() throws {
        let text = "问：进程和线程有什么区别？\n答：\n进程有自己的内存，线程共享进程的内存。\n\n问：什么是协程？\n答：能在等待时让出控制权的函数。"
        let items = try qa(text, path: "t/notes.zh-Hans.md")
        #expect(items.map(\.question) == ["进程和线程有什么区别？", "什么是协程？"])
        #expect(items[0].answer == "进程有自己的内存，线程共享进程的内存。")
    }

    @Test func anOutlinersTaskMarksAndPropertiesAreLayout() throws {
        let text = """
            - Java basics
              collapsed:: true
              - DONE 1、什么是 JVM？
                - 运行字节码的虚拟机。
              - ==`2、final 有什么作用？`==
                collapsed:: true
                - 让变量不可再赋值、类不可继承。
              - DONE 3、没有答案的问题？
            """
        let items = try qa(text)
        #expect(items.map(\.question) == ["什么是 JVM？", "final 有什么作用？"])
        #expect(items.map(\.number) == ["1", "2"])
        #expect(items[1].answer == "让变量不可再赋值、类不可继承。")
    }

    @Test func aQualifiedQuestionLabelAndAnAnswerApproachBeforeTheAnswerLabel() throws {
        let text = """
            ### 1. 什麼是事件冒泡？

            回答思路：
            先講捕獲，再講冒泡。

            回答：
            事件從目標元素一路往上傳到 document。

            follow up 問題: 怎麼阻止冒泡？

            回答:
            呼叫 stopPropagation()。
            """
        let items = try qa(text, path: "t/events.zh-Hant.md")
        #expect(items.map(\.question) == ["什麼是事件冒泡？", "怎麼阻止冒泡？"])
        #expect(items[0].answer.hasPrefix("回答思路："))
        #expect(items[1].answer == "呼叫 stopPropagation()。")
    }

    @Test func anExampleLeadAndItsCodeBelongToTheQuestion() throws {
        let text = "## 1. How do you copy a list?\n\nFor example:\n\n```python\nxs = [1, 2]\n```\n\nSlice it: `xs[:]`.\n\n## 2. What is a tuple?\n\nAn immutable list.\n"
        let items = try qa(text)
        #expect(items[0].question == "How do you copy a list?\n\nFor example:\n\n```python\nxs = [1, 2]\n```")
        #expect(items[0].answer == "Slice it: `xs[:]`.")
    }

    @Test func aBoldQuestionWrappedOverTwoLinesAndANumberedLineThatLostItsHeadingMarks() throws {
        let text = """
            **Q1. Which keyword makes a variable visible to every
            thread at once?**

            **Answer: volatile**

            ##### 2.什么是线程池？

            复用线程的容器。

            3.什么是死锁？

            两个线程互相等待对方的锁。
            """
        let items = try qa(text)
        #expect(items.map(\.number) == ["1", "2", "3"])
        #expect(items[0].question == "Which keyword makes a variable visible to every thread at once?")
        #expect(items[0].answer == "volatile")
        #expect(items[2].answer == "两个线程互相等待对方的锁。")
    }

    @Test func answerMarkersAloneOrAsHeadingsAndEmptyHeadingsAreLayout() throws {
        let text = """
            ## 1. What is a deadlock?

            Ans

            Two threads each waiting for a lock the other holds.

            #### Good to hear

            #### Further reading

            ## 2. 哪个命令安装依赖？

            ### ✅ 正确答案：B

            ### 解析

            npm install 读取 package.json。
            """
        let items = try qa(text)
        #expect(items[0].answer == "Two threads each waiting for a lock the other holds.")
        #expect(items[1].answer == "B\n\n**解析**\n\nnpm install 读取 package.json。")
    }

    @Test func anAnswerWrittenInsideAPlainFenceAfterAnswerIsProse() throws {
        let text = "Q: What does a registry hold?\n```\nAns:\n- images\n- their tags\n```\n\nQ: What runs an image?\n```\ndocker run IMAGE\n```\n"
        let items = try qa(text)
        #expect(items[0].answer == "- images\n- their tags")
        #expect(items[1].answer == "```\ndocker run IMAGE\n```")
    }

    @Test func aFileThatAsksButAnswersNothingSaysSo() {
        let text = "# Questions to think about\n\n- Why is the sky blue?\n- Why is grass green?\n"
        let result = ContentParser().parse(text: text, path: "t/open.md")
        #expect(result.article?.cards.isEmpty == true)
        #expect(result.diagnostics.map(\.description).first?.hasPrefix("t/open.md:3:1: warning: this line asks a question") == true)
    }
}

/// Copies from a word processor or a PDF become the same blocks as markdown.
@Suite struct PlainCopyTests {
    @Test func wordProcessorNumbersAndBulletsAreListItems() throws {
        let text = "Reading notes\n\n1.\tWhat is a diff?\n   \n•\tA list of changed lines.\n\n•\tShown with + and -.\n\n2.\tWhat is a merge?\n\no\tJoining two histories.\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/notes.txt").article)
        #expect(article.qa.map(\.question) == ["What is a diff?", "What is a merge?"])
        #expect(article.qa[0].answer == "- A list of changed lines.\n\n- Shown with + and -.")
    }

    @Test func aWordProcessorBulletShowingAListMarkerKeepsIt() {
        #expect(PlainTextReader.listLine("o\t* Example") == "    - `*` Example")
        #expect(PlainTextReader.listLine("•\t– Example") == "- `–` Example")
        #expect(PlainTextReader.listLine("•\tA plain bullet") == "- A plain bullet")
    }

    @Test func aShortLineThatAsksAboveBulletsIsAQuestionOfAPageCopy() throws {
        let text = "面試筆記\n\n第一週\n\n== 與 === 的差異\n\n  • == 會先轉型再比較\n  • === 不轉型\n\n心得：多寫幾次就記得了。\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/notes.txt").article)
        #expect(article.qa.map(\.question) == ["== 與 === 的差異"])
        #expect(article.qa.first?.answer == "- == 會先轉型再比較\n- === 不轉型\n\n心得：多寫幾次就記得了。")
    }

    @Test func numberedQMarkersStayQuestionsAndABlogFooterEndsTheLastAnswer() throws {
        let text = "SQL notes\nQ1. What is a row?\nOne record of a table.\nQ2. What is a column?\nOne field of every record.\nNo comments:\nPost a Comment\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/sql.txt").article)
        #expect(article.qa.map(\.question) == ["What is a row?", "What is a column?"])
        #expect(article.qa.map(\.answer) == ["One record of a table.", "One field of every record."])
    }

    @Test func pdfPageNumbersAndRepeatedHeadersAreDropped() throws {
        let text = """
            SQL Primer
            Question #1) What is a primary key?
            A column that identifies each row.
            12
            SQL Primer
            Question #2) What is an index?
            A structure that speeds up lookups.
            Page 13 of 40
            SQL Primer
            Question #3) What is a view?
            A stored query.
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/primer.txt").article)
        #expect(article.qa.map(\.question) == ["What is a primary key?", "What is an index?", "What is a view?"])
        #expect(article.qa.map(\.answer) == ["A column that identifies each row.", "A structure that speeds up lookups.", "A stored query."])
    }
}

/// Where a file's cards go: `--topic`, else what the file names, else its folder.
@Suite struct TopicNamingTests {
    @Test(arguments: [
        ("notes/a.md", "---\ntopic: Web Servers\n---\n\nQ: Why?\nA: Because.\n", "web-servers"),
        ("notes/b.txt", "#separator:tab\n#deck:Interview::Python Basics\nWhat is a list?\tA sequence.\n", "python-basics"),
        ("notes/c.md", "---\nname = \"Networking\"\n---\n\nQ: What is DNS?\nA: Names to addresses.\n\n---\n\nQ: What is TCP?\nA: A stream.\n", "networking"),
        ("notes/d.md", "Q: Why?\nA: Because.\n", "notes"),
    ])
    func aFileNamesItsTopicElseItsFolderDoes(path: String, text: String, topic: String) throws {
        let article = try #require(ContentParser().parse(text: text, path: path).article)
        #expect(article.topic == topic)
        #expect(article.cards.allSatisfy { $0.key.hasPrefix(topic + "/") })
    }

    @Test func theTopicOptionWinsOverEverything() throws {
        let text = "---\ntopic: web\n---\n\nQ: Why?\nA: Because.\n"
        let article = try #require(ContentParser(topic: "Django ORM").parse(text: text, path: "notes/a.md").article)
        #expect(article.topic == "django-orm")
    }
}

/// Trimming works on bytes where it can; it must trim as walking characters does, marks and odd spaces included.
@Suite struct ContentTrimTests {
    @Test(arguments: [
        "  plain  ", "\t\r\n tabbed\r\n", "中文。 ", " 全形空白\u{3000}", "\u{3000}開頭", "é\u{301} ", " \u{301}mark after a space",
        "trailing mark \u{301}", "\u{00A0}no-break\u{00A0}", "\u{2028}sep\u{2029}", "", "   ", "\n", "emoji 👩‍💻 ", "x\u{200D} ",
        "\u{85}next line", "a", " 한국어 ",
    ])
    func trimsAsCharactersDo(text: String) {
        let characters = Array(text)
        let first = characters.firstIndex { !$0.isWhitespace }
        let last = characters.lastIndex { !$0.isWhitespace }
        let expected = first.flatMap { first in last.map { String(characters[first...$0]) } } ?? ""
        #expect(text.trimmed == expected)
        #expect(text.dropFirst(0).trimmed == expected)
    }
}
