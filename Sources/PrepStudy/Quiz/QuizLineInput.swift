import PrepCore
import PrepScheduling
import Foundation
import PrepContent

/// One line typed in line mode (piped input), read against the question it answers.
package enum QuizLineInput: Sendable, Hashable {
    case choice(Int)
    case truth(Bool)
    case text(String)
    /// `?`, or Enter alone on a terminal: show the answer (a self-graded recall, or giving up on a typed one).
    case reveal
    case quit
    /// `u`: take back the last answer and ask its question again.
    case undo
    /// Not an answer this question accepts; the session asks again.
    case unrecognized

    private static let trueWords: Set<String> = ["t", "true", "y", "yes", "o", "對", "对", "是", "正確", "正确", "✓", "✔", "○", "⭕"]
    private static let falseWords: Set<String> = [
        "f", "false", "n", "no", "x", "錯", "错", "否", "錯誤", "错误", "不對", "不对", "✗", "✘", "×", "❌",
    ]

    /// `q` quits and `u` takes back the last answer on every question, so an answer that is literally "q" or
    /// "u" cannot be typed in line mode.
    package static func parse(_ line: String, for question: QuizQuestion) -> QuizLineInput {
        let trimmed = line.trimmingWhitespaceAndNewlines()
        if trimmed.isEmpty || trimmed == "?" || trimmed == "？" { return .reveal }
        if AnswerText.folded(trimmed) == "q" { return .quit }
        if AnswerText.folded(trimmed) == "u" { return .undo }
        switch question.kind {
        case .multipleChoice(_, let choices, _), .whichOne(_, let choices, _):
            if let index = choiceIndex(trimmed, optionCount: choices.count) { return .choice(index) }
            // Typing the choice itself ("asgi") works too, when it names exactly one.
            let typed = AnswerText.normalized(trimmed)
            let named = choices.indices.filter { AnswerText.normalized(choices[$0]) == typed }
            if named.count == 1 { return .choice(named[0]) }
            // A claim's verdicts include true and false, which t/f and 對/錯 answer as on a true/false question.
            guard let truth = truthValue(trimmed) else { return .unrecognized }
            let verdicts = Set(QuizLanguage.allCases.map { AnswerText.normalized($0.verdictOption(truth ? .true : .false)) })
            let judged = choices.indices.filter { verdicts.contains(AnswerText.normalized(choices[$0])) }
            return judged.count == 1 ? .choice(judged[0]) : .unrecognized
        case .trueFalse:
            return truthValue(trimmed).map(QuizLineInput.truth) ?? .unrecognized
        case .recall:
            return .text(trimmed)
        }
    }

    /// "a"/"A"/"ａ"/"1"/"１"/"a)" → 0, "b"/"2" → 1, …; nil when out of range or not a choice.
    package static func choiceIndex(_ line: String, optionCount: Int) -> Int? {
        var token = AnswerText.folded(line.trimmingWhitespace())
        if let last = token.last, ")].".contains(last) { token.removeLast() }
        let index: Int
        if let number = Int(token) {
            index = number - 1
        } else if token.count == 1, let scalar = token.unicodeScalars.first, ("a"..."z").contains(scalar) {
            index = Int(scalar.value - Unicode.Scalar("a").value)
        } else {
            return nil
        }
        return (0..<optionCount).contains(index) ? index : nil
    }

    /// "t"/"true"/"對"/"是"/"o" → true, "f"/"false"/"錯"/"否"/"x" → false, in any case or width.
    package static func truthValue(_ line: String) -> Bool? {
        var token = AnswerText.folded(line.trimmingWhitespace())
        if let last = token.last, ".!。！".contains(last) { token.removeLast() }
        if trueWords.contains(token) { return true }
        if falseWords.contains(token) { return false }
        return nil
    }

    /// The learner's own grade after a reveal: "1"…"4" (full-width too).
    package static func selfGrade(_ line: String) -> Rating? {
        Int(AnswerText.folded(line.trimmingWhitespace())).flatMap(Rating.init(rawValue:))
    }

    /// The label shown before choice `index`: "a", "b", …
    package static func choiceLabel(at index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(index % 26))))
    }
}
