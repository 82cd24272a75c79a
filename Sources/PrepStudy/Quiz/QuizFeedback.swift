import Foundation
import PrepCore

/// The lines shown after a question is answered: verdict, right answer, explanation, and the check to run.
package enum QuizFeedback {
    /// Plain output marks a difference in brackets; a terminal passes a colour instead.
    package static let bracketed: @Sendable (String) -> String = { "[\($0)]" }

    /// - Parameters:
    ///   - typed: the learner's typed answer and how it was judged; the answer line then marks what differs.
    ///   - mark: how a differing stretch of the answer is shown.
    ///   - screen: the language of the screen's own words (verdict, labels); the card's language when nil.
    ///     An English card on a zh-Hant screen is still graded in Chinese.
    package static func lines(
        for question: QuizQuestion, outcome: QuizOutcome, typed: (text: String, judgement: AnswerJudgement)? = nil,
        mark: (String) -> String = bracketed, screen: QuizLanguage? = nil
    ) -> [String] {
        let content = question.language
        let language = screen ?? content
        var lines: [String] = []
        switch outcome {
        case .answered(.exact): lines.append(language.correctHeadline)
        case .answered(.typo): lines.append(language.typoHeadline)
        case .answered(.extraWords): lines.append(language.extraWordsHeadline(typed?.judgement.extraWords ?? []))
        case .answered(.wrong): lines.append(language.wrongHeadline)
        case .selfGraded(let rating): lines.append(language.selfGradedLine(rating))
        }
        switch question.kind {
        case .multipleChoice(_, let options, let correctIndex):
            lines.append(language.answerLine("\(QuizLineInput.choiceLabel(at: correctIndex))) \(options[correctIndex])"))
            if case .answered(.wrong) = outcome { lines += otherOptions(question, options, correctIndex, language) }
        case .whichOne(_, let choices, let correctIndex):
            lines.append(language.answerLine(choices[correctIndex]))
            if case .answered(.wrong) = outcome { lines += otherOptions(question, choices, correctIndex, language) }
        case .trueFalse(let statement, let answer, let explanation):
            // The verdict answers the statement, so it is worded in the statement's language.
            lines.append(language.answerLine(content.truthValue(answer)))
            if explanation != statement { lines.append(explanation) }
        case .recall(_, let answer, let mode):
            // A self-graded answer was on screen when the learner graded it.
            if mode == .typed || !isSelfGraded(outcome) {
                var answerLines = answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                var acceptedAs: String?
                if let typed, typed.judgement.match == .wrong || typed.judgement.match == .typo,
                   let marked = AnswerDiff.marked(typed.judgement.closest, typed: typed.text, mark: mark) {
                    // Marked in place when the answer holds what was compared (an alternative it lists),
                    // else, for an accepted typo of an `also:` or other-language answer, on a line of its own.
                    if let range = answer.range(of: typed.judgement.closest), !answer.contains("\n") {
                        answerLines = [answer.replacingCharacters(in: range, with: marked)]
                    } else if typed.judgement.match == .typo {
                        acceptedAs = marked
                    }
                }
                lines.append(language.answerLine(answerLines.first ?? ""))
                lines += answerLines.dropFirst()
                if let acceptedAs { lines.append(language.acceptedAsLine(acceptedAs)) }
            }
        }
        if let explanation = question.explanation { lines.append(explanation) }
        if let check = question.check { lines.append(language.checkLine(check)) }
        return lines
    }

    /// After a wrong pick, what the other options really are ("Daphne: Part of the Channels project"), the
    /// picked one among them, so the feedback teaches more than the key.
    private static func otherOptions(_ question: QuizQuestion, _ options: [String], _ correctIndex: Int, _ language: QuizLanguage) -> [String] {
        zip(options.indices, zip(options, question.optionNotes)).compactMap { index, pair in
            index == correctIndex || pair.1.isEmpty ? nil : language.optionNoteLine(option: pair.0, note: pair.1)
        }
    }

    private static func isSelfGraded(_ outcome: QuizOutcome) -> Bool {
        if case .selfGraded = outcome { return true }
        return false
    }
}
