import PrepCore
import PrepScheduling
import PrepStudy
import PrepScheduling
import Testing

struct QuizFeedbackTests {
    @Test func wrongChoiceShowsTheAnswerWithItsLetter() {
        let question = QuizQuestion(
            cardKey: "k", language: .en,
            kind: .multipleChoice(prompt: "p", options: ["2003", "2016", "2019"], correctIndex: 1), check: nil
        )
        #expect(QuizFeedback.lines(for: question, outcome: .answered(.wrong)) == ["✘ Wrong", "Answer: b) 2016"])
    }

    @Test func claimFeedbackGivesTheVerdictItsReasonAndTheCheck() {
        let question = QuizQuestion(
            cardKey: "k", language: .en,
            kind: .multipleChoice(prompt: "Is this claim true…?", options: ["true", "false", "misleading", "depends"], correctIndex: 3),
            check: "C06", explanation: "Why: CPU-bound work"
        )
        #expect(QuizFeedback.lines(for: question, outcome: .answered(.wrong)) == [
            "✘ Wrong", "Answer: d) depends", "Why: CPU-bound work", "Run it: prep check C06",
        ])
    }

    @Test func chineseFeedback() {
        let question = QuizQuestion(
            cardKey: "k", language: .zhHant, kind: .recall(prompt: "p", answer: "事件循環", mode: .typed), check: "C03"
        )
        #expect(QuizFeedback.lines(for: question, outcome: .answered(.typo)) == [
            "✔ 接受（有小錯字）", "答案：事件循環", "動手驗證：prep check C03",
        ])
        let truth = QuizQuestion(
            cardKey: "k", language: .zhHant, kind: .trueFalse(statement: "s", answer: true, explanation: "正確：原因"), check: nil
        )
        #expect(QuizFeedback.lines(for: truth, outcome: .answered(.wrong)) == ["✘ 答錯了", "答案：對", "正確：原因"])
    }

    @Test func cellTrueFalseDoesNotRepeatATrueStatement() {
        let question = QuizQuestion(
            cardKey: "k", language: .en, kind: .trueFalse(statement: "T — r / c: v", answer: true, explanation: "T — r / c: v"),
            check: nil
        )
        #expect(QuizFeedback.lines(for: question, outcome: .answered(.exact)) == ["✔ Correct", "Answer: true"])
    }

    @Test func selfGradedRecallDoesNotRepeatTheRevealedAnswer() {
        let question = QuizQuestion(
            cardKey: "k", language: .en, kind: .recall(prompt: "p", answer: "line one\nline two", mode: .selfGraded), check: nil
        )
        #expect(QuizFeedback.lines(for: question, outcome: .selfGraded(.hard)) == ["Self-graded: Hard"])
        #expect(QuizFeedback.lines(for: question, outcome: .answered(.wrong)) == ["✘ Wrong", "Answer: line one", "line two"])
    }

    @Test func anEnglishCardOnAChineseScreenIsGradedInChinese() {
        let recall = QuizQuestion(
            cardKey: "k", language: .en, kind: .recall(prompt: "p", answer: "a read-only template", mode: .selfGraded), check: nil
        )
        #expect(QuizFeedback.lines(for: recall, outcome: .selfGraded(.good), screen: .zhHant) == ["自評：良好"])
        #expect(QuizFeedback.lines(for: recall, outcome: .answered(.wrong), screen: .zhHant) == ["✘ 答錯了", "答案：a read-only template"])
    }
}
