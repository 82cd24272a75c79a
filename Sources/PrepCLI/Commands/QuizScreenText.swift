import Foundation
import PrepScheduling
import PrepStudy

/// The words around the questions (headers, key hints, summary), in the quiz's language.
struct QuizScreenText {
    let language: QuizLanguage

    private var isChinese: Bool { language == .zhHant }

    func header(number: Int, of total: Int) -> String {
        isChinese ? "prep quiz · 第 \(number)/\(total) 題" : "prep quiz · \(number)/\(total)"
    }

    func typeName(_ type: QuizQuestionType) -> String {
        switch (isChinese, type) {
        case (true, .multipleChoice): "選擇題"
        case (true, .whichOne): "二選一"
        case (true, .trueFalse): "是非題"
        case (true, .recallTyped): "填答題"
        case (true, .recallSelfGraded): "回想題"
        case (false, .multipleChoice): "multiple choice"
        case (false, .whichOne): "which one"
        case (false, .trueFalse): "true or false"
        case (false, .recallTyped): "type the answer"
        case (false, .recallSelfGraded): "recall"
        }
    }

    func choiceHint(optionCount: Int) -> String {
        let last = QuizLineInput.choiceLabel(at: optionCount - 1)
        return isChinese ? "按 a–\(last) 或 1–\(optionCount) 作答 · q 離開" : "a–\(last) or 1–\(optionCount) to answer · q quit"
    }

    var trueFalseHint: String { isChinese ? "t 對 · f 錯 · q 離開" : "t true · f false · q quit" }

    func typedHint(interactive: Bool) -> String {
        switch (isChinese, interactive) {
        case (true, true): "輸入答案後按 Enter · 直接 Enter 看答案 · q Enter 或 Ctrl-C 離開"
        case (true, false): "輸入答案 · 空行看答案 · q 離開"
        case (false, true): "type the answer, Enter · Enter alone shows it · q Enter or Ctrl-C quits"
        case (false, false): "type the answer · an empty line shows it · q quit"
        }
    }

    func revealHint(interactive: Bool) -> String {
        switch (isChinese, interactive) {
        case (true, true): "先在心裡回答，再按 Enter 看答案 · q 離開"
        case (true, false): "先在心裡回答，再送出空行看答案 · q 離開"
        case (false, true): "answer in your head, then Enter to reveal · q quit"
        case (false, false): "answer in your head, then an empty line reveals · q quit"
        }
    }

    var selfGradeHint: String {
        isChinese ? "1 再來 · 2 困難 · 3 良好 · 4 簡單 · q 離開" : "1 Again · 2 Hard · 3 Good · 4 Easy · q quit"
    }

    var answerLabel: String { isChinese ? "答案" : "Answer" }

    /// The label as it heads a line: Chinese takes the full-width colon.
    var answerHeading: String { isChinese ? "答案：" : "Answer:" }

    var prompt: String { "› " }

    /// Scrolling a long answer is worded as in review, from review's phrase table.
    var scrollHint: String { ScreenPhrases.forLanguage(language.rawValue).scrollKey }

    func moreBelow(_ lines: Int) -> String { ScreenPhrases.forLanguage(language.rawValue).moreBelow(lines) }

    func continueHint(canRunCheck: Bool) -> String {
        switch (isChinese, canRunCheck) {
        case (true, true): "c 立即驗證 · u 撤回作答 · 任意鍵繼續 · q 離開"
        case (true, false): "u 撤回作答 · 任意鍵繼續 · q 離開"
        case (false, true): "c run the check · u undo · any key to go on · q quit"
        case (false, false): "u undo · any key to go on · q quit"
        }
    }

    func unrecognized(_ hint: String) -> String {
        (isChinese ? "這不是本題的答案，請再試一次：" : "Not an answer here; try again: ") + hint
    }

    /// "Rated Hard (slow: 14 s …) · next review in 10m".
    func rated(_ rating: Rating, because reason: QuizGrade.HardReason? = nil, nextIn interval: TimeInterval) -> String {
        var name = language.ratingName(rating)
        if let reason { name += isChinese ? "（\(language.hardReason(reason))）" : " (\(language.hardReason(reason)))" }
        return isChinese ? "評分：\(name) · \(inInterval(interval))再複習" : "Rated \(name) · next review \(inInterval(interval))"
    }

    func nextReview(in interval: TimeInterval) -> String {
        isChinese ? "\(inInterval(interval))再複習" : "Next review \(inInterval(interval))"
    }

    /// "in 3d", "3 天後": Anki's compact units read as code in a Chinese sentence, so they are spelled out.
    func inInterval(_ interval: TimeInterval) -> String {
        let compact = intervalDescription(interval)
        guard isChinese else { return "in \(compact)" }
        let number = compact.prefix { $0.isNumber || $0 == "." }
        let units = ["s": "秒", "m": "分鐘", "h": "小時", "d": "天", "mo": "個月", "y": "年"]
        return "\(number) \(units[String(compact.dropFirst(number.count))] ?? "")後"
    }

