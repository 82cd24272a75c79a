/// Widths of text in terminal columns, and padding, truncation and wrapping by those widths.
///
/// East Asian Wide and Fullwidth characters (CJK ideographs, kana, Hangul, full-width forms, CJK
/// punctuation) and emoji presentation take two columns; combining marks, joiners and variation
/// selectors take none. Ambiguous-width characters (box drawing, blocks, `…`) count as one, as in a
/// non-CJK locale. SGR/CSI escape sequences count as zero, so styled text pads correctly.
package enum DisplayWidth {
    package enum Alignment: Sendable {
        case left, right, center
    }

    /// Columns taken by `text` on a terminal.
    package static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        var escapes = EscapeSkipper()
        for character in text where !escapes.skips(character) {
            width += of(character)
        }
        return width
    }

    /// Columns taken by one grapheme: the widest of its scalars, or two for an emoji presented as one.
    package static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var width = 0
        for scalar in scalars {
            width = max(width, of(scalar))
        }
        // VS16 turns a text-default emoji (❤, ☺) into a two-column emoji.
        if width < 2, scalars.contains("\u{FE0F}"), let first = scalars.first, first.properties.isEmoji,
            !first.isASCII
        {
            width = 2
        }
        return width
    }

    /// Columns taken by one scalar in isolation.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        // Hangul medial vowels and final consonants join the preceding initial consonant.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(value) ? 2 : 1
    }

    /// East Asian Width W or F (Unicode 15), less the emoji that `isEmojiPresentation` already covers.
    private static func isWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // kana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed, compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4DC0...0x4DFF,  // Yijing hexagrams
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // full-width forms
        0xFFE0...0xFFE6,  // full-width signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // kana supplement and extensions, Nushu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD,  // CJK extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK extensions G–H
    ]

    /// Pads `text` with spaces to `width` columns; text already that wide is returned unchanged.
    package static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left: return text + String(repeating: " ", count: missing)
        case .right: return String(repeating: " ", count: missing) + text
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + text + String(repeating: " ", count: missing - before)
        }
    }

    /// Shortens `text` to at most `width` columns, ending in `…` when anything was cut.
    package static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width else { return text }
        let budget = width - of(ellipsis)
        guard budget >= 0 else { return "" }
        var result = ""
        var used = 0
        var escapes = EscapeSkipper()
        for character in text {
            if escapes.skips(character) {
                result.append(character)
                continue
            }
            let characterWidth = of(character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        return result + ellipsis
    }
}

/// Recognises CSI escape sequences (`ESC [ … final`) character by character so widths can skip them.
struct EscapeSkipper {
    private enum State { case text, sawEscape, inSequence }
    private var state = State.text

    mutating func skips(_ character: Character) -> Bool {
        switch state {
        case .text:
            guard character == "\u{1B}" else { return false }
            state = .sawEscape
            return true
        case .sawEscape:
            state = character == "[" ? .inSequence : .text
            return true
        case .inSequence:
            if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) {
                state = .text
            }
            return true
        }
    }
}
