@testable import PrepStudy
import Testing

/// Options a front lists by letter, found by their labels: a letter A to H with its mark, opening the text or
/// after white space, and followed by white space or a Chinese character.
struct QuizListedOptionsTests {
    @Test func optionsOnOneLineOrALineEach() {
        #expect(QuizGenerator.listedOptions("Pick one:\nA. red\nB. blue")! == ("Pick one:", ["red", "blue"]))
        #expect(QuizGenerator.listedOptions("Which port? (A) 80 (B) 443 (C) 22")! == ("Which port?", ["80", "443", "22"]))
        #expect(QuizGenerator.listedOptions("哪一個？ （A）甲方 （B）乙方")! == ("哪一個？", ["甲方", "乙方"]))
    }

    /// A Chinese option may follow its mark without a space; a Latin one may not ("A.B" is no label).
    @Test func aLabelFollowedByAChineseCharacter() {
        #expect(QuizGenerator.listedOptions("選哪個？ A.紅色 B.藍色")! == ("選哪個？", ["紅色", "藍色"]))
        #expect(QuizGenerator.listedOptions("選哪個？ A.red B.blue") == nil)
        // Glued to the word before, it is part of that word.
        #expect(QuizGenerator.listedOptions("選哪個？A.紅色 B.藍色") == nil)
    }

    /// Any white space opens a label, a line separator too; lower-case letters label nothing.
    @Test func whatOpensALabel() {
        #expect(QuizGenerator.listedOptions("Which?\u{2028}A) one\u{2028}B) two")! == ("Which?", ["one", "two"]))
        #expect(QuizGenerator.listedOptions("Which? a. one b. two") == nil)
        #expect(QuizGenerator.listedOptions("A. one B. two") == nil, "no stem before the first option")
    }

    /// Options run from A without a gap: a later letter out of turn is part of the option before it.
    @Test func aLetterOutOfTurnStaysInTheOptionBefore() {
        #expect(QuizGenerator.listedOptions("Which? A. one B. two D. four")! == ("Which?", ["one", "two D. four"]))
    }
}

private func == (found: (stem: String, options: [String]), expected: (String, [String])) -> Bool {
    found.stem == expected.0 && found.options == expected.1
}
