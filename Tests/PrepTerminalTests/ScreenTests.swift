import Testing

@testable import PrepTerminal

struct ScreenTests {
    @Test func plainScreenOnlyAppends() {
        let captured = CapturedOutput()
        let screen = Screen(output: captured.output, isInteractive: false)
        screen.redraw(["a", "中"])
        screen.replaceLast(2, with: ["b"])
        screen.clear()
        #expect(captured.text == "a\n中\nb\n")
    }

    @Test func interactiveScreenClearsAndMovesUp() {
        let captured = CapturedOutput()
        let screen = Screen(output: captured.output, isInteractive: true)
        screen.redraw(["a"])
        screen.replaceLast(2, with: ["b"])
        #expect(captured.text == "\u{1B}[2J\u{1B}[Ha\n\r\u{1B}[2A\u{1B}[Jb\n")
    }
}
