/// A file's text split into lines, after checking that it is UTF-8.
struct SourceText {
    /// Lines without their terminators; `lines[0]` is line 1.
    let lines: [String]

    /// Where the first byte that is not valid UTF-8 sits.
    struct InvalidByte: Error {
        let line: Int
        let column: Int
        let byte: UInt8
    }

    /// Decodes `bytes`, dropping a leading byte-order mark and the `\r` of CRLF line ends.
    static func decode(_ bytes: [UInt8]) -> Result<SourceText, InvalidByte> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = firstInvalidUTF8Offset(body) {
            let prefix = body[body.startIndex..<offset]
            let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? prefix.startIndex
            let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let column = String(decoding: body[lineStart..<offset], as: UTF8.self).count + 1
            return .failure(InvalidByte(line: line, column: column, byte: body[offset]))
        }
        // Cut at the bytes: a line feed always ends a Character, and a carriage return before it is the rest of
        // a CRLF ending. Splitting by Character walked grapheme breaks through every byte of a large deck.
        var lines: [String] = []
        var lineStart = body.startIndex
        for index in body.indices where body[index] == UInt8(ascii: "\n") {
            let end = index > lineStart && body[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            lines.append(String(decoding: body[lineStart..<end], as: UTF8.self))
            lineStart = index + 1
        }
        lines.append(String(decoding: body[lineStart...], as: UTF8.self))
        // A final newline ends the last line rather than starting an empty one.
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return .success(SourceText(lines: lines))
    }

    /// Offset of the first byte that does not start a well-formed UTF-8 sequence (no overlongs,
    /// no surrogates, nothing above U+10FFFF), or nil when all of it is UTF-8. A truncated sequence is
    /// reported at its lead byte, which is where an editor shows the damage.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The ranges exclude overlongs (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
            let (length, secondRange): (Int, ClosedRange<UInt8>)
            switch lead {
            case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
            case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
            case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
            case 0xED: (length, secondRange) = (3, 0x80...0x9F)
            case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
            case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
            case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
            default: return index
            }
            for position in 1..<length {
                let next = index + position
                let range: ClosedRange<UInt8> = position == 1 ? secondRange : 0x80...0xBF
                guard next < bytes.endIndex, range.contains(bytes[next]) else { return index }
            }
            index += length
        }
        return nil
    }
}
