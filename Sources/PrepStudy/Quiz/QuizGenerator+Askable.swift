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
    /// - a row of a table that only illustrates or explains its rows, when nothing names what the table is about
    ///   (``explainsItsRows(_:)``);
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
        if card.kind == .cell, let cell = card.cell, Self.explainsItsRows(cell.columns), !QuizLanguage.namesTopic(cell.tableTitle) { return false }
        if card.kind == .qa,
           Self.refersToUnseenText(card.back) || Self.picksAmongUnshownChoices(card.front) || Self.asksAboutUnseenFigure(card.front)
            || Self.pointsBackAtNothing(card.back)
            || Self.leansOnUnseenSetting(card.front) && Self.leansOnUnseenSetting(card.back)
            || Self.asksAboutUnseenCode(card.front) || Self.answersWithALinkAlone(card.back) || Self.leansOnUnfairOptions(card)
            || Self.declinesToAnswer(card.back) {
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

    /// Text that leans on a setting the card does not hold: the machine of an exercise ("on the box", "the lab
    /// machine"), the notes or article it was written from ("según el apunte", "according to the article"), or a
    /// thing beside it ("the above", "this example", "這個例子") when it shows no code or second line of its own.
    /// A front like that is asked only as recall, self-graded (``mustBeRecalled(_:)``), and only when its back
    /// does not lean on it too.
    ///
    /// The settings come by class, in English, Chinese and Spanish alike: an exercise told as it was done ("the
    /// files we found on the share", "the flag", "靶機"); a course, class or exercise and what its teacher said
    /// ("this course", "en clase", "課堂上"); a framework only that course numbers ("the four steps", "四大步驟",
    /// "los tres pasos"); and what a tool or assistant answered ("Gemini 建議的", "as ChatGPT suggested").
    static func leansOnUnseenSetting(_ text: String) -> Bool {
        let folded = AnswerText.folded(text)
        if unseenSettings.contains(where: { AnswerText.contains(folded, $0) }) { return true }
        if unseenSettingPointers.contains(where: { AnswerText.contains(folded, $0) }),
           unseenSettingRule.occurs(in: folded) {
            return true
        }
        return !showsWhatItPointsAt(text) && !namesOptionsAbove(folded) && unseenDeictics.contains { AnswerText.contains(folded, $0) }
    }

    /// A back whose first line points back at what stood above it on the page ("…with the above command"): on
    /// the card nothing stands above it.
    static func pointsBackAtNothing(_ back: String) -> Bool {
        let firstLine = AnswerText.folded(String(back.trimmingWhitespaceAndNewlines().prefix { !$0.isNewline }))
        return ["the above", "command above", "code above", "example above"].contains { AnswerText.contains(firstLine, $0) }
            && !namesOptionsAbove(firstLine)
    }

    /// A fence, or a second line of its own (code or rows pasted under the question): the thing a card points at.
    private static func showsWhatItPointsAt(_ text: String) -> Bool {
        AnswerText.contains(text, "```") || text.trimmingWhitespaceAndNewlines().contains(where: \.isNewline)
    }

    /// "All of the above" and its kin name the options listed above, which a card does show.
    private static func namesOptionsAbove(_ folded: String) -> Bool {
        ["all of the above", "none of the above", "both of the above"].contains { AnswerText.contains(folded, $0) }
    }

    /// A card whose front leans on what the learner never sees: a typed or picked answer would be judged against it.
    func mustBeRecalled(_ card: QuizCard) -> Bool {
        card.kind == .qa && Self.leansOnUnseenSetting(card.front)
    }

    private static let unseenSettings = [
        "on the box", "on this box", "the target box", "the target machine", "the lab machine", "this lab", "in the lab",
        "the lab environment", "this room", "this challenge", "according to the notes", "according to the text",
        "according to the article", "according to the author", "according to the lecture", "according to the slides",
        "in the notes", "in this article", "the article's", "the author's", "in the lecture", "in the video",
        "según el apunte", "según el texto", "según el artículo", "según la lectura", "según el autor", "en el apunte",
        "根據本文", "根据本文", "根據文章", "根据文章", "本文中", "文中提到", "作者認為", "作者认为", "講義中", "讲义中", "筆記中", "笔记中",
        "we find on", "we found", "did we find", "we discovered", "we just", "the flag", "the victim", "the share",
        "this course", "the course's", "in the course", "in class", "the instructor", "the teacher", "the professor",
        "this exercise", "the exercise", "the previous exercise", "the workshop", "the lab's", "our lab", "this module",
        "el apunte", "los apuntes", "en clase", "el curso", "la cátedra", "el profesor", "la profesora", "el ejercicio",
        "la práctica", "el laboratorio", "el docente",
        "本課程", "本课程", "課程中", "课程中", "這門課", "这门课", "課堂上", "课堂上", "老師說", "老师说", "老師提到", "老师提到",
        "本練習", "本练习", "這個練習", "这个练习", "練習中", "练习中", "實驗中", "实验中", "本實驗", "本实验", "靶機", "靶机",
    ]

    /// Words without which ``unseenSettingRule`` cannot match, so most texts skip it.
    private static let unseenSettingPointers = [
        "step", "stage", "phase", "principle", "pillar", "role", "paso", "etapa", "principio",
        "步驟", "步骤", "原則", "原则", "要素", "階段", "阶段", "角色", "面向", "支柱", "技巧", "重點", "重点", "suggest", "recommend", "propos", "sugeri", "recomend", "建議", "建议", "推薦", "推荐", "給出", "给出",
    ]

    private static let unseenDeictics = [
        "the above", "this example", "the example", "this snippet", "this code", "this table", "this diagram", "this output",
        "這個例子", "这个例子", "此例", "本例", "上例", "這段程式碼", "这段代码", "此程式碼", "此代码", "這張表", "这张表",
    ]

    /// A front that asks about a picture ("Image: …", "Imagen: …", "如图所示…", "in the figure"): a card shows
    /// no picture, so the question cannot be answered from it.
    static func asksAboutUnseenFigure(_ front: String) -> Bool {
        let folded = AnswerText.folded(front).trimmingWhitespace()
        return figureOpenings.contains(where: folded.hasPrefix) || figurePhrases.contains { AnswerText.contains(folded, $0) }
    }

    /// A front that points at code or a table beside it ("the for loop above", "下列程式碼") while it shows none:
    /// the page held them, the card does not, so the question cannot be answered from it.
    static func asksAboutUnseenCode(_ front: String) -> Bool {
        guard !showsWhatItPointsAt(front) else { return false }
        let folded = AnswerText.folded(front)
        // The rule runs at every launch over every question card: most fronts hold none of its pointing words.
        guard unseenCodePointers.contains(where: { AnswerText.contains(folded, $0) }) else { return false }
        return unseenCodeRule.occurs(in: folded)
    }

    /// A short back in which its author declines ("不好意思，不熟悉。", "Sorry, never used it."): an interview's
    /// question about the candidate, answered for the author, with nothing in it to learn.
    static func declinesToAnswer(_ back: String) -> Bool {
        let folded = AnswerText.folded(back.trimmingWhitespaceAndNewlines())
        guard AnswerText.displayWidth(folded) <= 40 else { return false }
        return decliningPhrases.contains { AnswerText.contains(folded, $0) }
    }

    private static let decliningPhrases = [
        "不熟悉", "不太熟", "不好意思", "沒用過", "没用过", "沒有用過", "没有用过", "沒接觸過", "没接触过", "不太了解", "不太瞭解",
        "not familiar", "never used it", "haven't used", "have not used", "no idea", "sorry",
    ]

    /// A back that is one link and nothing else ("[my example](https://…)"): the answer is on a page the card
    /// does not hold.
    static func answersWithALinkAlone(_ back: String) -> Bool {
        let answer = back.trimmingWhitespaceAndNewlines()
        guard let first = answer.utf8.first, first == UInt8(ascii: "[") || first == UInt8(ascii: "<") || first == UInt8(ascii: "h"),
              answer.count < 300, !answer.contains(where: \.isNewline) else { return false }
        return isOneLink(answer)
    }

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
        let lines = card.back.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let versioned = lines.count(where: opensWithVersion)
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
        let answer = card.recallAnswer.trimmingWhitespaceAndNewlines()
        return !answer.contains(where: \.isNewline)
    }

    private static let examAdministration = [
        "exam code", "exam number", "exam fee", "list fee", "registration fee", "passing score", "passing mark",
        "how many items", "how many questions are on", "number of items", "its weight", "weight order", "domain weight",
        "who is it for", "target audience",
        "考試代碼", "考试代码", "考試費用", "考试费用", "報名費", "报名费", "及格分數", "及格分数", "考試題數", "考试题数", "領域權重", "领域权重",
    ]
}
