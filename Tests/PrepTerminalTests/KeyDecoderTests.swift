import Testing

@testable import PrepTerminal

struct KeyDecoderTests {
    private func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.decode(bytes)
    }

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(
        arguments: [
            ([0x0D], Key.enter), ([0x0A], .enter), ([0x20], .space), ([0x7F], .backspace), ([0x08], .backspace),
            ([0x09], .tab), ([0x03], .ctrlC), ([0x04], .ctrlD), ([0x01], .control(0x01)),
            ([0x1B, 0x5B, 0x41], .up), ([0x1B, 0x5B, 0x42], .down), ([0x1B, 0x5B, 0x43], .right),
            ([0x1B, 0x5B, 0x44], .left), ([0x1B, 0x4F, 0x41], .up), ([0x1B, 0x4F, 0x44], .left),
            ([0x1B, 0x5B, 0x48], .home), ([0x1B, 0x5B, 0x46], .end), ([0x1B, 0x4F, 0x48], .home),
            ([0x1B, 0x5B, 0x31, 0x7E], .home), ([0x1B, 0x5B, 0x34, 0x7E], .end), ([0x1B, 0x5B, 0x33, 0x7E], .delete),
            ([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x41], .up),
        ] as [([UInt8], Key)])
    func singleKeys(bytes: [UInt8], key: Key) {
        #expect(decode(bytes) == [key])
    }

    @Test func printableASCIIAndMultibyteUTF8() {
        #expect(decode(bytes("q1中é🟡")) == [.char("q"), .char("1"), .char("中"), .char("é"), .char("🟡")])
    }

    @Test func carriageReturnLineFeedIsOneEnter() {
        #expect(decode([0x0D, 0x0A, 0x0A]) == [.enter, .enter])
    }

    @Test func unknownCSIIsConsumedWhole() {
        #expect(decode(bytes("\u{1B}[15~x")) == [.unknownSequence(bytes("\u{1B}[15~")), .char("x")])
    }

    @Test func escapeFollowedByOtherByteIsEscapeThenThatKey() {
        #expect(decode(bytes("\u{1B}q")) == [.escape, .char("q")])
    }

    @Test func arrowSplitAcrossReads() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.hasPendingBytes)
        #expect(decoder.decode([0x5B]) == [])
        #expect(decoder.decode([0x41, 0x61]) == [.up, .char("a")])
        #expect(!decoder.hasPendingBytes)
    }

    @Test func utf8SplitAcrossReads() {
        var decoder = KeyDecoder()
        let bytes = Array("答".utf8)
        #expect(decoder.decode(bytes[0..<1]) == [])
        #expect(decoder.decode(bytes[1..<2]) == [])
        #expect(decoder.decode(bytes[2...]) == [.char("答")])
    }

    @Test func loneEscapeNeedsAFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(decoder.flush() == [])
    }

    @Test func flushOfCutSequenceKeepsWhatFollowsTheEscape() {
        var decoder = KeyDecoder()
        #expect(decoder.decode(bytes("\u{1B}[1")) == [])
        #expect(decoder.flush() == [.escape, .char("["), .char("1")])
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        #expect(decode([0xFF, 0x61]) == [.char("\u{FFFD}"), .char("a")])
        // A lead byte cut short by an ASCII byte.
        #expect(decode([0xE4, 0x61]) == [.char("\u{FFFD}"), .char("a")])
        var decoder = KeyDecoder()
        #expect(decoder.decode([0xE4, 0xB8]) == [])
        #expect(decoder.flush() == [.char("\u{FFFD}")])
    }
}
