import Foundation

extension AnswerMatcher {
    /// Typed words beyond the answer's own that a sentence answer may add ("it uses an event loop").
    static let extraWordAllowance = 3

    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "with", "by", "at", "as", "is", "are", "it", "its",
    ]
    private static let negatingWords: Set<String> = [
        "not", "no", "non", "never", "cannot", "cant", "dont", "doesnt", "isnt", "arent", "without", "neither", "nor",
    ]

    /// Accepts a short sentence that contains the whole answer, with false positives kept low:
    /// - English: the answer has at least two key words (stop words aside), every one of them is typed as a
    ///   whole word, at most `extraWordAllowance` words are added, no negating word is added, and no number
    ///   the answer does not have.
    /// - Chinese: the normalized answer (two characters or more) appears whole in the typed text, at most
    ///   four characters are added, and no negating character (不 非 無 …) is added.
    static func containsKeyWords(_ typed: String, of expected: String) -> Bool {
        let typedFolded = AnswerText.folded(typed)
        let expectedFolded = AnswerText.folded(expected)
        if expectedFolded.unicodeScalars.contains(where: AnswerText.isCJK) {
            let typedForm = AnswerText.normalized(typed)
            let expectedForm = AnswerText.normalized(expected)
            return expectedForm.count >= 2
                && typedForm.count <= expectedForm.count + 4
                && typedForm.contains(expectedForm)
                && negations(in: typedFolded).count == negations(in: expectedFolded).count
        }
        let expectedWords = words(expectedFolded)
        let typedWords = words(typedFolded)
        let keyWords = Set(expectedWords).subtracting(stopWords)
        let typedSet = Set(typedWords)
        let isNumber = { (word: String) in word.allSatisfy(\.isNumber) }
        return keyWords.count >= 2
            && keyWords.isSubset(of: typedSet)
            && typedWords.count <= expectedWords.count + extraWordAllowance
            && typedSet.intersection(negatingWords).isSubset(of: Set(expectedWords))
            && typedSet.filter(isNumber).isSubset(of: Set(expectedWords))
    }

    /// Answers that differ only in stop words: English ones ("the number of CPU cores" for "The number of CPU
    /// cores", "server" for "Of the server"), the key words the same and in the same order; Chinese ones in the
    /// possessive 的, which is as often left out as written ("worker 數量" for "worker 的數量").
    static func hasSameKeyWords(_ typed: String, as expected: String) -> Bool {
        let expectedFolded = AnswerText.folded(expected)
        if expectedFolded.unicodeScalars.contains(where: AnswerText.isCJK) {
            let withoutParticle = { (text: String) in AnswerText.normalized(text).filter { $0 != "的" } }
            let expectedForm = withoutParticle(expected)
            return !expectedForm.isEmpty && withoutParticle(typed) == expectedForm
        }
        let keyWords = { (folded: String) in words(folded).filter { !stopWords.contains($0) } }
        let expectedKeys = keyWords(expectedFolded)
        return !expectedKeys.isEmpty && keyWords(AnswerText.folded(typed)) == expectedKeys
    }

    /// Runs of letters and digits; apostrophes are dropped so "don't" reads as "dont".
    private static func words(_ folded: String) -> [String] {
        folded.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }
}
