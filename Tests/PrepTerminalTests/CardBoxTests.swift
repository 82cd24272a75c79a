import Testing

@testable import PrepTerminal

struct CardBoxTests {
    @Test func wrapsCJKBodyAndFitsTheWidth() {
        let card = CardBox(
            title: "Django · 3/20", sections: ["ASGI 與 WSGI 的主要差別是什麼？ What does ASGI add?", "答案"],
            footer: "空白鍵 reveal · q quit")
        let lines = card.render(width: 30)
        expectLines(
            lines,
            [
                "╭─ Django · 3/20 ────────────╮",
                "│ ASGI 與 WSGI 的主要差別是  │",
                "│ 什麼？ What does ASGI add? │",
                "├────────────────────────────┤",
                "│ 答案                       │",
                "├────────────────────────────┤",
                "│ 空白鍵 reveal · q quit     │",
                "╰────────────────────────────╯",
            ])
        #expect(Set(lines.map { DisplayWidth.of($0) }) == [30])
    }

    @Test func longTitleIsTruncatedAndStyledCardKeepsItsWidth() {
        let card = CardBox(title: "一個非常非常長的標題 with more", sections: ["x"], footer: "q", style: Style(enabled: true))
        let lines = card.render(width: 20)
        #expect(Set(lines.map { DisplayWidth.of($0) }) == [20])
        #expect(lines[0].contains("\u{1B}[1m一個非常非常…\u{1B}[0m"))
        #expect(lines[3] == "│ \u{1B}[2mq\u{1B}[0m                │")
    }
}
