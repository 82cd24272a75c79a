import PrepTerminal
import Testing

/// Inline markup at its edges: marks that do not pair, marks inside words, tags in any case, and what a backslash
/// escapes.
struct MarkdownInlineTests {
    private func plain(_ text: String) -> String { MarkdownDisplay.render(text, style: .plain) }
    private func styled(_ text: String) -> String { MarkdownDisplay.render(text, style: Style(enabled: true)) }

    @Test func boldNeedsTextRightInsideItsMarks() {
        #expect(plain("Write ** ** for nothing") == "Write ** ** for nothing")
        #expect(plain("a ** b** c") == "a ** b** c")
        #expect(plain("the **main** point and __this__ one") == "the main point and this one")
        #expect(styled("**x**") == Style(enabled: true).bold("x"))
        // Unclosed, a mark is shown as written.
        #expect(plain("**open and *half") == "**open and *half")
    }

    @Test func emphasisStandsApartFromWordsAndStars() {
        #expect(plain("a*b*c stays") == "a*b*c stays")
        #expect(plain("an *aside* here") == "an aside here")
        #expect(plain("a * not emphasis* b") == "a * not emphasis* b")
        #expect(plain("**outer *inner* outer**") == "outer inner outer")
    }

    @Test func tagsInAnyCase() {
        #expect(styled("<B>loud</b> <CODE>x</Code>") == Style(enabled: true).bold("loud") + " " + Style(enabled: true).cyan("x"))
        #expect(plain("one<br/>two<BR>three") == "onetwothree")
        // Unclosed, a layout tag still goes.
        #expect(styled("<b>open") == "open")
    }

    @Test func linksAndImages() {
        #expect(plain("[a [b](x) and ![](pic.png)end") == "a [b and end")
        #expect(plain("[](empty) stays") == "[](empty) stays")
    }

    @Test func aBackslashShowsThePunctuationItEscapes() {
        #expect(plain(#"1\. item \[x\] in C:\dir"#) == #"1. item [x] in C:\dir"#)
    }

    /// A combining mark right after a closing mark belongs to the text after it: the bold still pairs.
    @Test func aCombiningMarkAfterAMark() {
        #expect(plain("**bold**\u{301} text") == "bold\u{301} text")
    }
}
