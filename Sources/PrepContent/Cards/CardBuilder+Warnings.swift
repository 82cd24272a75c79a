extension CardBuilder {
    /// Longer than this, an answer has probably run past the end of its item.
    static let longAnswerLines = 60

    /// Warns about an answer that may have swallowed what follows it: another question-looking line
    /// outside code, or more lines than an answer usually has.
    mutating func warnAboutAnswer(_ answer: String, question: String, line: Int) {
        let answerLines = answer.split(separator: "\n", omittingEmptySubsequences: false)
        var inFence = false
        for (offset, text) in answerLines.enumerated() {
            if MarkdownSyntax.fenceOpener(String(text)) != nil { inFence.toggle() }
            guard !inFence else { continue }
            if QuestionText.opensQuestion(text) || Self.isNumberedQuestion(text) {
                report(
                    ContentDiagnostic(
                        .warning, at: location(line: line),
                        .answerLooksLikeQuestion(answerLine: offset + 1, excerpt: String(text.trimmed.prefix(50)))))
                break
            }
        }
        if answerLines.count > Self.longAnswerLines {
            report(
                ContentDiagnostic(
                    .warning, at: location(line: line),
                    .longAnswer(lines: answerLines.count)))
        }
    }

    /// `2. What is ASGI?` as a line of prose: a question heading whose markup a web copy lost.
    static func isNumberedQuestion(_ line: Substring) -> Bool {
        let trimmed = line.trimmed
        let digits = trimmed.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, let mark = trimmed.dropFirst(digits.count).first, ".、)".contains(mark) else { return false }
        return QuestionText.endsInQuestionMark(trimmed) && trimmed.count <= NumberedHeadingSequence.maximumTitleLength
    }
}
