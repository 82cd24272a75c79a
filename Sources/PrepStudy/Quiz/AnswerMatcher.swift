/// Tolerant matching of a typed answer, in Chinese and English.
///
/// The rules, in order, each tried against the whole answer and each alternative it lists:
/// 1. **Exact**: equal after `AnswerText.normalized` (case, full-/half-width, punctuation and spacing ignored),
///    or the same once stop words are set aside ("server" for "Of the server", "worker 數量" for "worker 的數量").
/// 2. **Typo** (`.close`): within a length-scaled edit distance (`typoAllowance`), provided the digits are
///    the same ("4" never matches "5", "3.0" never "3.1"), every word starts with the same letter as in the
///    answer (so "WSGI" is not a typo of "ASGI", nor "sync" of "async", nor 同步 of 異步), and the
///    negating characters 不 非 無 沒 未 否 are the same.
/// 3. **Key words** (`.close`, see `AnswerMatcher+KeyWords.swift`): the typed sentence contains the answer.
/// Traditional and Simplified Chinese are not folded into each other.
package struct AnswerMatcher: Sendable {
    /// Answers up to this many characters (after normalization) must be exact.
    package var exactUpTo: Int
    /// Answers up to this many characters tolerate one edit, longer ones two.
    package var oneTypoUpTo: Int

    package init(exactUpTo: Int = 3, oneTypoUpTo: Int = 8) {
        self.exactUpTo = exactUpTo
        self.oneTypoUpTo = oneTypoUpTo
    }

    package func match(_ typed: String, against expected: String) -> AnswerMatch {
        guard !AnswerText.normalized(typed).isEmpty else { return .wrong }
        var best = AnswerMatch.wrong
        for candidate in Self.alternatives(of: expected) {
            best = max(best, matchOne(typed, against: candidate))
            if best == .exact { break }
        }
        return best
    }

    /// Edits tolerated for an answer of `length` normalized characters.
    package func typoAllowance(forLength length: Int) -> Int {
        if length <= exactUpTo { return 0 }
        return length <= oneTypoUpTo ? 1 : 2
    }

    private func matchOne(_ typed: String, against expected: String) -> AnswerMatch {
        let typedForm = AnswerText.normalized(typed)
        let expectedForm = AnswerText.normalized(expected)
        guard !expectedForm.isEmpty else { return .wrong }
        if typedForm == expectedForm || Self.hasSameKeyWords(typed, as: expected) { return .exact }
        if isTypo(typed, typedForm, of: expected, expectedForm) { return .close }
        return Self.containsKeyWords(typed, of: expected) ? .close : .wrong
    }

    private func isTypo(_ typed: String, _ typedForm: String, of expected: String, _ expectedForm: String) -> Bool {
        let typedCharacters = Array(typedForm)
        let expectedCharacters = Array(expectedForm)
        let allowance = typoAllowance(forLength: expectedCharacters.count)
        guard allowance > 0, abs(typedCharacters.count - expectedCharacters.count) <= allowance else { return false }
        guard AnswerText.numberSkeleton(ofNormalized: typedForm) == AnswerText.numberSkeleton(ofNormalized: expectedForm)
        else { return false }
        let typedFolded = AnswerText.folded(typed)
        let expectedFolded = AnswerText.folded(expected)
        guard Self.wordInitials(typedFolded) == Self.wordInitials(expectedFolded),
              Self.negations(in: typedFolded) == Self.negations(in: expectedFolded)
        else { return false }
        return EditDistance.between(typedCharacters, expectedCharacters) <= allowance
    }

    /// The first character of each word: a run of letters and digits, or a run of CJK characters.
    static func wordInitials(_ folded: String) -> [Character] {
        var initials: [Character] = []
        var previousClass: CharacterClass = .separator
        for character in folded {
            let characterClass = CharacterClass(character)
            if characterClass != .separator, characterClass != previousClass { initials.append(character) }
            previousClass = characterClass
        }
        return initials
    }

    /// Characters that turn a Chinese answer into its opposite (不支持, 非阻塞), in order of appearance.
    static func negations(in folded: String) -> [Character] {
        folded.filter { "不非無沒未否无没".contains($0) }
    }

    enum CharacterClass {
        case cjk, alphanumeric, separator

        init(_ character: Character) {
            if let scalar = character.unicodeScalars.first, AnswerText.isCJK(scalar) {
                self = .cjk
            } else if character.isLetter || character.isNumber {
                self = .alphanumeric
            } else {
                self = .separator
            }
        }
    }
}
