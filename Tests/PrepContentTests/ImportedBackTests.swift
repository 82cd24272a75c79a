import Foundation
import Testing

@testable import PrepContent

/// Issue 20, eighth blind reading: backs of cards imported from collections, each class written here in our
/// own words — what a back must not carry past its answer, and what it must not lose.
@Suite struct ImportedBackTests {
    private func backs(_ text: String, path: String = "t/notes.md") throws -> [String] {
        try #require(ContentParser().parse(text: text, path: path).article).cards.map(\.back)
    }

    @Test func aPlaceholderLineAfterAnAnswerIsDropped() throws {
        let text = """
            ## Which values can `position` take?

            * `static`, `relative`, `absolute`, `fixed`, `sticky`.

            TODO

            ## 什麼是重排？

            改變版面大小或位置時，瀏覽器重新計算版面。

            - 待補
            """
        #expect(try backs(text) == ["* `static`, `relative`, `absolute`, `fixed`, `sticky`.", "改變版面大小或位置時，瀏覽器重新計算版面。"])
    }
}

extension ImportedBackTests {
    /// An address alone on its lines cites where the answer came from; what follows it is the author's next
    /// note, not this answer. A bare "參考" over addresses is a closing too.
    @Test func anAnswerEndsAtABareAddress() throws {
        let text = """
            ## Redis 有哪些持久化方式？

            RDB：定時把記憶體快照寫到磁碟
            AOF：把每個寫入命令追加到日誌

            https://example.org/redis-persistence

            過期鍵的刪除：定時刪除、惰性刪除

            ## 什麼是 BFC？

            一塊獨立排版的區域，裡面的浮動不影響外面。

            **參考**

            * https://example.org/bfc
            """
        #expect(try backs(text) == [
            "RDB：定時把記憶體快照寫到磁碟\nAOF：把每個寫入命令追加到日誌",
            "一塊獨立排版的區域，裡面的浮動不影響外面。",
        ])
    }

    /// An address inside a sentence, or a link with its own words, is part of the answer.
    @Test func anAddressInASentenceStays() throws {
        let text = "## Where is the spec?\n\nThe spec lives at https://example.org/spec and is free.\n\nRead its first chapter.\n"
        #expect(try backs(text) == ["The spec lives at https://example.org/spec and is free.\n\nRead its first chapter."])
    }
}

extension ImportedBackTests {
    /// C-family code written as plain lines under a list item (a comment, a rule, its closing brace) is fenced:
    /// shown as prose, `/* … */` read as emphasis and the lines ran together. Prose ending in a Chinese "；" stays.
    @Test func plainCodeLinesInAnAnswerAreFenced() throws {
        let text = """
            - 為什麼要清除浮動？

            \t\t子元素浮動後父元素高度塌陷，例如：

            \t\t/* 父元素 */
            \t\t.box{
            \t\t}

            - 怎麼讓兩個分頁溝通？

            \t\t用 BroadcastChannel；
            \t\t也可以用 storage 事件；
            """
        #expect(try backs(text) == [
            "子元素浮動後父元素高度塌陷，例如：\n\n```\n/* 父元素 */\n.box{\n}\n```",
            "用 BroadcastChannel；\n也可以用 storage 事件；",
        ])
    }

    /// A page copy's task line over the code it is about, answered by bullets under the code, is a question of
    /// its own: the answer above it ends there, and the code belongs to the task.
    @Test func aTaskOverItsCodeInAPageCopyIsItsOwnItem() throws {
        let text = """
            前端筆記

            第一週

            閉包是什麼

              • 函式記住了它被建立時的外層變數
            // 例子
            function outer() {
              let n = 0;
              return () => n++;
            }

            請修改以下程式碼,讓它依序印出 0 到 2

            for (var i = 0; i < 3; i++) {
              setTimeout(() => console.log(i));
            }
              • 把 var 改成 let,每一圈都有自己的 i
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/page.txt").article)
        #expect(article.qa.map(\.question) == ["閉包是什麼", "請修改以下程式碼,讓它依序印出 0 到 2\n\n```\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i));\n}\n```"])
        #expect(article.cards.first?.back.contains("請修改") == false)
        #expect(article.cards.last?.back == "把 var 改成 let,每一圈都有自己的 i")
    }
}

extension ImportedBackTests {
    /// An answer written as an HTML table inside a reveal reads as a markdown table, not as tags.
    @Test func anHTMLTableAnswerBecomesAMarkdownTable() throws {
        let text = """
            <details>
            <summary>Which ports do mail and DNS use?</summary>

            <table>
              <tr>
                <th>Service</th>
                <th>Port</th>
              </tr>
              <tr>
                <td>SMTP</td>
                <td>25</td>
              </tr>
              <tr>
                <td>DNS</td>
                <td>53 over UDP and TCP</td>
              </tr>
            </table>

            </details>
            """
        #expect(try backs(text) == ["| Service | Port |\n|---|---|\n| SMTP | 25 |\n| DNS | 53 over UDP and TCP |"])
    }
}

extension ImportedBackTests {
    /// A first line that files the answer under links names pages the card does not hold; a line that explains
    /// with a link in it stays.
    @Test func anOpeningLineOfLinksAloneIsDropped() throws {
        let text = """
            ## What does this loop print?

            Related: [Scope](https://example.org/scope), [Hoisting](https://example.org/hoist)

            It prints 3 three times, since every callback shares one `i`.

            ## Why use a closure here?

            See [the scope notes](https://example.org/scope): a closure keeps its own copy.
            """
        #expect(try backs(text) == [
            "It prints 3 three times, since every callback shares one `i`.",
            "See [the scope notes](https://example.org/scope): a closure keeps its own copy.",
        ])
    }
}

extension ImportedBackTests {
    /// Code indented four columns is a code block already, and gains no fence.
    @Test func indentedCodeIsNotFencedTwice() {
        let code = "Like this:\n\n    .box {\n      clear: both;\n    }"
        #expect(AnswerResidue.removed(from: code) == code)
    }

    /// A `<summary>` that only says "Answer" or "Explanation" is layout even where the `<details>` block indents it
    /// past a code block's depth: its word does not open the back, and the content under it stays.
    @Test func anIndentedRevealSummaryLeavesNoMarkerWord() throws {
        let text = """
            1. **What does this print?**

            ```js
            console.log(2 * 3)
            ```
            <details>
                  <summary>Answer</summary>
                 <b>6</b>
            </details>
            <details>
                  <summary>Explanation</summary>
                  Both operands are numbers, so they multiply.
            </details>
            """
        let back = try #require(try backs(text).first)
        #expect(!back.contains("Answer") && !back.contains("Explanation") && !back.contains("summary"))
        #expect(back.contains("6") && back.contains("Both operands are numbers, so they multiply."))
    }
}
