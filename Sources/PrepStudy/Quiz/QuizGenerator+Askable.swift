import Foundation
import PrepCore
import PrepContent

/// Which cards a quiz asks at all, before any question is built.
extension QuizGenerator {
    /// False for a card no question of prep's can ask fairly on this screen:
    ///
    /// - a table cell or a claim written in the other language: they are asked only through prep's own words
    ///   ("Which … does this describe", "Compare … on …", true / false / misleading / depends), which are in the
    ///   screen's language, and a frame in one language around content in another reads as a broken question;
    ///   a question and answer in the other language is still asked, in its own words;
    /// - an exam's administrative facts (its code, fee, number of items, the weight of its domains, its audience): a blueprint
    ///   to look up before booking, not knowledge an interviewer asks for.
    /// - release history (what each version added, one version a line): version numbers to look up, as the
    ///   release tables that are not asked either.
    package func asks(_ card: QuizCard) -> Bool {
        if (card.kind == .cell || card.kind == .claim), !isInScreenLanguage(card) { return false }
        return !Self.isExamAdministration(card) && !Self.isReleaseHistory(card)
    }

    /// A question about versions answered by lines that, two in three at least, open with a version number.
    static func isReleaseHistory(_ card: QuizCard) -> Bool {
        guard card.kind == .qa else { return false }
        let front = AnswerText.folded(card.front)
        guard ["版本", "version", "release"].contains(where: { AnswerText.contains(front, $0) }) else { return false }
        let lines = card.back.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let versioned = lines.count { $0.range(of: #"^(?:[-*•]\s*)?v?\d+\.\d+(?:\.\d+)?(?:\s|$|[:：(（])"#, options: .regularExpression) != nil }
        return lines.count >= 3 && versioned * 3 >= lines.count * 2
    }

    /// Whether prep's own words may frame `card`'s content: always when the screen has no language of its own.
    func isInScreenLanguage(_ card: QuizCard) -> Bool {
        screenLanguage.map { $0 == QuizLanguage(code: card.lang) } ?? true
    }

    /// A front that asks for an exam's code, fee, item count, passing mark or domain weights, answered on one line
    /// (a figure, a code, the domains in order) rather than with an explanation.
    static func isExamAdministration(_ card: QuizCard) -> Bool {
        guard card.kind == .qa else { return false }
        let front = AnswerText.folded(card.front)
        guard examAdministration.contains(where: { AnswerText.contains(front, $0) }) else { return false }
        let answer = card.recallAnswer.trimmingCharacters(in: .whitespacesAndNewlines)
        return !answer.contains(where: \.isNewline)
    }

    private static let examAdministration = [
        "exam code", "exam number", "exam fee", "list fee", "registration fee", "passing score", "passing mark",
        "how many items", "how many questions are on", "number of items", "its weight", "weight order", "domain weight",
        "who is it for", "target audience",
        "考試代碼", "考试代码", "考試費用", "考试费用", "報名費", "报名费", "及格分數", "及格分数", "考試題數", "考试题数", "領域權重", "领域权重",
    ]
}
