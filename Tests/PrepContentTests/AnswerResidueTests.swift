import Foundation
import Testing

@testable import PrepContent

/// Issue 20: what a web copy leaves in answers (reference numbers linked after a sentence, a closing section of
/// links) is gone from the back, and an Anki note's unnamed extra fields read as a list under the answer.
@Suite struct AnswerResidueTests {
    @Test func referenceNumbersLinkedAfterASentenceAreDropped() {
        let answer = "- [A mutex lets one thread in at a time](https://example.org/a)[1](https://example.org/a)[2](https://example.org/b)。\n- Ordinary [link text](https://example.org/c) stays."
        #expect(AnswerResidue.removed(from: answer)
            == "- [A mutex lets one thread in at a time](https://example.org/a)。\n- Ordinary [link text](https://example.org/c) stays.")
    }

    /// Code copied from a PDF with a number on each line keeps its lines, as code, without the numbers; a numbered
    /// list, or numbered lines of prose, stay as written.
    @Test func lineNumberedCodeBecomesACodeBlock() {
        let answer = "Make the table:\n1 CREATE TABLE pets (\n2 name text,\n3 age int\n4 );\nThen fill it."
        #expect(AnswerResidue.removed(from: answer) == "Make the table:\n```\nCREATE TABLE pets (\nname text,\nage int\n);\n```\nThen fill it.")
        let list = "Steps:\n1. open the file\n2. read it\n3. close it"
        #expect(AnswerResidue.removed(from: list) == list)
        let prose = "Reasons\n1 speed matters\n2 memory matters\n3 people matter"
        #expect(AnswerResidue.removed(from: prose) == prose)
        let twoLines = "1 SELECT a,\n2 b FROM t;"
        #expect(AnswerResidue.removed(from: twoLines) == twoLines)
    }

    /// An answer written as HTML lists, one tag a line and indented, reads as markdown lists, nested ones indented.
    @Test func htmlListsBecomeMarkdownLists() {
        let answer = """
            It prints 3.

            <h4>Why</h4>
            <ol>
                <li>
                    <p><code>x</code> starts at 1:</p>
                    <ul>
                        <li>each call adds <strong>one</strong>.</li>
                        <li>two calls run.</li>
                    </ul>
                </li>
                <li>The last line prints it.</li>
            </ol>
            """
        #expect(AnswerResidue.removed(from: answer) == """
            It prints 3.

            #### Why
            - <p><code>x</code> starts at 1:</p>
              - each call adds <strong>one</strong>.
              - two calls run.
            - The last line prints it.
            """)
        let bare = "It is 2.\n\n    <li>First, <code>1</code> is read.</li>\n    <li>Then it adds one.</li>"
        #expect(AnswerResidue.removed(from: bare) == "It is 2.\n\n- First, <code>1</code> is read.\n- Then it adds one.")
        let prose = "Use a <li> element inside <ul>."
        #expect(AnswerResidue.removed(from: prose) == prose)
    }

    @Test func aSectionOfLinksOnlyIsDropped() {
        let answer = """
            A semaphore counts permits.

            #### Worth saying

            * Binary semaphores act like locks.

            ##### Further reading

            * [Semaphores explained](https://example.org/sem)
            * https://example.org/more
            """
        #expect(AnswerResidue.removed(from: answer) == """
            A semaphore counts permits.

            #### Worth saying

            * Binary semaphores act like locks.
            """)
    }

    @Test func aSectionWithTextBesideItsLinksStays() {
        let answer = "Intro.\n\n### Sources\n\n- [Paper](https://example.org/p), the original proof"
        #expect(AnswerResidue.removed(from: answer) == answer)
    }

    @Test func aLoneImageAndTheLineThatPointsAtItAreDropped() {
        let answer = "Flexbox lays items out along one axis.\n\nThe picture below shows it:\n\n![flex_axis](./img/flex.png)"
        #expect(AnswerResidue.removed(from: answer) == "Flexbox lays items out along one axis.")
        let inline = "Click ![icon](i.png) the gear to open settings."
        #expect(AnswerResidue.removed(from: inline) == inline)
    }

    @Test func aMindMapSectionIsDropped() {
        let answer = "### 參考回答\n\n樂觀鎖假設衝突少。\n\n### 重點腦圖\n\n```\n- 鎖\n  - 樂觀\n```"
        #expect(AnswerResidue.removed(from: answer) == "### 參考回答\n\n樂觀鎖假設衝突少。")
    }

    @Test(arguments: [
        ("**Answer:**\nUse a read replica.", "Use a read replica."),
        ("> **Answer:** Use a read replica.", "Use a read replica."),
        ("答案：用讀取副本。", "用讀取副本。"),
        ("Answers vary by load.", "Answers vary by load."),
    ])
    func anOpeningAnswerLabelIsDropped(answer: String, expected: String) {
        #expect(AnswerResidue.removed(from: answer) == expected)
    }

    @Test func proseIndentedUnderItsQuestionLosesTheIndentation() {
        let prose = "    A container packages an app with its libraries.\n    It shares the host kernel.\n  "
        #expect(AnswerResidue.removed(from: prose) == "A container packages an app with its libraries.\nIt shares the host kernel.")
        let code = "    for (int i = 0; i < 3; i++) {\n        print(i);\n    }"
        #expect(AnswerResidue.removed(from: code) == code)
    }

    /// A back copied from a blog post ends where the post takes leave of its reader or lists where to read on,
    /// whether that closing has a heading or not.
    @Test func theAnswerEndsBeforeThePostsClosing() {
        let signOff = "A hash map finds a key in constant time on average.\n\nThat is all for this part, hope this helps! Next time: trees.\n\n- [My notes](https://example.org/notes)"
        #expect(AnswerResidue.removed(from: signOff) == "A hash map finds a key in constant time on average.")
        let zh = "用 flex 的 align-items 置中。\n\n想多練習的話，推薦兩個學習資源～\n[資源一](https://example.org/a)\n\n今天就討論到這裡，我們明天見！"
        #expect(AnswerResidue.removed(from: zh) == "用 flex 的 align-items 置中。")
        let label = "Use a read replica for reporting queries.\n\nResources:\n\nhttps://example.org/replicas\nhttps://example.org/scaling"
        #expect(AnswerResidue.removed(from: label) == "Use a read replica for reporting queries.")
        let caption = "Lint stylesheets before they ship.\n\n[The linter's home page](https://example.org/lint)\n"
        #expect(AnswerResidue.removed(from: caption) == "Lint stylesheets before they ship.")
        let labelled = "The event loop runs one task at a time.\n\n全文：[事件循環詳解](https://example.org/loop)"
        #expect(AnswerResidue.removed(from: labelled) == "The event loop runs one task at a time.")
        let emptyHeading = "A promise settles once.\n\n**Further Links**\n"
        #expect(AnswerResidue.removed(from: emptyHeading) == "A promise settles once.")
        let leadsOn = "Indexes speed up reads.\n\n[Index basics](https://example.org/idx)\n\nThey slow down writes, though."
        #expect(AnswerResidue.removed(from: leadsOn) == leadsOn)
        let ownResources = "A pod asks for what it needs.\n\nResources:\n- cpu: 250m\n- memory: 64Mi"
        #expect(AnswerResidue.removed(from: ownResources) == ownResources)
        let closingAlone = "Thanks for reading!\n\nSee you soon."
        #expect(AnswerResidue.removed(from: closingAlone) == closingAlone)
    }

    /// A paragraph tag alone on an indented line becomes a paragraph of its own, its code in backticks, rather than
    /// code on screen or a tail of the list item above.
    @Test func htmlParagraphsBecomeText() {
        let answer = "It prints 1 then 2.\n\n        <p><code>show(n++);</code>:</p>\n- The <strong>old</strong> value is shown first.\n        <p><em>Then</em> <code>show(n);</code>:</p>\n- Now it is 2."
        #expect(AnswerResidue.removed(from: answer)
            == "It prints 1 then 2.\n\n`show(n++);`:\n\n- The <strong>old</strong> value is shown first.\n\n*Then* `show(n);`:\n\n- Now it is 2.")
        let inline = "Wrap it in <p>tags</p> when needed."
        #expect(AnswerResidue.removed(from: inline) == inline)
    }

    @Test func anAnswerOfResidueAloneStays() {
        let answer = "- [Only a link](https://example.org)"
        #expect(AnswerResidue.removed(from: "### Links\n\n" + answer) == "### Links\n\n" + answer)
    }

    @Test func aMarkdownAnswerLosesItsResidueOnImport() throws {
        let text = """
            # Locks

            ## What does a mutex guarantee?

            Only one thread holds it at a time[3](https://example.org/x).

            ### Links

            - [Mutex](https://example.org/mutex)
            """
        let article = try #require(ContentParser().parse(text: text, path: "notes/locks.md").article)
        #expect(article.cards.first?.back == "Only one thread holds it at a time.")
    }

    /// A chat page's code block arrives as the language's name, a "CopyEdit" button and the code.
    @Test func aCopyButtonAndItsLanguageLabelAreDropped() {
        let front = "What does this print?\n\npython\n\nCopyEdit\n\nprint(sum(range(3)))"
        #expect(AnswerResidue.withoutCopyButtons(front) == "What does this print?\n\nprint(sum(range(3)))")
        let prose = "Press Copy code to copy it."
        #expect(AnswerResidue.withoutCopyButtons(prose) == prose)
    }

    /// The button in either case and in Chinese, found by the byte scan that runs before any line is split.
    @Test(arguments: ["COPY CODE", "copy code", "复制代码", "複製程式碼"])
    func aCopyButtonIsFoundInAnyCaseOrLanguage(button: String) {
        let answer = "用 sum：\n\npython\n\n\(button)\n\nprint(sum(range(3)))"
        #expect(AnswerResidue.withoutCopyButtons(answer) == "用 sum：\n\nprint(sum(range(3)))")
    }

    /// Extra fields without a column name (an aside, an example) are a list under the answer, not run-on paragraphs.
    @Test func unnamedExtraFieldsReadAsAList() throws {
        let text = "#separator:tab\n#html:false\nMemoisation: idea?\tCache results of pure calls.\tTrades memory for time.\tfib(n) with a dictionary.\n"
        let article = try #require(ContentParser().parse(text: text, path: "decks/notes.txt").article)
        #expect(article.cards.first?.back == "Cache results of pure calls.\n\n- Trades memory for time.\n- fib(n) with a dictionary.")
    }
}
