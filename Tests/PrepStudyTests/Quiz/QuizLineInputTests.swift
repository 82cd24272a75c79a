import PrepCore
import PrepScheduling
import PrepStudy
import PrepScheduling
import Testing

struct QuizLineInputTests {
    @Test(arguments: [
        ("a", 0), ("A", 0), ("ａ", 0), ("Ａ", 0), ("1", 0), ("１", 0), (" b ", 1), ("2", 1), ("c)", 2), ("4.", 3), ("d", 3),
    ])
    func choiceIndex(line: String, index: Int) {
        #expect(QuizLineInput.choiceIndex(line, optionCount: 4) == index)
    }

    @Test(arguments: ["e", "5", "0", "", "ab", "-1", "yes"])
    func notAChoice(line: String) {
        #expect(QuizLineInput.choiceIndex(line, optionCount: 4) == nil)
    }

    @Test(arguments: ["t", "T", "true", "TRUE", "ｔ", "對", "是", "o", "y", "yes", "對！"])
    func truthTrue(line: String) {
        #expect(QuizLineInput.truthValue(line) == true)
    }

    @Test(arguments: ["f", "F", "false", "ｆ", "錯", "否", "x", "X", "n", "no", "✗"])
    func truthFalse(line: String) {
        #expect(QuizLineInput.truthValue(line) == false)
    }

    @Test(arguments: ["maybe", "1", "", "tf"])
    func truthUnknown(line: String) {
        #expect(QuizLineInput.truthValue(line) == nil)
    }

    @Test func parseReadsALineAgainstItsQuestion() {
        let choice = QuizQuestion(
            cardKey: "k", language: .en, kind: .whichOne(prompt: "p", choices: ["WSGI", "ASGI"], correctIndex: 1), check: nil
        )
        let truth = QuizQuestion(cardKey: "k", language: .en, kind: .trueFalse(statement: "s", answer: true, explanation: "e"), check: nil)
        let recall = QuizQuestion(cardKey: "k", language: .en, kind: .recall(prompt: "p", answer: "a", mode: .typed), check: nil)
        #expect(QuizLineInput.parse("b", for: choice) == .choice(1))
        #expect(QuizLineInput.parse("asgi", for: choice) == .choice(1))
        #expect(QuizLineInput.parse("c", for: choice) == .unrecognized)
        #expect(QuizLineInput.parse("t", for: truth) == .truth(true))
        #expect(QuizLineInput.parse("錯", for: truth) == .truth(false))
        #expect(QuizLineInput.parse("a", for: truth) == .unrecognized)
        #expect(QuizLineInput.parse("  event loop ", for: recall) == .text("event loop"))
        #expect(QuizLineInput.parse("", for: recall) == .reveal)
        #expect(QuizLineInput.parse("   ", for: choice) == .reveal)
        #expect(QuizLineInput.parse("?", for: recall) == .reveal)
        #expect(QuizLineInput.parse("？", for: recall) == .reveal)
        #expect(QuizLineInput.parse("q", for: recall) == .quit)
        #expect(QuizLineInput.parse("Q", for: truth) == .quit)
    }

    @Test func selfGradeAndLabels() {
        #expect(["1", "2", "3", "4", "３"].map(QuizLineInput.selfGrade) == [.again, .hard, .good, .easy, .good])
        #expect(QuizLineInput.selfGrade("5") == nil)
        #expect((0..<4).map(QuizLineInput.choiceLabel(at:)) == ["a", "b", "c", "d"])
    }

    @Test func aClaimsVerdictIsChosenByLetterByNameOrByTrueAndFalse() {
        let claim = QuizQuestion(
            cardKey: "k", language: .zhHant,
            kind: .multipleChoice(prompt: "這個說法？", options: ["對", "錯", "誤導", "視情況"], correctIndex: 2), check: nil
        )
        #expect(QuizLineInput.parse("c", for: claim) == .choice(2))
        #expect(QuizLineInput.parse("誤導", for: claim) == .choice(2))
        #expect(QuizLineInput.parse("f", for: claim) == .choice(1))
        #expect(QuizLineInput.parse("t", for: claim) == .choice(0))
        let english = QuizQuestion(
            cardKey: "k", language: .en,
            kind: .multipleChoice(prompt: "Claim?", options: ["true", "false", "misleading", "depends"], correctIndex: 3), check: nil
        )
        #expect(QuizLineInput.parse("f", for: english) == .choice(1))
        #expect(QuizLineInput.parse("Depends", for: english) == .choice(3))
        let other = QuizQuestion(cardKey: "k", language: .en, kind: .multipleChoice(prompt: "?", options: ["x", "y"], correctIndex: 0), check: nil)
        #expect(QuizLineInput.parse("t", for: other) == .unrecognized)
    }
}
