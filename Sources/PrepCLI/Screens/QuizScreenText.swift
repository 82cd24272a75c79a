import Foundation
import PrepCore
import PrepScheduling
import PrepStudy

/// The words around the questions (headers, key hints, summary) in the quiz's language, from
/// ``QuizScreenPhrases``; here only what the words are made of (option letters, intervals, percentages).
struct QuizScreenText {
    let language: QuizLanguage

    private var screen: ScreenPhrases { .forLanguage(language) }
    /// The quiz's own group alone: the first question needs no other, and the whole table built every group.
    private var words: QuizScreenPhrases {
        ScreenPhrases.pick(language, english: .english, traditionalChinese: .traditionalChinese)
    }

    func header(number: Int, of total: Int) -> String { words.header(number, total) }

    func typeName(_ type: QuizQuestionType) -> String { words.typeName(type) }

    func choiceHint(optionCount: Int) -> String {
        words.choiceHint(QuizLineInput.choiceLabel(at: optionCount - 1), optionCount)
    }

    var trueFalseHint: String { words.trueFalseHint }
    func typedHint(interactive: Bool) -> String { words.typedHint(interactive) }
    func revealHint(interactive: Bool) -> String { words.revealHint(interactive) }
    var selfGradeHint: String { words.selfGradeHint }
    var answerLabel: String { words.answerLabel }
    var answerHeading: String { words.answerHeading }
    var prompt: String { "› " }

    /// Scrolling a long answer is worded as in review, from review's phrases.
    var scrollHint: String { screen.scrollKey }

    func moreBelow(_ lines: Int) -> String { screen.moreBelow(lines) }

    func continueHint(canRunCheck: Bool) -> String { words.continueHint(canRunCheck) }

    func unrecognized(_ hint: String) -> String { words.unrecognized(hint) }

    /// "Rated Hard (slow: 14 s …) · next review in 10m".
    func rated(_ rating: Rating, because reason: QuizGrade.HardReason? = nil, nextIn interval: TimeInterval) -> String {
        let name = language.ratingName(rating)
        return words.rated(reason.map { words.ratingWithReason(name, language.hardReason($0)) } ?? name, inInterval(interval))
    }

    func nextReview(in interval: TimeInterval) -> String { words.nextReview(inInterval(interval)) }

    /// "in 3d", "3 天後".
    func inInterval(_ interval: TimeInterval) -> String { words.inInterval(intervalDescription(interval)) }

    func nothingToDo(nextDue: String?) -> String {
        words.nothingToDo + (nextDue.map { "\n" + words.nextCardDue($0) } ?? "")
    }

    func summaryLines(_ summary: QuizSummary, interview: String?) -> [(String, String)] {
        let percent = summary.answered == 0 ? 0 : Int((Double(summary.correct) / Double(summary.answered) * 100).rounded())
        // A session left before any answer has no score to give: "0/0 (0%)" would read as a failed quiz.
        var rows = summary.answered == 0 ? [] : [words.scoreRow(summary.correct, summary.answered, percent)]
        rows += [
            (words.timeLabel, duration(summary.duration)),
            words.streakRow(summary.streak),
            words.dueTomorrowRow(summary.dueTomorrow),
        ]
        // Cards answered wrong or still in learning come back within minutes: worth another short quiz today.
        if summary.dueLaterToday > 0 {
            rows.insert(words.laterTodayRow(summary.dueLaterToday), at: rows.count - 1)
        }
        if let recall = summary.expectedRecall, let interview {
            let expected = Int(recall.cards.rounded())
            let share = recall.total == 0 ? 0 : Int((recall.cards / Double(recall.total) * 100).rounded())
            rows.append(words.interviewRow(interview, expected, recall.total, share))
        }
        return rows
    }

    /// Why `--count` got fewer questions, and how to get more.
    func shortfall(_ shortfall: QuizShortfall) -> String {
        words.shortfall(shortfall.picked, shortfall.asked)
            + words.shortfallReason(shortfall.newCardsLeft, shortfall.allowanceFromNewOption)
            + allowMoreNewCards(waiting: shortfall.newCardsWaiting, toFill: shortfall.newCardsToFill)
    }

    /// "217 new cards wait; --new 30 would fill this quiz (--new N introduces N)."; without `toFill` (nothing to
    /// quiz at all) only how to allow more.
    func allowMoreNewCards(waiting: Int, toFill: Int? = nil) -> String { words.allowMoreNewCards(waiting, toFill) }

    var summaryTitle: String { words.summaryTitle }

    /// "3m 12s", "45s", "3 分 12 秒".
    func duration(_ seconds: TimeInterval) -> String { screen.duration(max(0, Int(seconds.rounded()))) }
}
