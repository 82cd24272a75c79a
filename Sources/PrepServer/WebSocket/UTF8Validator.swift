/// Validates UTF-8 a piece at a time, so a WebSocket text message split over fragments is checked as it
/// arrives and refused at its first bad byte (RFC 6455 §8.1), not after the whole message is in.
///
/// The ranges are the Unicode well-formed byte sequences (Unicode §3.9, table 3-7): they exclude
/// overlong forms, UTF-16 surrogates (U+D800–U+DFFF) and anything above U+10FFFF.
package struct UTF8Validator: Sendable {
    /// Continuation bytes still owed by the sequence in progress.
    private var owed = 0
    /// The range the next continuation byte must fall in; only the first one after a lead byte is narrower.
    private var lower: UInt8 = 0x80
    private var upper: UInt8 = 0xBF

    package init() {}

    /// False at the first byte that cannot belong to well-formed UTF-8; the validator is then spent.
    package mutating func feed(_ bytes: some Sequence<UInt8>) -> Bool {
        for byte in bytes {
            if owed == 0 {
                if byte < 0x80 { continue }
                switch byte {
                case 0xC2...0xDF: owed = 1
                case 0xE0: owed = 2; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: owed = 2
                case 0xED: owed = 2; upper = 0x9F
                case 0xF0: owed = 3; lower = 0x90
                case 0xF1...0xF3: owed = 3
                case 0xF4: owed = 3; upper = 0x8F
                default: return false
                }
            } else {
                guard byte >= lower, byte <= upper else { return false }
                lower = 0x80
                upper = 0xBF
                owed -= 1
            }
        }
        return true
    }

    /// True when no sequence is cut off: what must hold at the end of a message.
    package var isComplete: Bool { owed == 0 }

    package static func isValid(_ bytes: some Sequence<UInt8>) -> Bool {
        var validator = UTF8Validator()
        return validator.feed(bytes) && validator.isComplete
    }
}
