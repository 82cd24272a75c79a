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

    /// Without leading and trailing spaces, tabs and line ends.
    var trimmed: String {
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