    func nothingToDo(nextDue: String?) -> String {
        let base = isChinese
            ? "目前沒有要測驗的卡片：沒有到期的卡片，今天的新卡片也已學完。"
            : "Nothing to quiz right now: no card is due and today's new cards are done."
        guard let nextDue else { return base }
        return base + "\n" + (isChinese ? "下一張卡片到期：\(nextDue)" : "Next card due: \(nextDue)")
    }

    func summaryLines(_ summary: QuizSummary, interview: String?) -> [(String, String)] {
        let percent = summary.answered == 0 ? 0 : Int((Double(summary.correct) / Double(summary.answered) * 100).rounded())
        var rows: [(String, String)] = isChinese
            ? [
                ("得分", "\(summary.correct)/\(summary.answered) 答對（\(percent)%）"),
                ("用時", Self.duration(summary.duration)),
                ("連續", "\(summary.streak) 天"),
                ("明天到期", "\(summary.dueTomorrow) 張卡片"),
            ]
            : [
                ("Score", "\(summary.correct)/\(summary.answered) correct (\(percent)%)"),
                ("Time", Self.duration(summary.duration)),
                ("Streak", summary.streak == 1 ? "1 day" : "\(summary.streak) days"),
                ("Due tomorrow", summary.dueTomorrow == 1 ? "1 card" : "\(summary.dueTomorrow) cards"),
            ]
        // Cards answered wrong or still in learning come back within minutes: worth another short quiz today.
        if summary.dueLaterToday > 0 {
            let count = summary.dueLaterToday
            rows.insert(isChinese
                ? ("今天稍後", "\(count) 張卡片要再複習")
                : ("Later today", count == 1 ? "1 card to review again" : "\(count) cards to review again"), at: rows.count - 1)
        }
        if let recall = summary.expectedRecall, let interview {
            let expected = Int(recall.cards.rounded())
            let share = recall.total == 0 ? 0 : Int((recall.cards / Double(recall.total) * 100).rounded())
            rows.append(isChinese
                ? ("面試", "\(interview) 預計記得 \(expected)/\(recall.total) 張卡片（\(share)%）")
                : ("Interview", "on \(interview) you would recall about \(expected) of \(recall.total) cards (\(share)%)"))
        }
        return rows
    }

    /// Why `--count` got fewer questions, and how to get more.
    func shortfall(_ shortfall: QuizShortfall) -> String {
        let left = shortfall.newCardsLeft
        let cards = left == 1 ? "1 card" : "\(left) cards"
        let reason = switch (isChinese, shortfall.allowanceFromNewOption) {
        case (true, false): "今天的新卡片額度只剩 \(left) 張。"
        case (true, true): "--new \(left) 讓這次測驗只學 \(left) 張新卡片。"
        case (false, false): "today's new-card allowance had \(cards) left. "
        case (false, true): "--new \(left) allowed \(left == 1 ? "1 new card" : "\(left) new cards"). "
        }
        return isChinese
            ? "只出 \(shortfall.picked) 題（要求 \(shortfall.asked) 題）：" + reason
                + allowMoreNewCards(waiting: shortfall.newCardsWaiting, toFill: shortfall.newCardsToFill)
            : "Only \(shortfall.picked) of the \(shortfall.asked) questions asked for: " + reason
                + allowMoreNewCards(waiting: shortfall.newCardsWaiting, toFill: shortfall.newCardsToFill)
    }

    /// "217 new cards wait; --new 30 would fill this quiz (--new N introduces N)."; without `toFill` (nothing to
    /// quiz at all) only how to allow more.
    func allowMoreNewCards(waiting: Int, toFill: Int? = nil) -> String {
        let fill = toFill.map { isChinese ? "加上 --new \($0) 就能出滿這次測驗" : "--new \($0) would fill this quiz" }
        return isChinese
            ? "還有 \(waiting) 張新卡片在等；\(fill.map { $0 + "（" } ?? "")--new N 讓這次測驗學 N 張新卡片\(fill == nil ? "" : "）")。"
            : "\(waiting) new " + (waiting == 1 ? "card waits" : "cards wait") + "; "
                + (fill.map { "\($0) (--new N introduces N)." } ?? "--new N lets this quiz introduce N new cards.")
    }

    var summaryTitle: String { isChinese ? "測驗結束" : "Quiz done" }

    /// "3m 12s", "45s".
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds.rounded()))
        return whole >= 60 ? "\(whole / 60)m \(whole % 60)s" : "\(whole)s"
    }
}
