/// Turns raw terminal bytes into keys; pure and incremental, so a sequence split across reads still decodes.
///
/// A lone `ESC` is ambiguous until more bytes arrive: it stays pending, and the reader calls
/// ``flush()`` when no further byte comes within a short timeout.
package struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    // Terminals in cooked output may send CR LF for Enter; one press must not become two.
    private var lastByteWasCarriageReturn = false

    package init() {}

    /// Whether bytes are held back waiting for the rest of a sequence.
    package var hasPendingBytes: Bool { !pending.isEmpty }

    /// Feeds newly read bytes and returns every key they complete.
    package mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = decodeOne(at: index) else { break }
            index += length
            if let key { keys.append(key) }
        }
        pending.removeFirst(index)
        return keys
    }

    /// Gives up waiting for the rest of a sequence: a lone ESC becomes `.escape`, a cut UTF-8
    /// sequence becomes U+FFFD.
    package mutating func flush() -> [Key] {
        guard let first = pending.first else { return [] }
        pending.removeFirst()
        guard first == 0x1B else {
            // Only a cut UTF-8 sequence can be incomplete without an ESC, and it is always the tail.
            pending.removeAll()
            return [.char("\u{FFFD}")]
        }
        return [.escape] + decode([]) + flush()
    }

    /// Decodes one key at `index`; `nil` means the bytes there are an incomplete prefix.
    /// A `nil` key with a length means bytes consumed without producing a key.
    private mutating func decodeOne(at index: Int) -> (Key?, Int)? {
        let byte = pending[index]
        let followsCarriageReturn = lastByteWasCarriageReturn
        lastByteWasCarriageReturn = byte == 0x0D
        switch byte {
        case 0x0D: return (.enter, 1)
        case 0x0A: return followsCarriageReturn ? (nil, 1) : (.enter, 1)
        case 0x03: return (.ctrlC, 1)
        case 0x04: return (.ctrlD, 1)
        case 0x09: return (.tab, 1)
        case 0x08, 0x7F: return (.backspace, 1)
        case 0x20: return (.space, 1)
        case 0x1B: return decodeEscape(at: index)
        case 0x00..<0x20: return (.control(byte), 1)
        default: return decodeUTF8(at: index)
        }
    }

    private func decodeEscape(at index: Int) -> (Key?, Int)? {
        guard index + 1 < pending.count else { return nil }
        let introducer = pending[index + 1]
        switch introducer {
        case UInt8(ascii: "["): return decodeCSI(at: index)
        case UInt8(ascii: "O"):
            guard index + 2 < pending.count else { return nil }
            let key: Key =
                switch pending[index + 2] {
                case UInt8(ascii: "A"): .up
                case UInt8(ascii: "B"): .down
                case UInt8(ascii: "C"): .right
                case UInt8(ascii: "D"): .left
                case UInt8(ascii: "H"): .home
                case UInt8(ascii: "F"): .end
                default: .unknownSequence(Array(pending[index...(index + 2)]))
                }
            return (key, 3)
        default:
            // ESC followed by anything else (Alt+key, or ESC pressed twice): report the ESC alone
            // and let the next byte decode on its own.
            return (.escape, 1)
        }
    }

    /// CSI: `ESC [`, parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E.
    private func decodeCSI(at index: Int) -> (Key?, Int)? {
        var cursor = index + 2
        while cursor < pending.count, (0x20...0x3F).contains(pending[cursor]) { cursor += 1 }
        guard cursor < pending.count else { return nil }
        let final = pending[cursor]
        let length = cursor - index + 1
        let parameters = String(decoding: pending[(index + 2)..<cursor], as: UTF8.self)
        let sequence = Array(pending[index..<(index + length)])
        guard (0x40...0x7E).contains(final) else { return (.unknownSequence(sequence), length) }
        // Modified keys (`ESC [ 1 ; 5 A` for Ctrl-Up) decode to the plain key.
        let firstParameter = parameters.split(separator: ";").first.map(String.init) ?? ""
        let key: Key? =
            switch final {
            case UInt8(ascii: "A"): .up
            case UInt8(ascii: "B"): .down
            case UInt8(ascii: "C"): .right
            case UInt8(ascii: "D"): .left
            case UInt8(ascii: "H"): .home
            case UInt8(ascii: "F"): .end
            case UInt8(ascii: "~"):
                switch firstParameter {
                case "1", "7": .home
                case "4", "8": .end
                case "3": .delete
                case "5": .pageUp
                case "6": .pageDown
                default: nil
                }
            default: nil
            }
        return (key ?? .unknownSequence(sequence), length)
    }

    private func decodeUTF8(at index: Int) -> (Key?, Int)? {
        let lead = pending[index]
        let expected =
            switch lead {
            case 0x00..<0x80: 1
            case 0xC2..<0xE0: 2
            case 0xE0..<0xF0: 3
            case 0xF0..<0xF5: 4
            default: 0
            }
        guard expected > 0 else { return (.char("\u{FFFD}"), 1) }
        var available = 1
        while available < expected, index + available < pending.count {
            guard pending[index + available] & 0xC0 == 0x80 else {
                // A lead byte cut short by a new character: replace just the broken prefix.
                return (.char("\u{FFFD}"), available)
            }
            available += 1
        }
        guard available == expected else { return nil }
        let text = String(decoding: pending[index..<(index + expected)], as: UTF8.self)
        return (.char(text.first ?? "\u{FFFD}"), expected)
    }
}
