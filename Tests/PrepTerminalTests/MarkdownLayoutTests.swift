import PrepTerminal
import Testing

/// Issue 20, the reading after the ninth: layouts of imported notes that reflowing broke on screen. Lines that
/// were lines (outputs, arrow notes, short Chinese lines), a list marker shown twice, and rows of cells set apart
/// by pipes. Fixtures are written for these tests.
struct MarkdownLayoutTests {
    private func plain(_ text: String) -> String { MarkdownDisplay.render(text, style: .plain) }

    /// Outputs printed one a line, and a short Chinese line before one that opens in Latin letters, keep their lines.
    @Test func shortLinesAreNotReflowed() {
        #expect(plain("null\n7\ntrue") == "null\n7\ntrue")
        #expect(plain("Point { x: 1, y: 2 }\nundefined") == "Point { x: 1, y: 2 }\nundefined")
        #expect(plain("單機可以用管線批次送出\nCluster 模式下鍵分散在不同節點，要先確認位置。")
            == "單機可以用管線批次送出\nCluster 模式下鍵分散在不同節點，要先確認位置。")
        // A Chinese line wrapped mid-phrase, and short English prose, still join.
        #expect(plain("事件只在一條\n執行緒上處理。") == "事件只在一條執行緒上處理。")
        #expect(plain("The first line\ncontinues here.") == "The first line continues here.")
    }

    /// A note opening with an arrow or a symbol is a line of its own, however long the line before it.
    @Test func arrowNotesKeepTheirLines() {
        let long = "The first object is built with new, so its fields land on the object that new created for it."
        #expect(plain(long + "\n-> The second call has no new, so its fields land on the global object.")
            == long + "\n-> The second call has no new, so its fields land on the global object.")
        #expect(plain("- B. 12\n  ➡️ The loop runs three times.") == "  • B. 12\n    ➡️ The loop runs three times.")
    }

    /// Hand-wrapped prose still reads as one paragraph, and a line going on with punctuation joins the one before.
    @Test func wrappedProseStillJoins() {
        let first = "A wrapped paragraph keeps going past the width that an editor would break a line at,"
        #expect(plain(first + "\nso its next line joins it.") == first + " so its next line joins it.")
        #expect(plain("- lint-tool\n: checks the style") == "  • lint-tool : checks the style")
    }

    /// A second marker opening a list item (nested, escaped, or a dash a word processor made) is one bullet; markers
    /// that are the item's subject are shown as themselves, set apart from the bullet.
    @Test func aListMarkerShowsOnce() {
        #expect(plain("- * Sample item") == "  • Sample item")
        #expect(plain("    - – Sample item") == "      • Sample item")
        #expect(plain("- \\+ Sample item") == "  • Sample item")
        #expect(plain("\\- Sample item") == "  • Sample item")
        #expect(plain("- + or - open a list item.") == "  • ‘+’ or ‘-’ open a list item.")
        // Stars a note used as bullets with no space after them, line after line; a lone starred line stays.
        #expect(plain("*擋住主頁面的載入；\n*搜尋引擎讀不到內容。") == "  • 擋住主頁面的載入；\n  • 搜尋引擎讀不到內容。")
        #expect(plain("*Footnote: prices vary") == "*Footnote: prices vary")
    }

    /// Rows of cells split by pipes are drawn as rows without a pipe: aligned when they fit, else one line each.
    @Test func pipeRowsLoseTheirPipes() {
        #expect(plain("Tape:\tslow | cheap\nFlash: fast | costly") == "Tape   slow  cheap\nFlash  fast  costly")
        let wide = "Tape:\tslow to seek across the reel | cheap per gigabyte stored | lasts for decades\n"
            + "Flash: fast to read at any offset | costly per gigabyte stored | wears out with writes"
        #expect(plain(wide) == "  • Tape — slow to seek across the reel · cheap per gigabyte stored · lasts for decades\n"
            + "  • Flash — fast to read at any offset · costly per gigabyte stored · wears out with writes")
        #expect(plain("```\nTape:\tslow | cheap\nFlash: fast | costly\n```") == "Tape   slow  cheap\nFlash  fast  costly")
        // A table written without its outer pipes, and piped lines without a rule.
        #expect(plain("Kind | Speed\n--- | ---\nTuple | fast") == "Kind   Speed\n─────  ─────\nTuple  fast")
        #expect(plain("| a | b |\n| c | d |") == "a  b\nc  d")
        // A lone pipeline, and a fence of commands, stay as written.
        #expect(plain("cat log | grep error | wc -l") == "cat log | grep error | wc -l")
        #expect(plain("```\ncat a | sort | uniq\nls | sort | head\n```") == "cat a | sort | uniq\nls | sort | head")
    }
}
