import Testing

@testable import PrepTerminal

struct TableRendererTests {
    private let columns: [TableRenderer.Column] = [.init("主題"), .init("卡片", alignment: .right), .init("Ready")]
    private let rows = [["Django 與 ASGI", "12", "✅"], ["HTTP", "3"], ["事件迴圈", "140", "❌"]]

    @Test func boxAlignsCJKAndEmojiByDisplayWidth() {
        let lines = TableRenderer(columns: columns).render(rows)
        expectLines(
            lines,
            [
                "┌────────────────┬──────┬───────┐",
                "│ 主題           │ 卡片 │ Ready │",
                "├────────────────┼──────┼───────┤",
                "│ Django 與 ASGI │   12 │ ✅    │",
                "│ HTTP           │    3 │       │",
                "│ 事件迴圈       │  140 │ ❌    │",
                "└────────────────┴──────┴───────┘",
            ])
        #expect(Set(lines.map { DisplayWidth.of($0) }) == [33])
    }

    @Test func plainHasNoFrameAndNoTrailingSpaces() {
        expectLines(
            TableRenderer(columns: columns, border: .plain).render(rows),
            [
                "主題            卡片  Ready",
                "──────────────  ────  ─────",
                "Django 與 ASGI    12  ✅",
                "HTTP               3",
                "事件迴圈         140  ❌",
            ])
    }

    @Test func maxWidthTruncatesCells() {
        // 非同 plus the ellipsis is 5 columns: a wide character never straddles the limit.
        let table = TableRenderer(columns: [.init("name", maxWidth: 6), .init("n")], border: .plain)
        expectLines(table.render([["非同步伺服器", "1"]]), ["name   n", "─────  ─", "非同…  1"])
    }

    @Test func styledHeaderStillAligns() {
        let lines = TableRenderer(columns: columns, style: Style(enabled: true)).render(rows)
        #expect(lines[1] == "│ \u{1B}[1m主題\u{1B}[0m           │ \u{1B}[1m卡片\u{1B}[0m │ \u{1B}[1mReady\u{1B}[0m │")
    }
}
