import PrepScheduling
import PrepContent

/// Every sentence the quiz writes, in both languages, kept together so translations stay in step.
extension QuizLanguage {
    private var colon: String { self == .zhHant ? "：" : ": " }

    /// "Core differences — Long-lived connections", or the row alone when the table has no caption.
    func subject(of cell: TableCellRef) -> String {
        cell.tableTitle.isEmpty ? cell.rowLabel : "\(cell.tableTitle) — \(cell.rowLabel)"
    }

    /// A two-column table pairs a term with its explanation ("Trait | What it means"), so its questions
    /// ask what the term means; a wider one compares its columns (WSGI | ASGI) row by row.
    private func isTermTable(_ cell: TableCellRef) -> Bool {
        cell.columns.count <= 2
    }

    /// "What WSGI gives you: what does “Blocking I/O” mean?", "Core differences — Long-lived connections: ASGI?".
    func cellPrompt(_ cell: TableCellRef) -> String {
        let untitled = cell.tableTitle.isEmpty
        switch (self, isTermTable(cell)) {
        case (.zhHant, true): return (untitled ? "" : cell.tableTitle + colon) + "「\(cell.rowLabel)」是什麼意思？"
        case (.en, true): return untitled
            ? "What does “\(cell.rowLabel)” mean?" : "\(cell.tableTitle): what does “\(cell.rowLabel)” mean?"
        case (.zhHant, false):
            // A space sets a Latin column name ("ASGI 呢") apart from the particle, as Taiwanese typesetting does.
            let gap = cell.column.last.map { $0.isASCII } == true ? " " : ""
            return "\(subject(of: cell))：\(cell.column)\(gap)呢？"
        case (.en, false): return "\(subject(of: cell)): \(cell.column)?"
        }
    }

    /// The cell as a statement, true when `value` is the cell's own value: "What WSGI gives you — Blocking I/O:
    /// <value>", "Core differences — Long-lived connections, ASGI: <value>" (a comma, not parentheses, because
    /// column names often carry their own: "HTTP/2 (per its docs)").
    func cellStatement(_ cell: TableCellRef, value: String) -> String {
        if isTermTable(cell) { return "\(subject(of: cell))\(colon)\(value)" }
        let comma = self == .zhHant ? "，" : ", "
        return "\(subject(of: cell))\(comma)\(cell.column)\(colon)\(value)"
    }

    func whichOnePrompt(_ cell: TableCellRef, mark: CellMark, choices: [String]) -> String {
        let symbol = mark.symbol
        switch self {
        case .zhHant:
            let listed = choices.dropLast().joined(separator: "、") + " 還是 " + (choices.last ?? "")
            return "\(subject(of: cell))：哪一個是 \(symbol)？\(listed)？"
        case .en:
            let listed = choices.dropLast().joined(separator: ", ") + " or " + (choices.last ?? "")
            return "\(subject(of: cell)): which one is \(symbol), \(listed)?"
        }
    }

    func verdictLabel(_ verdict: Verdict) -> String {
        switch (self, verdict) {
        case (.zhHant, .true): "正確"
        case (.zhHant, .false): "錯誤"
        case (.zhHant, .misleading): "誤導"
        case (.zhHant, .depends): "視情況而定"
        case (.en, .true): "True"
        case (.en, .false): "False"
        case (.en, .misleading): "Misleading"
        case (.en, .depends): "It depends"
        }
    }

    /// "Misleading, so false as stated: <reason>".
    func claimExplanation(verdict: Verdict, reason: String?) -> String {
        let label: String
        switch (self, verdict) {
        case (_, .true), (_, .false): label = verdictLabel(verdict)
        case (.zhHant, _): label = "\(verdictLabel(verdict))，因此如此陳述不成立"
        case (.en, _): label = "\(verdictLabel(verdict)), so false as stated"
        }
        guard let reason, !reason.isEmpty else { return label }
        return label + colon + reason
    }

    var correctHeadline: String { self == .zhHant ? "✔ 答對了" : "✔ Correct" }
    var closeHeadline: String { self == .zhHant ? "✔ 接受（有小錯字）" : "✔ Accepted (small typo)" }
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
