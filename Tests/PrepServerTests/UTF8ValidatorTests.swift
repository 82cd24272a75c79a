import PrepCore
import Testing
@testable import PrepServer

struct UTF8ValidatorTests {
    /// The standard library's decoder is the oracle: it refuses exactly the ill-formed sequences.
    private func oracle(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    @Test func everyTwoByteSequenceAgreesWithTheStandardLibrary() {
        for first in 0...255 {
            for second in 0...255 {
                let bytes = [UInt8(first), UInt8(second)]
                #expect(UTF8Validator.isValid(bytes) == oracle(bytes), "\(bytes)")
            }
        }
    }

    @Test func everyThreeByteSequenceWithALeadAboveDFAgrees() {
        var mismatches = 0
        for first in 0xE0...0xFF {
            for second in 0x70...0xC0 {
                for third in [0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0] {
                    let bytes = [UInt8(first), UInt8(second), UInt8(third)]
                    if UTF8Validator.isValid(bytes) != oracle(bytes) { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
    }

    /// Random byte strings biased towards UTF-8's lead and continuation bytes, fed in random pieces.
    @Test func randomPiecesAgreeWithTheStandardLibrary() {
        var random = SplitMix64(seed: 6455)
        let interesting: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<fuzzCases(default: 20_000) {
            let length = Int.random(in: 0...12, using: &random)
            let bytes = (0..<length).map { _ in Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random) }
            let cuts = (0..<Int.random(in: 0...3, using: &random)).map { _ in Int.random(in: 0...length, using: &random) }.sorted()
            var validator = UTF8Validator()
            var ok = true
            var start = 0
            for end in cuts + [length] where ok {
                ok = validator.feed(bytes[start..<end])
                start = end
            }
            #expect((ok && validator.isComplete) == oracle(bytes), "\(bytes)")
        }
    }
}
