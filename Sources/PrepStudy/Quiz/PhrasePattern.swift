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

    /// The scalars a match can open with, and whether a match can be empty; nil when a class of scalars opens it.
    var opening: (scalars: Set<Unicode.Scalar>, canBeEmpty: Bool)? {
        switch self {
        case .words(let words):
            return (Set(words.compactMap(\.unicodeScalars.first)), words.contains(""))
        case .wordBoundary:
            return ([], true)
        case .whiteSpace, .wordCharacters:
            return nil
        case .optional(let part):
            return part.opening.map { ($0.scalars, true) }
        case .either(let choices):
            var scalars: Set<Unicode.Scalar> = []
            var canBeEmpty = false
            for choice in choices {
                guard let opening = choice.opening else { return nil }
                scalars.formUnion(opening.scalars)
                canBeEmpty = canBeEmpty || opening.canBeEmpty
            }
            return (scalars, canBeEmpty)
        case .sequence(let parts):
            var scalars: Set<Unicode.Scalar> = []
            for part in parts {
                guard let opening = part.opening else { return nil }
                scalars.formUnion(opening.scalars)
                if !opening.canBeEmpty { return (scalars, false) }
            }
            return (scalars, true)
        }
    }

    /// Whether the pattern reads `text` from `start` to any end.
    func matches(_ text: [Unicode.Scalar], from start: Int) -> Bool {
        read(text, from: start) { _ in true }
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

/// A ``PhrasePattern`` tried only where one of the scalars that can open it stands: most positions of a text
/// open no match, and trying the whole pattern there cost more than ICU's search did.
struct PhraseRule: Sendable {
    private let pattern: PhrasePattern
    /// ASCII openings as bits, the others listed; nil when any position may open a match.
    private let asciiOpenings: (low: UInt64, high: UInt64)?
    private let otherOpenings: [Unicode.Scalar]

    init(_ pattern: PhrasePattern) {
        self.pattern = pattern
        let opening = pattern.opening.flatMap { $0.canBeEmpty ? nil : $0.scalars }
        asciiOpenings = opening.map { scalars in
            scalars.filter(\.isASCII).reduce((low: UInt64(0), high: UInt64(0))) { bits, scalar in
                scalar.value < 64 ? (bits.low | 1 << scalar.value, bits.high) : (bits.low, bits.high | 1 << (scalar.value - 64))
            }
        }
        otherOpenings = opening.map { $0.filter { !$0.isASCII } } ?? []
    }

    func occurs(in text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let ascii = asciiOpenings else {
            return (0...scalars.count).contains { pattern.matches(scalars, from: $0) }
        }
        return scalars.indices.contains { start in
            let scalar = scalars[start]
            let opens = switch scalar.value {
            case 0..<64: ascii.low & 1 << scalar.value != 0
            case 64..<128: ascii.high & 1 << (scalar.value - 64) != 0
            default: otherOpenings.contains(scalar)
            }
            return opens && pattern.matches(scalars, from: start)
        }
    }
}
