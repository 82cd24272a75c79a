import Testing

@testable import PrepTerminal

struct LineEditorTests {
    @Test func backspaceErasesAsManyColumnsAsTheGraphemeTook() {
        var editor = LineEditor()
        for key in [Key.char("e"), .char("\u{301}"), .char("✅"), .char("x")] { _ = editor.apply(key) }
        #expect(editor.text == "e\u{301}✅x")
        #expect(editor.apply(.backspace) == .output("\u{8} \u{8}"))
        #expect(editor.apply(.backspace) == .output("\u{8}\u{8}  \u{8}\u{8}"))
        // The combining accent goes with its base letter.
        #expect(editor.apply(.backspace) == .output("\u{8} \u{8}"))
        #expect(editor.text == "")
        #expect(editor.apply(.backspace) == .none)
    }

    @Test func spaceAndArrowsWhileTyping() {
        var editor = LineEditor()
        #expect(editor.apply(.char("a")) == .output("a"))
        #expect(editor.apply(.space) == .output(" "))
        #expect(editor.apply(.left) == .none)
        #expect(editor.apply(.enter) == .submit("a "))
    }

    @Test func ctrlDCancelsOnlyAnEmptyLine() {
        var editor = LineEditor()
        #expect(editor.apply(.ctrlD) == .cancel)
        _ = editor.apply(.char("中"))
        #expect(editor.apply(.ctrlD) == .none)
        #expect(editor.apply(.ctrlC) == .cancel)
    }
}
