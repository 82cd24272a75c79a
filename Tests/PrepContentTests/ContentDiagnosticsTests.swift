import Foundation
import Testing

@testable import PrepContent

/// Problems are collected with `path:line:col`, never thrown at the first one.
@Suite struct ContentDiagnosticsTests {
    private func diagnostics(_ text: String, path: String = "content/t/broken.en.md") -> [String] {
        ContentParser().parse(text: text, path: path).diagnostics.map(\.description)
    }

    @Test func collectsEveryProblemOfAFileWithLocations() {
        let text = """
            # Broken

            Q: A question nobody answers?

            | A | B | C | D |
            |---|---|---|---|
            | one | two | three | four |
              | short | row | three |

            Claim: Said without judgement.

            Claim: Judged oddly.
            verdict: maybe — who knows

            Q: First?
            A: One.
            id: same

            Q: Second?
            A: Two.
            id: same
            """
        #expect(
            diagnostics(text) == [
                "content/t/broken.en.md:3:1: error: question has no answer",
                "content/t/broken.en.md:8:3: error: table row has 3 cells, header has 4",
                "content/t/broken.en.md:10:1: error: claim has no verdict; add 'verdict: true|false|misleading|depends — why'",
                "content/t/broken.en.md:13:10: error: unknown verdict 'maybe'; expected true, false, misleading or depends",
                "content/t/broken.en.md:21:1: error: duplicate id 'same' (first used on line 17)",
            ])
    }

    @Test func badRowIsLeftOutAndTheRestOfTheFileStillParses() throws {
        let text = "| A | B |\n|---|---|\n| x | y | z |\n| ok | fine |\n\nQ: Still read?\nA: Yes."
        let result = ContentParser().parse(text: text, path: "t/a.md")
        let article = try #require(result.article)
        #expect(article.tables.first?.rows == [["ok", "fine"]])
        #expect(article.qa.count == 1)
        #expect(result.hasErrors)
    }

    @Test func aQuestionAskedTwiceKeepsBothCardsKeyedApart() throws {
        let text = "## S\n\nQ: Same?\nA: One.\n\nQ: Same?\nA: Two.\n\nQ: Same?\nA: Two."
        let result = ContentParser().parse(text: text, path: "t/a.md")
        let cards = try #require(result.article).cards
        #expect(cards.map(\.back) == ["One.", "Two.", "Two."])
        #expect(Set(cards.map(\.key)).count == 3)
        #expect(cards[1].key.hasPrefix(cards[0].key + "~") && cards[2].key.hasSuffix("~9"))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func nonUTF8FilePointsAtTheFirstBadByte() {
        var bytes = Array("line one\nok 好 ".utf8)
        bytes += [0xE5, 0x28, 0x41]
        let result = ContentParser().parse(bytes: bytes, path: "t/bad.txt")
        #expect(result.article == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "t/bad.txt:2:6: error: file is not valid UTF-8 (malformed sequence at byte 0xE5)"
            ])
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong "/"
        [0xED, 0xA0, 0x80],  // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE4, 0xBD],  // truncated at the end of the file
        [0x80],  // stray continuation byte
    ])
    func rejectsMalformedSequences(_ sequence: [UInt8]) {
        let result = ContentParser().parse(bytes: Array("ab".utf8) + sequence, path: "t/bad.md")
        #expect(result.diagnostics.map(\.location) == [SourceLocation(path: "t/bad.md", line: 1, column: 3)])
    }

    @Test func emptyFileIsAWarningNotAnError() throws {
        let result = ContentParser().parse(text: "\n  \n", path: "t/empty.md")
        #expect(result.diagnostics.map(\.description) == ["t/empty.md:1:1: warning: file is empty"])
        #expect(!result.hasErrors)
        #expect(try #require(result.article).cards.isEmpty)
    }

    @Test func plainArticleQuestionWithoutAnswerIsAnError() {
        let text = "Title\n1. Section\nQ1: Asked?\n答案:\nQ2: Answered?\n答案:\nYes."
        #expect(diagnostics(text, path: "t/a.txt") == ["t/a.txt:3:1: error: question has no answer"])
    }

    @Test func clozeWithoutDeletionAndStrayAnnotationsAreReported() {
        let text = "C: Nothing hidden here.\n\ntags: lonely\n\nA: orphan answer"
        #expect(
            diagnostics(text) == [
                "content/t/broken.en.md:1:1: error: cloze has no deletion; mark one with [text] or {{c1::text}}",
                "content/t/broken.en.md:3:1: warning: 'tags:' does not follow an item and is ignored",
                "content/t/broken.en.md:5:1: error: answer does not follow a question",
            ])
    }

    @Test func BOMAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Q: Windows?\r\nA: Yes.\r\n".utf8)
        let result = ContentParser().parse(bytes: bytes, path: "t/win.md")
        #expect(result.diagnostics.isEmpty)
        #expect(try #require(result.article).qa.map(\.answer) == ["Yes."])
    }

    @Test func missingFileIsADiagnosticNotAThrow() {
        let result = ContentParser().parse(fileAt: URL(fileURLWithPath: "/nonexistent/prep/a.md"), path: "a.md")
        #expect(result.article == nil)
        #expect(result.diagnostics.map(\.description) == ["a.md:1:1: error: file does not exist"])
    }

    @Test func readsAFileFromDisk() throws {
        let url = try #require(Bundle.module.url(forResource: "deck.en", withExtension: "md", subdirectory: "Fixtures"))
        let result = ContentParser().parse(fileAt: url, path: "content/django/deck.en.md")
        #expect(result.article?.cards.count == 15)
    }
}
