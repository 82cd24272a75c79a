import PrepTerminal
import Testing

/// Issue 20, eighth blind reading: lines an imported note meant as lines of their own, and code spans that ran
/// into the text around them once their colour was gone. Fixtures are written for these tests.
struct MarkdownLineBreakTests {
    private func plain(_ text: String) -> String { MarkdownDisplay.render(text, style: .plain) }

    /// Chinese is not wrapped by hand: a line after a finished Chinese sentence starts a line of its own.
    @Test func aLineAfterAChineseSentenceKeepsItsLine() {
        #expect(plain("單執行緒，命令一個一個執行。\n所以不會有競爭。") == "單執行緒，命令一個一個執行。\n所以不會有競爭。")
        #expect(plain("可以用佇列；\n也可以用鎖") == "可以用佇列；\n也可以用鎖")
    }

    /// Entries named by a longer label with no space in it keep their lines, as short labels did.
    @Test func entriesWithALongNameKeepTheirLines() {
        let text = "least-recently-used：淘汰最久沒用的鍵\nrandom-eviction：隨機淘汰一個鍵"
        #expect(plain(text) == text)
    }

    /// Columns set apart by a tab, a pipe or a gap of spaces are rows (pipes drawn away, ``MarkdownLayoutTests``);
    /// a wrapped English sentence still joins.
    @Test func rowsOfColumnsKeepTheirLines() {
        #expect(plain("立即刪除  花 CPU\n惰性刪除  讀到才刪") == "立即刪除  花 CPU\n惰性刪除  讀到才刪")
        #expect(plain("Volume:\tkept by the engine | portable\nBind mount: a host path | not portable")
            == "Volume      kept by the engine  portable\nBind mount  a host path         not portable")
        #expect(plain("It ends here.  Then it goes on past the width a hand-wrapped note keeps\nto the next line.")
            == "It ends here.  Then it goes on past the width a hand-wrapped note keeps to the next line.")
    }

    /// Without colour, a code span of symbols alone, or one that opens or ends in sentence punctuation, is quoted.
    @Test func aSymbolSpanIsQuotedWithoutColour() {
        #expect(plain("How do `<T>` and `?` differ?") == "How do <T> and ‘?’ differ?")
        #expect(plain("When is `? extends T` right?") == "When is ‘? extends T’ right?")
        #expect(plain("Use `||` or `Math.min()`.") == "Use ‘||’ or Math.min().")
        let coloured = MarkdownDisplay.render("`?`", style: Style(enabled: true))
        #expect(!coloured.contains("‘"))
    }
}
