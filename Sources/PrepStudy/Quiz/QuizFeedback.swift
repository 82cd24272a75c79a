/// The lines shown after a question is answered: verdict, right answer, explanation, and the check to run.
package enum QuizFeedback {
    package static func lines(for question: QuizQuestion, outcome: QuizOutcome) -> [String] {
        let language = question.language
        var lines: [String] = []
        switch outcome {
        case .answered(.exact): lines.append(language.correctHeadline)
        case .answered(.close): lines.append(language.closeHeadline)
        case .answered(.wrong): lines.append(language.wrongHeadline)
        case .selfGraded(let rating): lines.append(language.selfGradedLine(rating))
        }
        switch question.kind {
        case .multipleChoice(_, let options, let correctIndex):
            lines.append(language.answerLine("\(QuizLineInput.choiceLabel(at: correctIndex))) \(options[correctIndex])"))
        case .whichOne(_, let choices, let correctIndex):
            lines.append(language.answerLine(choices[correctIndex]))
        case .trueFalse(let statement, let answer, let explanation):
            lines.append(language.answerLine(language.truthValue(answer)))
            if explanation != statement { lines.append(explanation) }
        case .recall(_, let answer, let mode):
            // A self-graded answer was on screen when the learner graded it.
            if mode == .typed || !isSelfGraded(outcome) {
                let answerLines = answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.append(language.answerLine(answerLines.first ?? ""))
                lines += answerLines.dropFirst()
            }
        }
        if let explanation = question.explanation { lines.append(explanation) }
        if let check = question.check { lines.append(language.checkLine(check)) }
        return lines
    }

    private static func isSelfGraded(_ outcome: QuizOutcome) -> Bool {
        if case .selfGraded = outcome { return true }
        return false
    }
}
