import Foundation

/// Typed answers judged as an examiner would, in Chinese and English.
///
/// The rules, in order, each tried against the answer, each alternative it lists (`A | B`, `A / B`, `A 或 B`),
/// each `also:` answer and the answer of the card in its other language:
/// 1. **Exact**: equal after `AnswerText.normalized` (case, full-/half-width, punctuation and spacing ignored),
///    or the same once stop words are set aside ("server" for "Of the server", "worker 數量" for "worker 的數量",
///    "CPU cores" for "the number of CPU cores"), or the same quantities (`0.37 s` for `370 ms`, see
///    `AnswerQuantity`) around the same words.
/// 2. **Typo** (`.typo`): within a length-scaled edit distance (`typoAllowance`), provided the digits are
///    the same ("4" never matches "5", "3.0" never "3.1"), every word starts with the same letter as in the
///    answer (so "WSGI" is not a typo of "ASGI", nor "sync" of "async", nor 同步 of 異步), and the
///    negating characters 不 非 無 沒 未 否 are the same.
/// 3. **Extra words** (`.extraWords`, see `AnswerMatcher+KeyWords.swift`): the typed sentence contains the answer.
///
/// Code is never a typo: every rule requires the answer's code words (`AnswerText.codeTokens`: module paths,
/// identifiers, file paths, flags) to be typed character for character, so `uvicorn.workers.UvicornWorker`
/// does not pass for `uvicorn_worker.UvicornWorker`. Traditional and Simplified Chinese are not folded.
package struct AnswerMatcher: Sendable {
    /// Answers up to this many characters (after normalization) must be exact.
    package var exactUpTo: Int
    /// Answers up to this many characters tolerate one edit, longer ones two.
    package var oneTypoUpTo: Int

    package init(exactUpTo: Int = 3, oneTypoUpTo: Int = 8) {
        self.exactUpTo = exactUpTo
        self.oneTypoUpTo = oneTypoUpTo
    }

    package func match(_ typed: String, against expected: String, alsoAccepting others: [String] = []) -> AnswerMatch {
        judge(typed, against: expected, alsoAccepting: others).match
    }

    /// - Parameter others: answers accepted as well: the card's `also:` list, its answer in the other language.
    package func judge(_ typed: String, against rawExpected: String, alsoAccepting others: [String] = []) -> AnswerJudgement {
        let typed = Self.canonicalVersions(typed)
        let expected = Self.canonicalVersions(rawExpected)
        let typedForm = Array(AnswerText.normalized(typed))
        guard !typedForm.isEmpty else { return AnswerJudgement(match: .wrong, closest: expected) }
        // A wrong answer is shown against the part of the answer it comes nearest ("370 ms" in "370 ms (roughly…)").
        let ownAlternatives = Self.alternatives(of: expected)
        let nearest = ownAlternatives.min { first, second in
            EditDistance.between(typedForm, Array(AnswerText.normalized(first)))
                < EditDistance.between(typedForm, Array(AnswerText.normalized(second)))
        }
        var best = AnswerJudgement(match: .wrong, closest: nearest ?? expected)
        let candidates = ownAlternatives + others.map(Self.canonicalVersions).flatMap(Self.alternatives(of:))
        for candidate in candidates {
            let judged = judgeOne(typed, against: candidate)
            if judged.match > best.match { best = judged }
            if best.match == .exact { break }
        }
        return best
    }

    /// Edits tolerated for an answer of `length` normalized characters.
    package func typoAllowance(forLength length: Int) -> Int {
        if length <= exactUpTo { return 0 }
        return length <= oneTypoUpTo ? 1 : 2
    }

    private func judgeOne(_ typed: String, against expected: String) -> AnswerJudgement {
        let typedForm = AnswerText.normalized(typed)
        let expectedForm = AnswerText.normalized(expected)
        guard !expectedForm.isEmpty else { return AnswerJudgement(match: .wrong, closest: expected) }
        if let polarity = Self.polarity(of: expected) {
            return AnswerJudgement(match: Self.polarity(of: typed) == polarity ? .exact : .wrong, closest: expected)
        }
        if let code = Self.codeSpanForm(of: expected) {
            return AnswerJudgement(match: Self.codeForm(typed) == code ? .exact : .wrong, closest: expected)
        }
        let expectedCode = AnswerText.codeTokens(expected)
        let typedCode = AnswerText.codeTokens(typed)
        let sameCode = expectedCode.isEmpty || typedCode == expectedCode
        func judgement(_ match: AnswerMatch, extra: [String] = []) -> AnswerJudgement {
            AnswerJudgement(match: match, closest: expected, extraWords: extra)
        }
        guard sameCode || Set(expectedCode).isSubset(of: typedCode) else { return judgement(.wrong) }
        if sameCode {
            if typedForm == expectedForm || Self.hasSameKeyWords(typed, as: expected)
                || Self.hasSameQuantities(typed, as: expected) {
                return judgement(.exact)
            }
            if isTypo(typed, typedForm, of: expected, expectedForm) { return judgement(.typo) }
        }
        // A sentence may name the answer's code among its words, but no other code.
        guard Set(typedCode).isSubset(of: expectedCode) || expectedCode.isEmpty,
              let extra = Self.extraWords(typed, around: expected)
        else { return judgement(.wrong) }
        return judgement(.extraWords, extra: extra)
    }

    /// The same numbers in the same units (or none typed), around the same words: "0.37 秒" for "370 毫秒",
    /// "about 370 ms" for "370 ms".
    static func hasSameQuantities(_ typed: String, as expected: String) -> Bool {
        let typedParts = AnswerQuantity.extract(from: typed)
        let expectedParts = AnswerQuantity.extract(from: expected)
        guard !expectedParts.quantities.isEmpty, typedParts.quantities.count == expectedParts.quantities.count,
              zip(typedParts.quantities, expectedParts.quantities).allSatisfy({ $0.isSame(as: $1) })
        else { return false }
        let typedRest = withoutHedges(typedParts.rest)
        let expectedRest = withoutHedges(expectedParts.rest)
        return typedRest == expectedRest || hasSameKeyWords(typedParts.rest, as: expectedParts.rest)
    }

    /// No number typed in another unit than the answer's: "370 MB" is not a typo of "370 ms".
    private static func hasSameUnits(_ typed: String, as expected: String) -> Bool {
        let typedQuantities = AnswerQuantity.extract(from: typed).quantities
        let expectedQuantities = AnswerQuantity.extract(from: expected).quantities
        return typedQuantities.count == expectedQuantities.count
            && zip(typedQuantities, expectedQuantities).allSatisfy { $0.isSame(as: $1) }
    }

    /// Words that only hedge a number ("about 370 ms", "約 370 毫秒"), left out when comparing around quantities.
    private static let hedges = ["approximately", "approx", "roughly", "around", "about", "大約", "大概", "左右", "約", "约", "~", "～"]

    private static func withoutHedges(_ rest: String) -> String {
        var form = AnswerText.normalized(rest)
        for hedge in hedges { form = form.replacingOccurrences(of: AnswerText.normalized(hedge), with: "") }
        return form
    }

    private func isTypo(_ typed: String, _ typedForm: String, of expected: String, _ expectedForm: String) -> Bool {
        let typedCharacters = Array(typedForm)
        let expectedCharacters = Array(expectedForm)
        let allowance = typoAllowance(forLength: expectedCharacters.count)
        guard allowance > 0, Self.spellsIdentifiers(typed, of: expected), abs(typedCharacters.count - expectedCharacters.count) <= allowance else { return false }
        guard AnswerText.numberSkeleton(ofNormalized: typedForm) == AnswerText.numberSkeleton(ofNormalized: expectedForm),
              Self.hasSameUnits(typed, as: expected)
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
