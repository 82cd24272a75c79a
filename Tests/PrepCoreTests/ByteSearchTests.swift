import Foundation
import PrepCore
import Testing

struct ByteSearchTests {
    /// Plain markup and words are found where Foundation finds them, and the range slices the text as it is.
    @Test(arguments: [
        ("a {b} c", "{"), ("no brace", "{"), ("line\n\nnext", "\n\n"), ("see https://x.io", "://"), ("上文提到的", "提到"),
        ("", "x"), ("ab", "abc"), ("x", ""),
    ])
    func findsWhatFoundationFinds(text: String, needle: String) {
        let found = text.firstByteRange(of: needle)
        #expect(text.containsBytes(needle) == (found != nil))
        if needle.isEmpty { #expect(found == text.startIndex..<text.startIndex) } else {
            #expect(found == text.range(of: needle))
        }
    }

    /// With ASCII case ignored, tags match in any case and nothing but letters folds (`[` is not `{`).
    @Test func ignoresASCIICaseOfLettersOnly() {
        #expect("<LI>one".containsBytes("<li>", ignoringASCIICase: true))
        #expect("<Td>".containsBytes("<td>", ignoringASCIICase: true))
        #expect(!"<LI>one".containsBytes("<li>"))
        #expect(!"[x]".containsBytes("{x}", ignoringASCIICase: true))
        #expect(!"<lı>".containsBytes("<li>", ignoringASCIICase: true))
    }
}
