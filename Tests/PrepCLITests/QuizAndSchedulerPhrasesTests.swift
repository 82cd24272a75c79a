import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import Testing

@testable import PrepCLI
@testable import PrepStudy

/// The quiz's sentences (PrepStudy's `QuizPhrases`), the quiz screen's words and the scheduler's: every phrase
/// of both languages says something, and the Chinese ones hold no English word but names of things.
@Suite struct QuizAndSchedulerPhrasesTests {
    /// Every phrase of one language, filled with sample values in that language.
    static func samples(_ language: QuizLanguage) -> [String] {
        let chinese = language == .zhHant
        let (row, column, value) = chinese ? ("同步模型", "執行方式", "一次一個請求") : ("Blocking I/O", "Execution model", "one at a time")
        let choices = chinese ? ["執行緒", "行程", "事件迴圈"] : ["threads", "processes", "an event loop"]
        let quiz = language.phrases
        let screen = ScreenPhrases.forLanguage(language)
        let (words, scheduler) = (screen.quiz, screen.scheduler)
        let marks: [CellMark] = [.yes, .no, .partial]
        let hardReasons: [QuizGrade.HardReason] = [.slow(elapsed: .seconds(14), limit: .seconds(9)), .hint]
        var phrases = [
            quiz.quoted(value), quiz.colon, quiz.listed(choices), quiz.markedNote(quiz.markWord(.partial), value),
            quiz.inTable("", quiz.meaningPrompt(row)), quiz.inTable(column, quiz.meaningPrompt(row)),
            quiz.matchTermPrompt("", value), quiz.matchTermPrompt(column, value), quiz.attributePrompt(row, column),
            quiz.ownerChoicePrompt(column, value), quiz.purposeChoicePrompt("", value), quiz.purposeChoicePrompt(column, value),
            quiz.usedForPrompt(row), quiz.whatToUsePrompt(row), quiz.explainedRowOfQuestionPrompt(row, row, choices),
            quiz.subjectPrompt(row, column), quiz.whichColumnPrompt(row, value, choices), quiz.ownerPrompt(row, value, choices), quiz.comparePrompt(choices, row), quiz.comparePrompt([column], row),
            quiz.constantColumnPrompt("", value, choices), quiz.constantColumnPrompt(column, value, choices),
            quiz.constantColumnRecallPrompt(column, column), quiz.constantColumnStatement("", column, value),
            quiz.definitionStatement(row, value), quiz.subjectStatement(row, column, value), quiz.attributeStatement(row, column, value),
            quiz.claimRecallPrompt(quiz.quoted(value)), quiz.verdictLabel, quiz.explainedRowPrompt(row, choices), quiz.reasonLabel, quiz.correctHeadline, quiz.typoHeadline,
            quiz.extraWordsHeadline([]), quiz.extraWordsHeadline(choices), quiz.acceptedAsLabel, quiz.undoneLine(3), quiz.nothingToUndo,
            quiz.wrongHeadline, quiz.answerLabel, quiz.optionNote(row, value), quiz.truthValue(true), quiz.truthValue(false), quiz.selfGradedLabel, quiz.checkLabel,
        ]
        phrases += marks.map(quiz.markWord) + Verdict.allCases.map(quiz.verdictOption) + Rating.allCases.map(quiz.ratingName)
        phrases += hardReasons.map(quiz.hardReason)
        phrases += [
            words.header(3, 10), words.choiceHint("d", 4), words.trueFalseHint, words.typedHint(true), words.typedHint(false),
            words.revealHint(true), words.revealHint(false), words.selfGradeHint, words.answerLabel, words.answerHeading,
            words.continueHint(true), words.continueHint(false), words.unrecognized(words.trueFalseHint),
            words.ratingWithReason(quiz.ratingName(.hard), quiz.hardReason(.hint)), words.rated(quiz.ratingName(.good), words.inInterval("3d")),
            words.nextReview(words.inInterval("10m")), words.inInterval("2.5mo"), words.nothingToDo, words.nextCardDue("2026-09-21"),
            words.summaryTitle, words.timeLabel, words.shortfall(3, 10), words.shortfallReason(1, false), words.shortfallReason(4, true),
            words.allowMoreNewCards(1, nil), words.allowMoreNewCards(217, 30),
        ]
        phrases += QuizQuestionType.allCases.map(words.typeName)
        let rows = [words.scoreRow(7, 10, 70), words.streakRow(1), words.streakRow(4), words.dueTomorrowRow(1), words.dueTomorrowRow(12),
                    words.laterTodayRow(1), words.laterTodayRow(3), words.interviewRow("2026-10-01", 80, 100, 80)]
        phrases += rows.flatMap { [$0.0, $0.1] }
        phrases += [
            scheduler.notEnoughData(12, 64), scheduler.fitted(40, 120, "0.42"), scheduler.evaluated(40, 120, true),
            scheduler.evaluated(40, 120, false), scheduler.logLossColumn, scheduler.rmseColumn, scheduler.before, scheduler.after,
            scheduler.current, scheduler.weightsLabel, scheduler.applied, scheduler.notApplied, scheduler.simulationIntro(30, 100, 50, 20),
            scheduler.retentionColumn, scheduler.reviewsPerDayColumn, scheduler.totalReviewsColumn, scheduler.rememberedColumn,
        ]
        return phrases
    }

    /// Besides the names `CardsAndSetupLanguageTests` spares: the keys and the scheduler's metric and model names,
    /// and the subcommand a phrase tells the learner to run.
    static func englishWords(_ text: String) -> [String] {
        let names: Set = ["Enter", "Ctrl", "FSRS", "RMSE"]
        let commands = text.replacingOccurrences(of: #"prep [a-z]+"#, with: " ", options: .regularExpression)
        return CardsAndSetupLanguageTests.englishWords(commands).filter { !names.contains($0) }
    }

    @Test(arguments: QuizLanguage.allCases)
    func everyPhraseSaysSomething(language: QuizLanguage) {
        for phrase in Self.samples(language) {
            #expect(!phrase.trimmingCharacters(in: .whitespaces).isEmpty)
        }
    }

    @Test func chinesePhrasesHoldNoEnglishWords() {
        for phrase in Self.samples(.zhHant) {
            #expect(Self.englishWords(phrase).isEmpty, "\(phrase)")
        }
        #expect(Self.englishWords("評分：Good · 3 天後再複習") == ["Good"])
    }

    @Test func theLanguagesDifferPhraseByPhrase() {
        let (english, chinese) = (Self.samples(.en), Self.samples(.zhHant))
        #expect(english.count == chinese.count)
        // Only names and numbers may read the same in both.
        let same = zip(english, chinese).filter { $0 == $1 }.map(\.0)
        #expect(same.allSatisfy { $0.allSatisfy { !$0.isLetter } }, "\(same)")
    }
}
