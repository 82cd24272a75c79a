import PrepCore

/// A pattern of words, read over a text's scalars for whether it occurs anywhere, as ICU reads the regular
/// expression each rule quotes: every way through its alternatives, optional parts and runs is tried, so it
/// matches wherever the expression would. Written out because compiling any Foundation regular expression
/// builds ICU's Unicode sets first, 13 M instructions before the first question; the rules read folded text,
/// so words are compared scalar for scalar, with no case folding.
indirect enum PhrasePattern: Sendable {
    /// Any one of these words.
    case words([String])
    case sequence([PhrasePattern])
    case either([PhrasePattern])
    case optional(PhrasePattern)
    /// `\s*`, or `\s+` when `atLeastOne`.
    case whiteSpace(atLeastOne: Bool)
    /// `\w+`
    case wordCharacters
    /// `\b`
    case wordBoundary

    func occurs(in text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return (0...scalars.count).contains { start in read(scalars, from: start) { _ in true } }
    }

    /// Whether the pattern reads `text` from `start` to some end at which `rest` holds.
    private func read(_ text: [Unicode.Scalar], from start: Int, then rest: (Int) -> Bool) -> Bool {
        switch self {
        case .words(let words):
            return words.contains { word in
                var index = start
                for scalar in word.unicodeScalars {
                    guard index < text.count, text[index] == scalar else { return false }
                    index += 1
                }
                return rest(index)
            }
        case .sequence(let parts):
            return Self.read(parts[...], text, from: start, then: rest)
        case .either(let choices):
            return choices.contains { $0.read(text, from: start, then: rest) }
        case .optional(let part):
            return part.read(text, from: start, then: rest) || rest(start)
        case .whiteSpace(let atLeastOne):
            return Self.run(text, from: start, atLeastOne: atLeastOne, of: \.properties.isWhitespace, then: rest)
        case .wordCharacters:
            return Self.run(text, from: start, atLeastOne: true, of: \.isRegexWordCharacter, then: rest)
        case .wordBoundary:
            return Self.isWordBoundary(text, at: start) && rest(start)
        }
    }

    private static func read(_ parts: ArraySlice<PhrasePattern>, _ text: [Unicode.Scalar], from start: Int, then rest: (Int) -> Bool) -> Bool {
        guard let first = parts.first else { return rest(start) }
        return first.read(text, from: start) { read(parts.dropFirst(), text, from: $0, then: rest) }
    }

    /// A run of scalars of one class, every length tried.
    private static func run(
        _ text: [Unicode.Scalar], from start: Int, atLeastOne: Bool, of isInClass: (Unicode.Scalar) -> Bool, then rest: (Int) -> Bool
    ) -> Bool {
        if !atLeastOne, rest(start) { return true }
        var index = start
        while index < text.count, isInClass(text[index]) {
            index += 1
            if rest(index) { return true }
        }
        return false
    }

    /// ICU's `\b` (without Unicode word breaks): a word character on one side only. Marks and format characters
    /// count as the character before them, so there is no boundary just before one.
    static func isWordBoundary(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        if index < text.count, text[index].isRegexBoundaryTransparent { return false }
        let isWord = index < text.count && text[index].isRegexWordCharacter
        let before = text[..<index].last { !$0.isRegexBoundaryTransparent }
        return isWord != (before?.isRegexWordCharacter ?? false)
    }
}
