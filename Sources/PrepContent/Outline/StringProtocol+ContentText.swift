/// Small text predicates and clean-ups shared by both parsers.
extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }

    /// `isWhitespace`, answered without a Unicode property look-up for ASCII, which most text is.
    var isSpace: Bool {
        if let ascii = asciiValue { return ascii == 32 || (9...13).contains(ascii) }
        return isWhitespace
    }
}

extension StringProtocol {
    /// Whether the text holds `character`, without Foundation's general substring search. An ASCII character
    /// whose byte is absent is absent: the bytes are scanned first, sparing most texts a walk over their characters.
    func has(_ character: Character) -> Bool {
        if let byte = character.asciiValue, !utf8.contains(byte) { return false }
        return contains(where: { $0 == character })
    }

    /// Without leading and trailing spaces, tabs and line ends, character by character (see `trimmed`).
    fileprivate var trimmedByCharacters: String {
        // Most lines have nothing to trim; checking the two ends first spares a scan of every character.
        if let head = first, let tail = last, !head.isSpace, !tail.isSpace { return String(self) }
        guard let first = firstIndex(where: { !$0.isSpace }),
            let last = lastIndex(where: { !$0.isSpace })
        else { return "" }
        return String(self[first...last])
    }

    /// Runs of whitespace collapsed to one space, so re-wrapping text does not change what it hashes to.
    var whitespaceNormalized: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

extension Unicode.Scalar {
    /// CJK ideographs, the script of Chinese prose (not punctuation, not kana).
    var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and line ends, for text of either kind (see `Substring.trimmed`).
    var trimmed: String { String(self).trimmed }
}

extension Substring {
    /// Without leading and trailing spaces, tabs and line ends.
    var trimmed: String { trimmedByBytes() ?? trimmedByCharacters }

    /// `trimmed` worked out on the UTF-8 bytes, nil when the ends need characters: a parse trims every line
    /// several times, and walking characters was a quarter of parsing a deck. The bytes answer when what is left
    /// starts and ends with a scalar that neither is a space nor joins one into a character (a combining mark,
    /// a joiner, a prepended format character): there a character ends at the same place as its scalars.
    fileprivate func trimmedByBytes() -> String? {
        let bytes = utf8
        func isASCIISpace(_ byte: UInt8) -> Bool { byte == 32 || (9...13).contains(byte) }
        func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
            // Han and the full-width punctuation Chinese lines end in, without a property look-up.
            switch scalar.value {
            case 0x4E00...0x9FFF, 0x3001...0x3029, 0xFF01...0xFF5E: return true
            default: break
            }
            let properties = scalar.properties
            guard !properties.isWhitespace, !properties.isGraphemeExtend else { return false }
            return properties.generalCategory != .spacingMark && properties.generalCategory != .format
        }
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isASCIISpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isASCIISpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        guard start < end else { return "" }
        if bytes[start] >= 0x80, !standsAlone(unicodeScalars[start]) { return nil }
        if bytes[bytes.index(before: end)] >= 0x80, !standsAlone(unicodeScalars[unicodeScalars.index(before: end)]) { return nil }
        return String(self[start..<end])
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line ends.
    var trimmed: String { self[...].trimmed }
}
