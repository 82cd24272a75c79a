@testable import PrepExchange
import Testing

/// A card's fenced code reaches Anki as a code block, indentation and markup characters kept.
struct AnkiCodeBlockTests {
    @Test func aFencedBlockBecomesPreCode() {
        let back = "Like this:\n```python\ndef f(a, b):\n    return a < b\n```\nDone."
        #expect(AnkiPackageExporter.html(back)
            == "Like this:<pre><code>def f(a, b):\n    return a &lt; b</code></pre>Done.")
    }

    @Test func textWithoutAFenceIsEscapedAsBefore() {
        #expect(AnkiPackageExporter.html("a < b\nc") == "a &lt; b<br>c")
        #expect(AnkiPackageExporter.html("「雨」 & \"傘\" > 1\r\n2\r3") == "「雨」 &amp; &quot;傘&quot; &gt; 1<br>2<br>3")
        #expect(AnkiPackageExporter.html("nothing to change, ü") == "nothing to change, ü")
        #expect(AnkiPackageExporter.html("") == "")
    }
}
