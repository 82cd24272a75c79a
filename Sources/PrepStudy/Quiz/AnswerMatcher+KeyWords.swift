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

    /// The words a short sentence adds around the whole answer, or nil when it does not hold the answer or
    /// could say something else, with false positives kept low:
    /// - English: the answer has at least two key words (stop words aside), every one of them is typed as a
    ///   whole word, at most `extraWordAllowance` words are added, no negating word is added, and no number
    ///   the answer does not have.
    /// - Chinese: the normalized answer (two characters or more) appears whole in the typed text, at most
    ///   four characters are added, and no negating character (不 非 無 …).
    /// Either way the typed numbers are the answer's, in the same order.
    static func extraWords(_ typed: String, around expected: String) -> [String]? {
        let typedFolded = AnswerText.folded(typed)
        let expectedFolded = AnswerText.folded(expected)
        let typedForm = AnswerText.normalized(typed)
        let expectedForm = AnswerText.normalized(expected)
        // The sentence has the answer's numbers and no others, as written ("2.4" is not "2–4").
        guard AnswerText.numberSkeleton(ofNormalized: typedForm) == AnswerText.numberSkeleton(ofNormalized: expectedForm)
        else { return nil }
        if expectedFolded.unicodeScalars.contains(where: AnswerText.isCJK) {
            guard expectedForm.count >= 2, typedForm.count <= expectedForm.count + 4,
                  let range = typedForm.range(of: expectedForm),
                  negations(in: typedFolded).count == negations(in: expectedFolded).count
            else { return nil }
            return [String(typedForm[..<range.lowerBound]), String(typedForm[range.upperBound...])].filter { !$0.isEmpty }
        }
        let expectedWords = words(expectedFolded)
        let typedWords = words(typedFolded)
        let keyWords = Set(expectedWords).subtracting(stopWords)
        let typedSet = Set(typedWords)
        let isNumber = { (word: String) in word.allSatisfy(\.isNumber) }
        // One key word is enough when it is a term on its own ("TypeError", "scope"), not a short word a sentence may hold by chance.
        guard keyWords.count >= 2 || keyWords.first.map({ $0.count >= 4 }) == true,
              keyWords.isSubset(of: typedSet),
              negations(in: typedFolded).count == negations(in: expectedFolded).count,
              typedWords.count <= expectedWords.count + extraWordAllowance,
              typedSet.intersection(negatingWords).isSubset(of: Set(expectedWords)),
              typedSet.filter(isNumber).isSubset(of: Set(expectedWords))
        else { return nil }
        let answerWords = Set(expectedWords)
        return typedWords.filter { !answerWords.contains($0) }
    }

    /// Answers that differ only in stop words: English ones ("the number of CPU cores" for "The number of CPU
    /// cores", "server" for "Of the server"), the key words the same and in the same order; Chinese ones in the
    /// possessive 的, which is as often left out as written ("worker 數量" for "worker 的數量").
    static func hasSameKeyWords(_ typed: String, as expected: String) -> Bool {
        let expectedFolded = AnswerText.folded(expected)
        if expectedFolded.unicodeScalars.contains(where: AnswerText.isCJK) {
            // "worker 數" says "worker 的數量" as often as it is written out.
            let withoutParticle = { (text: String) in
                AnswerText.normalized(text).replacingOccurrences(of: "數量", with: "數")
                    .replacingOccurrences(of: "数量", with: "数").filter { $0 != "的" }
            }
            let expectedForm = withoutParticle(expected)
            return !expectedForm.isEmpty && withoutParticle(typed) == expectedForm
        }
        // Words split numbers at their dots and dashes, so "2.4" would have the words of "2–4".
        guard AnswerText.numberSkeleton(ofNormalized: AnswerText.normalized(typed))
            == AnswerText.numberSkeleton(ofNormalized: AnswerText.normalized(expected))
        else { return false }
        let keyWords = { (folded: String) in words(folded).filter { !stopWords.contains($0) } }
        let expectedKeys = keyWords(expectedFolded)
        let typedKeys = keyWords(AnswerText.folded(typed))
        guard !expectedKeys.isEmpty else { return false }
        if typedKeys == expectedKeys { return true }
        // "the number of CPU cores" asks for a count of something; naming the something answers it.
        let countedThing = words(expectedFolded).drop(while: stopWords.contains)
        guard let head = countedThing.first, countingWords.contains(head), countedThing.dropFirst().first == "of"
        else { return false }
        let rest = Array(expectedKeys.dropFirst())
        return !rest.isEmpty && typedKeys == rest
    }

    /// "number of X", "amount of X": answered by X.
    private static let countingWords: Set<String> = ["number", "amount", "count"]

    /// Runs of letters and digits; apostrophes are dropped so "don't" reads as "dont".
    private static func words(_ folded: String) -> [String] {
        folded.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }
}
