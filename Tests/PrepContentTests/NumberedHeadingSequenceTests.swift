import Testing

@testable import PrepContent

/// Headings of plain articles are found by the number that must come next.
@Suite struct NumberedHeadingSequenceTests {
    private func headings(_ lines: [String]) -> [String] {
        PlainTextReader.segments(of: lines).compactMap(\.heading).map { "\($0.number ?? "-") \($0.title)" }
    }

    @Test func acceptsOnlyTheNextNumber() {
        #expect(
            headings(["2. Too early", "1. First", "1.2 Skipped", "1.1 Sub", "3. Skipped", "2. Second"])
                == ["1 First", "1.1 Sub", "2 Second"])
    }

    @Test func splitsRunInHeadingsGluedToAnyCharacterButSpace() {
        #expect(headings(["1. A", "pass2. B", "x = f()2.1 C", "done!3. D"]) == ["1 A", "2 B", "2.1 C", "3 D"])
    }

    @Test func splitsDigitGluedHeadingBeforeTheExpectedNumber() {
        let segments = PlainTextReader.segments(of: ["1. A", "run --workers 22. B"])
        #expect(segments.map(\.text) == ["1. A", "run --workers 2", "2. B"])
        #expect(segments.map(\.column) == [1, 1, 16])
    }

    @Test(arguments: [
        "# 2. a code comment",
        "see step 2. later",
        "HTTP/2. is not a heading",
        "version 1.2. 2 fixes",
        "12. a list item",
        "2.a not a heading",
        "2. | a table cell",
        "2. " + String(repeating: "long ", count: 20),
    ])
    func rejectsDecoys(_ line: String) {
        #expect(headings(["1. A", line]) == ["1 A"])
    }

    @Test func recognisesRunInQuestionsOnlyInSequence() {
        let segments = PlainTextReader.segments(of: ["Q1: a?", "return x()Q2: b?", "see Q2: later", "FAQ3: no"])
        #expect(segments.map(\.text) == ["Q1: a?", "return x()", "Q2: b?", "see Q2: later", "FAQ3: no"])
    }
}
