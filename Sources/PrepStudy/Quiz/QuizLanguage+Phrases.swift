import PrepScheduling
import PrepContent

/// Every sentence the quiz writes, in both languages, kept together so translations stay in step.
extension QuizLanguage {
    private var colon: String { self == .zhHant ? "：" : ": " }

    // MARK: Table cells

    /// A cell's value as options and statements show it: a mark spelled out with its note ("partly: needs TLS",
    /// "是：僅 HTTP"), so a bare ✅ never stands beside sentences.
    func cellValue(_ reading: CellReading) -> String {
        guard let mark = reading.mark else { return reading.note }
        guard !reading.note.isEmpty else { return markWord(mark) }
        return markWord(mark) + colon + (self == .en ? Self.lowercasingFirstWord(reading.note) : reading.note)
    }

    func markWord(_ mark: CellMark) -> String {
        switch (self, mark) {
        case (.zhHant, .yes): "是"
        case (.zhHant, .no): "否"
        case (.zhHant, .partial): "部分"
        case (.en, .yes): "yes"
        case (.en, .no): "no"
        case (.en, .partial): "partly"
        }
    }

    /// The question a cell answers when recalled, worded for its table's kind.
    func recallPrompt(_ cell: TableCellRef, kind: TableShape.Kind) -> String {
        switch kind {
        case .definitions: meaningPrompt(cell)
        case .subjects: subjectPrompt(cell)
        case .attributes: attributePrompt(cell)
        }
    }

    /// A table cell's front in review: the quiz's recall question rather than a breadcrumb.
    package func recallPrompt(_ cell: TableCellRef) -> String {
        recallPrompt(cell, kind: TableShape.kind(columns: cell.columns, title: cell.tableTitle))
    }

    /// "What does “Blocking I/O” mean?"
    func meaningPrompt(_ cell: TableCellRef) -> String {
        framed(cell, en: "what does \(quoted(cell.rowLabel)) mean?", zh: "\(quoted(cell.rowLabel))是什麼意思？")
    }

    /// "Which “Trait” does this describe: “The thread sits idle…”?"
    func matchTermPrompt(_ cell: TableCellRef, meaning: String) -> String {
        let header = cell.columns.first ?? ""
        return framed(
            cell,
            en: "which \(header.isEmpty ? "term" : quoted(header)) does this describe: \(quoted(meaning))?",
            zh: "哪個\(header.isEmpty ? "項目" : quoted(header))符合這個說明：\(quoted(meaning))？"
        )
    }

    /// A row of a table whose rows are things: "What does the “Use it for” column say for “Uvicorn”?"
    func attributePrompt(_ cell: TableCellRef) -> String {
        framed(
            cell, en: "what does the \(quoted(cell.column)) column say for \(quoted(cell.rowLabel))?",
            zh: "\(quoted(cell.rowLabel))的\(quoted(cell.column))一欄寫的是什麼？"
        )
    }

    /// A column of a table comparing its columns: "What does the table say about “Execution model” for ASGI?"
    func subjectPrompt(_ cell: TableCellRef) -> String {
        framed(
            cell, en: "what does the table say about \(quoted(cell.rowLabel)) for \(cell.column)?",
            zh: "\(cell.column)\(gap(after: cell.column))在\(quoted(cell.rowLabel))這一項是什麼？"
        )
    }

    /// "For “Execution model”, which one is “Synchronous, blocking”: WSGI or ASGI?"
    func whichColumnPrompt(_ cell: TableCellRef, value: String, choices: [String]) -> String {
        framed(
            cell, en: "for \(quoted(cell.rowLabel)), which one is \(quoted(value)): \(listed(choices))?",
            zh: "\(quoted(cell.rowLabel))這一項，哪一個是\(quoted(value))：\(listed(choices))？"
        )
    }

    /// "Under “Safe”, which one says no: GET, POST or HEAD?"
    func whichRowPrompt(_ cell: TableCellRef, mark: CellMark, choices: [String]) -> String {
        framed(
            cell, en: "under \(quoted(cell.column)), which one says \(markWord(mark)): \(listed(choices))?",
            zh: "\(quoted(cell.column))一欄，哪一個是\(quoted(markWord(mark)))：\(listed(choices))？"
        )
    }

