import PrepContent
import PrepCore

/// A card's own question with several right options ("Which of these…?" over options A–D, "A、B、C" or "Answer: AC"
/// on the back). No one option is its answer, so it is recalled: the stem with its options under it, and on the
/// back the picked options written out before the explanation. Read as a plain card it showed the line announcing
/// the options ("选项：") and answered with bare letters.
extension QuizGenerator {
    struct WrittenSelection: Equatable {
        var stem: String
        var options: [String]
        /// The picked options' indices, in the order of the options.
        var picked: [Int]
        /// What the back says after its letters, without a label of its own.
        var explanation: String

        var prompt: String { ([stem] + options.indices.map(line)).joined(separator: "\n") }

        var answer: String {
            let lines = picked.map(line).joined(separator: "\n")
            return explanation.isEmpty ? lines : lines + "\n\n" + explanation
        }

        private func line(_ index: Int) -> String {
            "- " + QuizLineInput.choiceLabel(at: index).uppercased() + ". " + options[index]
        }
    }

    static func writtenSelection(_ card: QuizCard) -> WrittenSelection? {
        guard card.kind == .qa, let (stem, options) = listedOptions(card.front) else { return nil }
        let back = card.back.trimmingWhitespaceAndNewlines()
        let firstLine = String(back.prefix { !$0.isNewline })
        guard let picked = keyLetters(line: firstLine), picked.allSatisfy(options.indices.contains) else { return nil }
        let note = String(back.dropFirst(firstLine.count)).trimmingWhitespaceAndNewlines()
        return WrittenSelection(stem: stem, options: options, picked: picked, explanation: withoutExplanationLabel(note))
    }

    /// The options a line picks when it names two or more by their capital letters and says nothing else: "A、B、C",
    /// "ABC", "A, C", "A 和 C", "B and D", "答案：AC", "**Answer:** A/B". Nil for one letter (a plain choice) or
    /// for a line with words ("A bit of both").
    static func keyLetters(line: String) -> [Int]? {
        let scalars = Array(line.unicodeScalars.filter { $0 != "*" }.drop(while: \.properties.isWhitespace))
        var start = 0
        // The label a single key may open with too (``keyLetter(opening:)``), or its plural, then a colon.
        if var label = keyLabelEnd(scalars) {
            if label < scalars.count, scalars[label] == "s" || scalars[label] == "S" { label += 1 }
            if let colon = scalars[label...].firstIndex(where: { !$0.properties.isWhitespace }), ":：".unicodeScalars.contains(scalars[colon]) {
                start = colon + 1
            }
        }
        let rest = String(String.UnicodeScalarView(scalars[start...]))
        var picked: [Int] = []
        for word in rest.split(whereSeparator: { $0.isWhitespace || "、,，/&;；。.和与與及".contains($0) }) {
            if word.lowercased() == "and" { continue }
            let letters = word.compactMap { $0.isASCII && ("A"..."H").contains($0) ? $0.asciiValue.map { Int($0 - UInt8(ascii: "A")) } : nil }
            // Letters run together are written in order ("ACD"); "BAD" is a word.
            guard letters.count == word.count, letters == letters.sorted() else { return nil }
            picked += letters
        }
        guard picked.count >= 2, Set(picked).count == picked.count else { return nil }
        return picked.sorted()
    }
}
