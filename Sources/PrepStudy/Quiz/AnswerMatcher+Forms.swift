import Foundation
import PrepCore

/// Answers whose form decides how they are compared: a bare yes or no, a version, a code span, an identifier.
extension AnswerMatcher {
    /// A yes or a no however it is said, in either language; nil for any other answer. "不" alone is a no
    /// here because the whole answer is that one word.
    static func polarity(of text: String) -> Bool? {
        let form = AnswerText.normalized(text)
        if yesForms.contains(form) { return true }
        if noForms.contains(form) { return false }
        return nil
    }

    private static let yesForms: Set<String> = ["yes", "yep", "yeah", "y", "true", "是", "是的", "對", "对", "會", "会", "有", "可以", "correct"]
    private static let noForms: Set<String> = [
        "no", "nope", "nah", "n", "false", "否", "不", "不是", "不對", "不对", "不會", "不会", "沒有", "没有", "不能", "不可以", "錯", "错",
        "不行", "不可", "都不能", "都不是", "都不行", "都不可以", "neither", "none",
    ]

    /// Versions compared by value: a trailing ".0" past the minor number says nothing ("0.30.0" is "0.30",
    /// "4.1.0" is "4.1"), while "0.3" and "0.30" stay apart. Read as `(\d+\.\d+)(?:\.0)+(?![\d.])` replaced by
    /// `$1` reads it, from left to right: only the longest runs of digits and of ".0" can be followed by what
    /// the pattern needs next (a shorter run is followed by another digit or ".0"), so each start has one
    /// candidate. Not with a Foundation regular expression, whose first use builds ICU's Unicode sets.
    static func canonicalVersions(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        func digitsEnd(from start: Int) -> Int {
            var end = start
            while end < scalars.count, scalars[end].isRegexDigit { end += 1 }
            return end
        }
        var result = String.UnicodeScalarView()
        var copied = 0
        var start = 0
        while start < scalars.count {
            let major = digitsEnd(from: start)
            let minor = major < scalars.count && scalars[major] == "." && major > start ? digitsEnd(from: major + 1) : major
            var end = minor
            while minor > major + 1, end + 1 < scalars.count, scalars[end] == ".", scalars[end + 1] == "0" { end += 2 }
            guard end > minor, end == scalars.count || !(scalars[end].isRegexDigit || scalars[end] == ".") else {
                start += 1
                continue
            }
            result += scalars[copied..<minor]
            copied = end
            start = end
        }
        guard copied > 0 else { return text }
        result += scalars[copied...]
        return String(result)
    }

    /// The answer is one code span (`(1, 2)`, `x == 1`): its punctuation is meaning, so only spacing and
    /// case are left out when comparing. Nil for any other answer.
    static func codeSpanForm(of expected: String) -> String? {
        let trimmed = expected.trimmingWhitespaceAndNewlines()
        guard trimmed.count > 2, trimmed.hasPrefix("`"), trimmed.hasSuffix("`"),
              !trimmed.dropFirst().dropLast().contains("`")
        else { return nil }
        return codeForm(String(trimmed.dropFirst().dropLast()))
    }

    static func codeForm(_ text: String) -> String {
        AnswerText.folded(text).filter { !$0.isWhitespace && $0 != "`" }
    }

    /// The words with a capital inside them ("TypeError", "SynchronousOnlyOperation"): names spelled exactly
    /// or not at all, so a typo in one is a wrong answer, as in any identifier. Folded, as case never counts.
    static func identifiers(in text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).filter { word in
            let characters = Array(word)
            return characters.indices.dropFirst().contains { characters[$0].isUppercase && characters[$0 - 1].isLowercase }
        }.map { AnswerText.folded(String($0)) })
    }

    /// Every identifier of the answer typed as it is spelled.
    static func spellsIdentifiers(_ typed: String, of expected: String) -> Bool {
        let wanted = identifiers(in: expected)
        guard !wanted.isEmpty else { return true }
        let typedWords = Set(AnswerText.folded(typed).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init))
        return wanted.isSubset(of: typedWords)
    }
}
