import Foundation
import PrepStudy
import Testing

/// `AnswerText.trimmed` stands in for Foundation's trimming on every card at launch: it must trim the same
/// (every scalar was compared against both of its sets once; they differ from the categories only at U+200B).
struct AnswerTextTrimTests {
    @Test(arguments: [
        "  plain  ", "\t tabbed\t", "\n line ends \r\n", "\u{3000}全形空白\u{3000}", "\u{00A0}no-break\u{2003}", "\u{2028}sep\u{2029}",
        "\u{85}next line\u{0B}", "", "   ", "\n\n", "inner  space kept", "✅ \u{200B}", "é\u{301} ",
    ])
    func trimsAsFoundationDoes(text: String) {
        #expect(AnswerText.trimmed(text) == text.trimmingCharacters(in: .whitespaces))
        #expect(AnswerText.trimmed(text, newlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