    /// A column that never changes, as one fact: "Which column says “yes” for every “Django version”: WSGI, ASGI or …?"
    func constantColumnPrompt(_ cell: TableCellRef, value: String, choices: [String]) -> String {
        framed(
            cell, en: "which column says \(quoted(value)) for every \(rowsName(cell)): \(listed(choices))?",
            zh: "哪一欄在每個\(rowsName(cell))都是\(quoted(value))：\(listed(choices))？"
        )
    }

    func constantColumnRecallPrompt(_ cell: TableCellRef) -> String {
        framed(
            cell, en: "what does the \(quoted(cell.column)) column say for every \(rowsName(cell))?",
            zh: "每個\(rowsName(cell))的\(quoted(cell.column))一欄都寫什麼？"
        )
    }

    /// A column that never changes, as one statement: "The “WSGI” column says “yes” for every “Django version”."
    func constantColumnStatement(_ cell: TableCellRef, value: String) -> String {
        framed(
            cell, en: "the \(quoted(cell.column)) column says \(quoted(value)) for every \(rowsName(cell)).",
            zh: "每個\(rowsName(cell))的\(quoted(cell.column))一欄都是\(quoted(value))。"
        )
    }

    /// The cell as a statement, true when `value` is the cell's own value; the value is quoted, since it may
    /// carry a colon of its own ("yes: HTTP only").
    func cellStatement(_ cell: TableCellRef, kind: TableShape.Kind, value: String) -> String {
        switch kind {
        case .definitions:
            framed(cell, en: "\(quoted(cell.rowLabel)) means \(quoted(value)).", zh: "\(quoted(cell.rowLabel))的意思是\(quoted(value))。")
        case .subjects:
            framed(
                cell, en: "for \(cell.column), \(quoted(cell.rowLabel)) is \(quoted(value)).",
                zh: "\(cell.column)\(gap(after: cell.column))在\(quoted(cell.rowLabel))這一項是\(quoted(value))。"
            )
        case .attributes:
            framed(
                cell, en: "for \(quoted(cell.rowLabel)), the \(quoted(cell.column)) column says \(quoted(value)).",
                zh: "\(quoted(cell.rowLabel))的\(quoted(cell.column))一欄寫的是\(quoted(value))。"
            )
        }
    }

    /// The sentence set in its table: "In “Server comparison”, what does…", "在「伺服器比較」中，…".
    private func framed(_ cell: TableCellRef, en: String, zh: String) -> String {
        let title = cell.tableTitle
        switch self {
        case .en: return title.isEmpty ? en.prefix(1).uppercased() + en.dropFirst() : "In \(quoted(title)), \(en)"
        case .zhHant: return title.isEmpty ? zh : "在\(quoted(title))中，\(zh)"
        }
    }

    private func quoted(_ text: String) -> String { self == .zhHant ? "「\(text)」" : "“\(text)”" }

    /// Quoted unless the text already quotes something, which a second pair around it would only clutter.
    private func quotedOnce(_ text: String) -> String {
        text.contains(where: { "「」“”\"".contains($0) }) ? text : quoted(text)
    }

    /// "WSGI or ASGI", "WSGI、ASGI 還是 Async addition".
    private func listed(_ choices: [String]) -> String {
        let head = choices.dropLast().joined(separator: self == .zhHant ? "、" : ", ")
        guard let last = choices.last, !head.isEmpty else { return choices.last ?? "" }
        guard self == .zhHant else { return "\(head) or \(last)" }
        return head + (head.last?.isASCII == true ? " " : "") + "還是" + (last.first?.isASCII == true ? " " : "") + last
    }

    /// What the rows are, after "every": the first header ("“Django version”"), or plain rows.
    private func rowsName(_ cell: TableCellRef) -> String {
        let header = cell.columns.first ?? ""
        if !header.isEmpty { return quoted(header) }
        return self == .zhHant ? "列" : "row"
    }

    /// A space sets a Latin word apart from the Chinese after it ("ASGI 在"), as Taiwanese typesetting does.
    private func gap(after text: String) -> String {
        text.last.map { $0.isASCII && !$0.isWhitespace } == true ? " " : ""
    }

    /// "Runs them in a thread" → "runs them in a thread" after "partly: "; "HTTP only" stays.
    private static func lowercasingFirstWord(_ text: String) -> String {
        let word = text.prefix { $0.isLetter }
        guard word.count > 1, word.first?.isUppercase == true, word.dropFirst().allSatisfy(\.isLowercase) else { return text }
        return word.lowercased() + text.dropFirst(word.count)
    }

