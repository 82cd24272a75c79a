import PrepTerminal
import Testing

/// Markdown on screen: no markup left, paragraphs re-flowed, code kept as written, colour only when enabled.
struct MarkdownDisplayTests {
    private func plain(_ text: String) -> String { MarkdownDisplay.render(text, style: .plain) }

    @Test func inlineMarkupIsRenderedAway() {
        #expect(plain("Use **`sync_to_async`** here") == "Use sync_to_async here")
        #expect(plain("See [the docs](https://example.org) and ![Screenshot](shot.png)") == "See the docs and Screenshot")
        #expect(plain("<b>Bold</b> and <code>x = 1</code>") == "Bold and x = 1")
        #expect(plain("a &lt; b &amp;&amp; *c*") == "a < b && c")
        #expect(plain("snake_case_name stays") == "snake_case_name stays")
    }

    /// Markup inside a code span is the code (a closing tag, `**kwargs`), and an element written with attributes is
    /// markup shown as the answer: it keeps its closing tag. Layout tags around prose still go.
    @Test func markupInCodeAndInAWrittenElementStays() {
        #expect(plain("A spacer: `<span class=\"gap\"></span>`.") == "A spacer: <span class=\"gap\"></span>.")
        #expect(plain("Call it as `f(**kwargs)` here") == "Call it as f(**kwargs) here")
        #expect(plain("<p style=\"margin:0\">a thin bar</p>") == "<p style=\"margin:0\">a thin bar</p>")
        #expect(plain("<p>Plain words</p> and <b>bold</b>") == "Plain words and bold")
        #expect(plain("**`x`** and `a < b`") == "x and a < b")
        #expect(plain("Void elements:\n\t<br> <hr> <img> <wbr>") == "Void elements: <br> <hr> <img> <wbr>")
    }

    @Test func headingsListsAndParagraphs() {
        #expect(plain("### ✅ Answer: B\n\nThe first line\ncontinues here.") == "✅ Answer: B\n\nThe first line continues here.")
        #expect(plain("事件迴圈只在一條\n執行緒上執行。") == "事件迴圈只在一條執行緒上執行。")
        #expect(plain("- one\n- two\n  more") == "  • one\n  • two more")
        #expect(plain("1. first\n2) second") == "  1. first\n  2. second")
        #expect(plain("Line one  \nLine two") == "Line one\nLine two")
        // Items a deck writes one a line without markdown keep their lines.
        #expect(plain("A. Google\nB. Facebook\n**答案：** B") == "  A. Google\n  B. Facebook\n答案： B")
        #expect(plain("(1) 速度快\n(2) 類型多") == "  (1) 速度快\n  (2) 類型多")
        #expect(plain("1、队列\n2、排行榜") == "  1、队列\n  2、排行榜")
        // Entries a note writes one a line after a short label keep their lines; a wrapped sentence still joins.
        #expect(plain("甲内核：旧浏览器\n乙内核：新浏览器") == "甲内核：旧浏览器\n乙内核：新浏览器")
        #expect(plain("事件迴圈只在一條\n執行緒上執行，原因如下：一次一個") == "事件迴圈只在一條執行緒上執行，原因如下：一次一個")
    }

    /// The openings a deck's plain items take, read by hand rather than by a pattern: one or two digits, a letter
    /// A–H with its full stop and a space; a longer number or a later letter is a paragraph's words.
    @Test func plainItemOpenings() {
        #expect(plain("（2）類型多\n（12）速度快") == "  （2）類型多\n  （12）速度快")
        #expect(plain("b) two\nh．\teight") == "  b) two\n  h．\teight")
        #expect(plain("100)items were sold\nthat day") == "100)items were sold that day")
        #expect(plain("I. one\nJ. two") == "I. one J. two")
        #expect(plain("A.B. Smith\nwrote") == "A.B. Smith wrote")
    }

    /// A heading inside a card labels what follows it, where bold does not show too.
    @Test func headingsReadAsLabels() {
        #expect(plain("**map**\nReturns a new list.\n\n**filter**\nKeeps some items.") == "map:\nReturns a new list.\n\nfilter:\nKeeps some items.")
        #expect(plain("**執行緒**\n作業系統排程的單位") == "執行緒：\n作業系統排程的單位")
        #expect(plain("The answer is\n\n**O(n log n)**") == "The answer is\n\nO(n log n)", "bold at the end is no label")
        #expect(plain("**Answer:** B\nbecause") == "Answer: B because")
        #expect(plain("### 解題步驟\n\n先看型別。") == "解題步驟：\n\n先看型別。")
        #expect(plain("#### Worth mentioning\n\n- the cost") == "Worth mentioning:\n\n  • the cost")
        #expect(plain("## Why does it block?\n\nIt waits.") == "Why does it block?\n\nIt waits.")
        #expect(plain("### 1. 節省空間（選項 A ✅）") == "1. 節省空間（選項 A ✅）：")
    }

    @Test func webCopyBulletsAndEscapesRenderAsWritten() {
        #expect(plain("•\tThe first point") == "  • The first point")
        #expect(plain(#"for (i = 0; i \< 5; i++) print(\"x\")"#) == #"for (i = 0; i < 5; i++) print("x")"#)
    }

    @Test func codeBlocksStayVerbatim() {
        let text = "Run:\n\n```python\ndef f():\n    return **kwargs\n```\n\nDone."
        #expect(plain(text) == "Run:\n\ndef f():\n    return **kwargs\n\nDone.")
    }

    @Test func colourOnlyWhenTheStyleIsEnabled() {
        let coloured = MarkdownDisplay.render("**bold** `code`", style: Style(enabled: true))
        #expect(coloured.contains("\u{1B}["))
        #expect(!coloured.contains("**") && !coloured.contains("`"))
        #expect(!plain("**bold** `code`").contains("\u{1B}["))
    }

    @Test func boldMarkersAroundNothingStayAsWritten() {
        #expect(plain("use ** ** or __ __ for bold") == "use ** ** or __ __ for bold")
    }

    /// A markdown table loses its pipes and rule: aligned columns when it fits, else one line per row.
    @Test func tablesAreDrawnWithoutPipes() {
        let narrow = "Before\n\n| Kind | **Speed** |\n|---|:---:|\n| Tuple | fast |\n| List | slower |\n\nAfter"
        #expect(plain(narrow) == "Before\n\nKind   Speed\n─────  ──────\nTuple  fast\nList   slower\n\nAfter")
        let cell = String(repeating: "長", count: 40)
        let wide = "| 特性 | 甲 | 乙 |\n|------|----|----|\n| **存放** | \(cell) | 主鍵 |\n| 數量 | 一個 | 多個 |"
        #expect(plain(wide) == "  • 存放 — 甲：\(cell) · 乙：主鍵\n  • 數量 — 甲：一個 · 乙：多個")
        // Lines opening with a pipe but no rule under the first are no table.
        #expect(plain("| a | b |") == "| a | b |")
        // A table ends where a paragraph starts, even without a blank line.
        #expect(plain("| a | b |\n|---|---|\n| 1 | 2 |\nText") == "a  b\n─  ─\n1  2\nText")
    }
}
