import Foundation

/// The prefix that opens an item at the start of a line: `Q:`, `Q1:`, `Q1.`, `問:`, `Question:`, `A:`, `A1:`,
/// `答:`, `答案:`, `參考答案:`, `Answer:`, `C:`, `Claim:`, also bold (`**Q:** …`, `**Q: …**`).
package enum ItemMarker: Equatable {
    /// `number` is `"1"` for `Q1:`, nil for `Q:`.
    case question(number: String?)
    case answer
    case cloze
    case claim

    /// Words that open a question or an answer when a colon follows; the marker itself never reaches a card.
    static let questionWords: Set<String> = [
        "Q", "Question", "問", "问", "問題", "问题", "題目", "题目", "延伸問題", "延伸问题", "追問", "追问", "面試題", "面试题",
        "Follow-up", "Follow up", "Followup",
    ]
    static let answerWords: Set<String> = [
        "A", "Answer", "Ans", "答", "答案", "解答", "標準答案", "标准答案", "參考答案", "参考答案", "正確答案", "正确答案", "回答", "參考回答", "参考回答",
        "Expected Answer", "Sample Answer", "Model Answer", "Short Answer", "Suggested Answer", "Example Answer",
        "Answer Key", "Answer Guide", "答案要點", "答案要点", "參考解答", "参考解答", "Solution", "Sol",
    ]

    /// Marker words compare without case past their first letter ("ANSWER:", "Expected answer:"), but a lone
    /// "a:" stays prose.
    package static func isAnswerWord(_ word: String) -> Bool {
        answerWords.contains(word) || word.count > 2 && answerWords.contains { $0.lowercased() == word.lowercased() }
    }

    /// A heading that only opens the answer of the task above it: `## Answer guide`, `### 參考答案：`, `#### Answer: B`.
    static func isAnswerHeading(_ title: String) -> Bool {
        let text = QuestionText.withoutLeadingSymbols(QuestionText.clean(title))
        if case .answer? = parse(text)?.marker { return true }
        return isAnswerWord(text.trimmingCharacters(in: CharacterSet(charactersIn: ":：. ")))
    }

    static let maximumMarkerLength = 18
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "零"]
    private static let separators: Set<Character> = [":", "：", ".", "、"]

    /// The marker opening `line` and the text after it, or nil when the line opens no item.
    static func parse(_ line: some StringProtocol) -> (marker: ItemMarker, rest: String)? {
        // A hard break (`**Answer: B**\`, `**Q: Why?**<br>`) ends the line, not the marker.
        var body = MarkdownSyntax.withoutHardBreak(line)
        var bold = body.hasPrefix("**") || body.hasPrefix("__")
        if bold { body = body.dropFirst(2) }
        // `**問題 4**：…`, `**Answer**: …`: the bold closes on the marker word, before its separator.
        let boldMark = line.hasPrefix("__") ? "__" : "**"
        if bold, let close = body.prefix(maximumMarkerLength).indices.first(where: { body[$0...].hasPrefix(boldMark) }),
            body[close...].dropFirst(2).first.map(separators.contains) == true
        {
            body = body[..<close] + body[close...].dropFirst(2)
            bold = false
        }
        if !bold, let numbered = parenthesisedNumber(body) { return numbered }
        // Marker words are short: looking further than this would only find colons in prose.
        guard let end = body.prefix(maximumMarkerLength).firstIndex(where: separators.contains) else { return nil }
        let name = body[..<end]
        var rest = body[body.index(after: end)...]
        if bold {
            // `**Q:** text` closes the bold after the marker, `**Q: text**` at the end of the line.
            if rest.hasPrefix("**") || rest.hasPrefix("__") {
                rest = rest.dropFirst(2)
            } else if rest.hasSuffix("**") || rest.hasSuffix("__") {
                rest = rest.dropLast(2)
            } else if isAnswerWord(String(name)), let close = rest.range(of: line.hasPrefix("__") ? "__" : "**") {
                // `**Answer: b) Paging** (a note after it)`: the bold ends before the line does. (A question's note
                // after its bold, `**Q1: Why?** (asked often)`, is set aside where bold lines are read.)
                rest = rest[..<close.lowerBound] + rest[close.upperBound...]
            } else {
                return nil
            }
        }
        let text = rest.trimmed
        let isColon = body[end] == ":" || body[end] == "："
        if isColon {
            switch name {
            case "C": return (.cloze, text)
            case "Claim": return (.claim, text)
            default: break
            }
            // `Question 3:`, `問題3：`, `問題一：`: a number after the word is the item's number; `第3題：` is one too.
            let digits = name.reversed().prefix(while: { $0.isASCIIDigit || $0 == " " || chineseNumerals.contains($0) }).count
            var word = String(name.dropLast(digits))
            var number = name.suffix(digits).trimmed
            if name.count > 2, name.first == "第", let last = name.last, last == "題" || last == "题" {
                word = "題目"
                number = String(name.dropFirst().dropLast())
            }
            if questionWords.contains(word) || isQualifiedQuestionWord(word) {
                return (.question(number: number.isEmpty ? nil : number), text)
            }
            if isAnswerWord(word) { return (.answer, text) }
        }
        // `Ans. …`: the abbreviation's own dot is its separator.
        if body[end] == ".", name.count == 3, name.lowercased() == "ans" {
            return (.answer, text.drop { $0 == ":" || $0 == "-" || $0 == " " }.trimmed)
        }
        // `Q1:` / `Q1.` / `Q1、` and `A1:`; a dot or 、 only counts after a number, so "A. option" stays prose.
        guard let first = name.first, first == "Q" || first == "A", name.count > 1,
            name.dropFirst().allSatisfy(\.isASCIIDigit)
        else { return nil }
        if !isColon, rest.first.map({ !$0.isWhitespace }) ?? false { return nil }
        return first == "Q" ? (.question(number: String(name.dropFirst())), text) : (.answer, text)
    }

    /// `Question #1) …`, `Question 12) …`: a numbered question word closed by a parenthesis, as PDFs print them.
    private static func parenthesisedNumber(_ body: Substring) -> (marker: ItemMarker, rest: String)? {
        guard let close = body.prefix(maximumMarkerLength + 2).firstIndex(of: ")") else { return nil }
        let name = body[..<close]
        let digits = name.reversed().prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty else { return nil }
        var word = name.dropLast(digits.count).trimmed
        if word.hasSuffix("#") { word = String(word.dropLast()).trimmed }
        guard questionWords.contains(word) else { return nil }
        return (.question(number: String(digits.reversed())), body[body.index(after: close)...].trimmed)
    }

    /// `follow up 問題`, `Follow-up question`, `Bonus Question`: a question word after a word or two that qualify it.
    private static func isQualifiedQuestionWord(_ word: String) -> Bool {
        guard let last = word.split(whereSeparator: { $0 == " " || $0 == "-" }).last, word.count > last.count else { return false }
        let qualifier = word.dropLast(last.count).split(whereSeparator: { $0 == " " || $0 == "-" })
        return qualifier.count <= 2 && ["Question", "question", "問題", "问题"].contains(String(last))
    }

    /// Whether `line` opens a question (of any spelling).
    static func opensQuestion(_ line: some StringProtocol) -> Bool {
        if case .question? = parse(line)?.marker { return true }
        return false
    }

    /// Whether `line` opens an answer (of any spelling).
    static func opensAnswer(_ line: some StringProtocol) -> Bool {
        parse(line)?.marker == .answer
    }
}

extension ItemMarker {
    var isQuestion: Bool {
        if case .question = self { return true }
        return false
    }
}