    // MARK: Claims

    func claimPrompt(_ claim: String) -> String {
        switch self {
        case .zhHant: "這個說法是對、錯、誤導，還是視情況？\(quotedOnce(claim))"
        case .en: "Is this claim true, false, misleading, or does it depend? \(quotedOnce(claim))"
        }
    }

    /// The four answers to a claim, in ``Verdict`` order.
    package func verdictOption(_ verdict: Verdict) -> String {
        switch (self, verdict) {
        case (.zhHant, .true): "對"
        case (.zhHant, .false): "錯"
        case (.zhHant, .misleading): "誤導"
        case (.zhHant, .depends): "視情況"
        case (.en, .true): "true"
        case (.en, .false): "false"
        case (.en, .misleading): "misleading"
        case (.en, .depends): "depends"
        }
    }

    /// The reason shown under the verdict; nil when the card gives none.
    func claimExplanation(reason: String?) -> String? {
        guard let reason, !reason.isEmpty else { return nil }
        return (self == .zhHant ? "理由" : "Why") + colon + reason
    }

    var correctHeadline: String { self == .zhHant ? "✔ 答對了" : "✔ Correct" }
    var typoHeadline: String { self == .zhHant ? "✔ 接受（有小錯字）" : "✔ Accepted (small typo)" }

    /// "✔ Accepted (extra words: it, uses)": the answer is in there, with words of the learner's own.
    package func extraWordsHeadline(_ words: [String]) -> String {
        let listed = words.isEmpty ? "" : colon + words.joined(separator: self == .zhHant ? "、" : ", ")
        return self == .zhHant ? "✔ 接受（多了字詞\(listed)）" : "✔ Accepted (extra words\(listed))"
    }

    /// The alternative the typed answer was taken for, marked where it differs.
    func acceptedAsLine(_ alternative: String) -> String {
        (self == .zhHant ? "視為" : "Taken as") + colon + alternative
    }

    /// Why a right answer was graded Hard: "slow: 14 s, this question allows 9 s", "used a hint".
    package func hardReason(_ reason: QuizGrade.HardReason) -> String {
        switch (self, reason) {
        case (.zhHant, .slow(let elapsed, let limit)): "作答較慢：\(Self.seconds(elapsed)) 秒，本題 \(Self.seconds(limit)) 秒內算正常"
        case (.en, .slow(let elapsed, let limit)): "slow: \(Self.seconds(elapsed)) s, this question allows \(Self.seconds(limit)) s"
        case (.zhHant, .hint): "看過提示"
        case (.en, .hint): "used a hint"
        }
    }

    private static func seconds(_ duration: Duration) -> Int {
        Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18).rounded())
    }

    /// Said when `u` has taken back the last answer.
    package func undoneLine(_ number: Int) -> String {
        self == .zhHant ? "↶ 已撤回第 \(number) 題的作答，請重新回答。" : "↶ Took back your answer to question \(number); answer it again."
    }

    package var nothingToUndo: String { self == .zhHant ? "還沒有可以撤回的作答。" : "Nothing to undo yet." }
    var wrongHeadline: String { self == .zhHant ? "✘ 答錯了" : "✘ Wrong" }

    func answerLine(_ answer: String) -> String {
        (self == .zhHant ? "答案" : "Answer") + colon + answer
    }

    func truthValue(_ value: Bool) -> String {
        switch (self, value) {
        case (.zhHant, true): "對"
        case (.zhHant, false): "錯（如此陳述不成立）"
        case (.en, true): "true"
        case (.en, false): "false as stated"
        }
    }

    func selfGradedLine(_ rating: Rating) -> String {
        (self == .zhHant ? "自評" : "Self-graded") + colon + ratingName(rating)
    }

    package func ratingName(_ rating: Rating) -> String {
        switch (self, rating) {
        case (.zhHant, .again): "再來"
        case (.zhHant, .hard): "困難"
        case (.zhHant, .good): "良好"
        case (.zhHant, .easy): "簡單"
        case (.en, .again): "Again"
        case (.en, .hard): "Hard"
        case (.en, .good): "Good"
        case (.en, .easy): "Easy"
        }
    }

    func checkLine(_ check: String) -> String {
        (self == .zhHant ? "動手驗證" : "Run it") + colon + "prep check \(check)"
    }
}
