import PrepCore

/// A card's own true-or-false question, written as a choice of two ("A. ✅ 正确 / B. ❌ 错误", "A) True B) False")
/// with the letter on the back: the stem is a claim, asked as true or false with the back's explanation after it.
/// As a choice of two it read as a recall whose options were listed under the prompt, or a choice of two words.
extension QuizGenerator {
    /// Whether an option says "right" or "wrong", by its word or, alone, its mark; nil for any other option.
    static func rightOrWrong(_ option: String) -> Bool? {
        let mark = option.first(where: { marks[$0] != nil }).flatMap { marks[$0] }
        let word = AnswerText.folded(String(option.filter { marks[$0] == nil && !$0.isPunctuation && !$0.isWhitespace }))
        if word.isEmpty { return mark }
        if rightWords.contains(word) { return mark ?? true }
        if wrongWords.contains(word) { return mark ?? false }
        return nil
    }

    private static let marks: [Character: Bool] = [
        "✅": true, "✔": true, "✓": true, "☑": true, "⭕": true, "❌": false, "✗": false, "✘": false, "×": false,
    ]
    private static let rightWords: Set = ["正确", "正確", "对", "對", "是", "true", "right", "correct", "t", "verdadero", "correcto"]
    private static let wrongWords: Set = ["错误", "錯誤", "错", "錯", "否", "false", "wrong", "incorrect", "f", "falso", "incorrecto"]
}

extension QuizGenerator.WrittenChoice {
    /// The claim's truth when the two options are a right and a wrong; nil for any other choice.
    var claimIsTrue: Bool? {
        guard options.count == 2, let first = QuizGenerator.rightOrWrong(options[0]),
              let second = QuizGenerator.rightOrWrong(options[1]), first != second
        else { return nil }
        return correctIndex == 0 ? first : second
    }

    /// The back's explanation without a label of its own ("📖 解析", "Explanation:"): the reveal labels it.
    var explanation: String { QuizGenerator.withoutExplanationLabel(note) }
}

extension QuizGenerator {
    /// A note after a written key without the line that only labels it ("📖 解析", "**Explanation:**") or the arrow
    /// that only points at it ("➡️ String is not a wrapper class"): the reveal labels it "Why".
    static func withoutExplanationLabel(_ note: String) -> String {
        var lines = note.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first {
            let label = AnswerText.folded(String(first.filter { $0.isLetter }))
            if ["解析", "解释", "解釋", "说明", "說明", "explanation", "why"].contains(label) { lines.removeFirst() }
        }
        let text = lines.joined(separator: "\n").trimmingWhitespaceAndNewlines()
        guard let arrow = pointingArrows.first(where: text.hasPrefix) else { return text }
        return String(text.dropFirst(arrow.count)).trimmingWhitespaceAndNewlines()
    }

    private static let pointingArrows = ["➡️", "➡", "👉", "→", "=>", "->"]
}
