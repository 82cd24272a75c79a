import Foundation
import PrepCore
import Testing

/// The trimming that stands in for Foundation's on every card at launch must trim the same (every scalar was
/// compared against both of its sets once; they differ from the categories only at U+200B).
struct TrimmingTests {
    @Test(arguments: [
        "  plain  ", "\t tabbed\t", "\n line ends \r\n", "\u{3000}全形空白\u{3000}", "\u{00A0}no-break\u{2003}", "\u{2028}sep\u{2029}",
        "\u{85}next line\u{0B}", "", "   ", "\n\n", "inner  space kept", "✅ \u{200B}", "é\u{301} ",
    ])
    func trimsAsFoundationDoes(text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        let slice = text.dropFirst(0)
        #expect(slice.trimmingWhitespace() == slice.trimmingCharacters(in: .whitespaces))
    }
}
