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
    /// - a question whose answer points at text the learner never sees ("上文已经提到", "as mentioned above") or is
    ///   a link alone, that points at code it does not show ("the loop above"), or that picks among options it
    ///   does not list ("Which of the following…" with none below it), or whose options give its key away by
    ///   its form while the stem cannot do without them (``leansOnUnfairOptions(_:)``).
    package func asks(_ card: QuizCard) -> Bool {
        if (card.kind == .cell || card.kind == .claim), !isInScreenLanguage(card) { return false }
        if card.kind == .qa,
           Self.refersToUnseenText(card.back) || Self.picksAmongUnshownChoices(card.front) || Self.asksAboutUnseenFigure(card.front)
            || Self.asksAboutUnseenCode(card.front) || Self.answersWithALinkAlone(card.back) || Self.leansOnUnfairOptions(card) {
            return false
        }
        return !Self.isExamAdministration(card) && !Self.isReleaseHistory(card)
    }

    /// An answer that leans on the page around it ("上文已经提到", "见上", "as mentioned above", "see below"):
    /// on a card that page is gone, so the back does not answer its front.
    static func refersToUnseenText(_ text: String) -> Bool {
        let folded = AnswerText.folded(text)
        if unseenTextPhrases.contains(where: { AnswerText.contains(folded, $0) }) { return true }
        // "上下文" (context) holds "下文" but points at nothing.
        return AnswerText.contains(folded, "下文")
            && AnswerText.contains(folded.replacingOccurrences(of: "上下文", with: ""), "下文")
    }

    /// A front that asks about a picture ("Image: …", "Imagen: …", "如图所示…", "in the figure"): a card shows
    /// no picture, so the question cannot be answered from it.
    static func asksAboutUnseenFigure(_ front: String) -> Bool {
        let folded = AnswerText.trimmed(AnswerText.folded(front))
        return figureOpenings.contains(where: folded.hasPrefix) || figurePhrases.contains { AnswerText.contains(folded, $0) }
    }

    /// A front that points at code or a table beside it ("the for loop above", "下列程式碼") while it shows none:
    /// the page held them, the card does not, so the question cannot be answered from it.
    static func asksAboutUnseenCode(_ front: String) -> Bool {
        // A fence, or a second line of its own (code or rows pasted under the question), is the thing it points at.
        guard !AnswerText.contains(front, "```"), !AnswerText.trimmed(front, newlines: true).contains(where: \.isNewline) else { return false }
        let folded = AnswerText.folded(front)
        // The pattern runs at every launch over every question card: most fronts hold none of its pointing words.
        guard unseenCodePointers.contains(where: { AnswerText.contains(folded, $0) }) else { return false }
        return folded.range(of: unseenCodePattern, options: .regularExpression) != nil
    }

    /// A back that is one link and nothing else ("[my example](https://…)"): the answer is on a page the card
    /// does not hold.
    static func answersWithALinkAlone(_ back: String) -> Bool {
        let answer = AnswerText.trimmed(back, newlines: true)
        guard let first = answer.utf8.first, first == UInt8(ascii: "[") || first == UInt8(ascii: "<") || first == UInt8(ascii: "h"),
              answer.count < 300, !answer.contains(where: \.isNewline) else { return false }
        return answer.range(of: #"^(?:\[[^\]]*\]\([^)\s]+\)|<?https?://\S+>?)$"#, options: .regularExpression) != nil
    }

    private static let unseenCodePattern = #"\b(?:(?:code|snippet|loop|function|program|query|table|example|script)s? (?:above|below)|(?:above|following|preceding|below) (?:code|snippet|loop|function|program|query|table|script)s?\b)|(?:上面|下面|上述|下列|以下|前面)的?(?:程式碼|代码|代碼|程式|程序|範例|范例|示例|片段|函數|函数|迴圈|循环|表格)"#

    private static let unseenCodePointers = ["above", "below", "following", "preceding", "上面", "下面", "上述", "下列", "以下", "前面"]

    private static let figureOpenings = ["image:", "imagen:", "picture:", "figure:", "图：", "圖：", "图:", "圖:", "图片：", "圖片："]
    private static let figurePhrases = [
        "如图", "如圖", "下图", "下圖", "上图", "上圖", "图中", "圖中", "in the figure", "in the image", "in the picture",
        "shown in the diagram", "la imagen", "en la figura",
    ]

    private static let unseenTextPhrases = [
        "上文", "前文", "如上所述", "见上", "見上", "上面已经", "上面已經", "前面已经", "前面已經", "上面提到", "前面提到", "后文", "後文",
        "上一节", "上一節", "as mentioned above", "mentioned earlier", "as described above", "described above", "see above",
        "see below", "as shown above", "discussed above", "explained above", "in the previous section", "previous chapter",
    ]

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
        let answer = AnswerText.trimmed(card.recallAnswer, newlines: true)
        return !answer.contains(where: \.isNewline)
    }

    private static let examAdministration = [
        "exam code", "exam number", "exam fee", "list fee", "registration fee", "passing score", "passing mark",
        "how many items", "how many questions are on", "number of items", "its weight", "weight order", "domain weight",
        "who is it for", "target audience",
        "考試代碼", "考试代码", "考試費用", "考试费用", "報名費", "报名费", "及格分數", "及格分数", "考試題數", "考试题数", "領域權重", "领域权重",
    ]
}
