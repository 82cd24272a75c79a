extension QuizGenerator {
    /// The option labels ("A. ", "(B) ", "C、中…") in `text`, as `(?:^|(?<=\s))[(（]?([A-H])[)）.．、:：](?=\s|\p{Han})`
    /// with lines anchored finds them: each one's letter (0 for A) and the scalars it spans. Read by hand: compiling
    /// the pattern built ICU's Unicode sets on the first question, 4 % of a quiz's launch. A line opens after
    /// a line end, and every line end is white space, so a label opens the text or follows white space.
    static func optionLabels(in text: [Unicode.Scalar]) -> [(letter: Int, range: Range<Int>)] {
        var labels: [(letter: Int, range: Range<Int>)] = []
        for start in text.indices where start == 0 || text[start - 1].properties.isWhitespace {
            let letter = "(（".unicodeScalars.contains(text[start]) ? start + 1 : start
            guard letter + 2 < text.count, ("A"..."H").contains(text[letter]), ")）.．、:：".unicodeScalars.contains(text[letter + 1]),
                  text[letter + 2].properties.isWhitespace || isHan(text[letter + 2])
            else { continue }
            labels.append((Int(text[letter].value) - 65, start..<(letter + 2)))
        }
        return labels
    }

    /// `\p{Han}`, the Han script as the ICU of Foundation (Unicode 16) gives it; the standard library tells no script.
    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2E80 && hanRanges.contains { $0.contains(scalar.value) }
    }

    private static let hanRanges: [ClosedRange<UInt32>] = [
        0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x3005...0x3005, 0x3007...0x3007, 0x3021...0x3029,
        0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFA6D, 0xFA70...0xFAD9, 0x16FE2...0x16FE3,
        0x16FF0...0x16FF1, 0x20000...0x2A6DF, 0x2A700...0x2B739, 0x2B740...0x2B81D, 0x2B820...0x2CEA1,
        0x2CEB0...0x2EBE0, 0x2EBF0...0x2EE5D, 0x2F800...0x2FA1D, 0x30000...0x3134A, 0x31350...0x323AF,
    ]
}
