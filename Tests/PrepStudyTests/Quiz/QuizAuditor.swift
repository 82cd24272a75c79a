import Foundation
import PrepContent
import PrepCore
@testable import PrepStudy

/// Reads generated questions as a strict examiner would and names each structural defect (issue 10): it knows
/// nothing of how the generator chose, only the cards the questions came from.
struct QuizAuditor {
    enum Defect: String, CaseIterable, Comparable {
        /// Options of different forms: a mark beside sentences, a bare ✅ beside "✅ HTTP only".
        case mixedForm
        /// Two options equal after normalisation, or both meaning "nothing".
        case duplicateOptions
        /// "Table — Row: Column?" or a "…呢？" template instead of a question.
        case breadcrumbPrompt
        /// A true/false statement asserting a bare mark.
        case bareMarkStatement
        /// A misleading or depends claim asked as true/false.
        case verdictAsTrueFalse
        /// A distractor that is not a value of the answer's column in the same table.
        case crossColumnDistractor
        /// A card or a fact asked twice in one session.
        case repeatInSession
        /// The answer is the only option of its length or kind.
        case formGiveaway
        /// A definition table asked as true/false with another row's meaning.
        case swappedDefinition
        /// A typed answer that is only a mark or a yes/no: a coin toss to type, and nothing to recall.
        case typedMark

        static func < (lhs: Defect, rhs: Defect) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Finding {
        var question: QuizQuestion
        var defects: Set<Defect>
    }

    private let cards: [String: QuizCard]
    private let cellsByTable: [String: [TableCellRef]]

    init(pool: [QuizCard]) {
        cards = Dictionary(pool.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        cellsByTable = Dictionary(grouping: pool.compactMap(\.cell), by: \.tableKey)
    }

    /// The defects of each question of one session, in order.
    func audit(session: [QuizQuestion]) -> [Finding] {
        var seenKeys = Set<String>()
        var seenFacts = Set<String>()
        return session.map { question in
            var defects = defects(of: question)
            let card = cards[question.cardKey]
            let fact = card?.cell.map(Self.fact) ?? question.cardKey
            if !seenKeys.insert(question.cardKey).inserted || !seenFacts.insert(fact).inserted {
                defects.insert(.repeatInSession)
            }
            return Finding(question: question, defects: defects)
        }
    }

    func defects(of question: QuizQuestion) -> Set<Defect> {
        guard let card = cards[question.cardKey] else { return [] }
        var defects = Set<Defect>()
        switch question.kind {
        case .multipleChoice(let prompt, let options, let correctIndex):
            defects.formUnion(optionDefects(options, correctIndex: correctIndex))
            if let cell = card.cell {
                if isBreadcrumb(prompt, cell: cell) { defects.insert(.breadcrumbPrompt) }
                if !optionsComeFromTheColumn(options, correctIndex: correctIndex, cell: cell, language: question.language) {
                    defects.insert(.crossColumnDistractor)
                }
            }
        case .whichOne(let prompt, let choices, let correctIndex):
            defects.formUnion(optionDefects(choices, correctIndex: correctIndex))
            if let cell = card.cell {
                if isBreadcrumb(prompt, cell: cell) { defects.insert(.breadcrumbPrompt) }
                let table = cellsByTable[cell.tableKey] ?? []
                let allowed = Set((cell.columns + table.map(\.rowLabel)).map(AnswerText.normalized))
                if !choices.allSatisfy({ allowed.contains(AnswerText.normalized($0)) }) { defects.insert(.crossColumnDistractor) }
            }
        case .trueFalse(let statement, let answer, _):
            if card.kind == .claim, card.verdict == .misleading || card.verdict == .depends {
                defects.insert(.verdictAsTrueFalse)
            }
            if let cell = card.cell {
                if statement.unicodeScalars.contains(where: Self.isMarkScalar) { defects.insert(.bareMarkStatement) }
                if isBreadcrumb(statement, cell: cell) { defects.insert(.breadcrumbPrompt) }
                // Another mark in place of a yes or no is not another row's meaning.
                if cell.columns.count == 2, !answer, cell.reading.mark == nil { defects.insert(.swappedDefinition) }
            }
        case .recall(let prompt, let answer, let mode):
            if let cell = card.cell, isBreadcrumb(prompt, cell: cell) { defects.insert(.breadcrumbPrompt) }
            if mode == .typed, Self.isBareMark(answer) { defects.insert(.typedMark) }
        }
        return defects
    }

    // MARK: Options

    private func optionDefects(_ options: [String], correctIndex: Int) -> Set<Defect> {
        var defects = Set<Defect>()
        let forms = options.map(Self.form)
        if Set(forms).count > 1 { defects.insert(.mixedForm) }
        let normalized = options.map(AnswerText.normalized)
        if Set(normalized).count < options.count || options.count(where: Self.meansNothing) > 1 {
            defects.insert(.duplicateOptions)
        }
        if options.count >= 3, options.indices.contains(correctIndex) {
            let widths = options.map { Double(AnswerText.displayWidth($0)) }
            let answer = widths[correctIndex]
            let others = widths.enumerated().filter { $0.offset != correctIndex }.map(\.element)
            if answer > 2.5 * (others.max() ?? 0) || answer * 2.5 < (others.min() ?? 0) { defects.insert(.formGiveaway) }
            // "partly" among three "yes: …": the answer is the odd one out.
            let leads = options.map(Self.leadingMarkWord)
            let otherLeads = Set(leads.enumerated().filter { $0.offset != correctIndex }.map(\.element))
            if otherLeads.count == 1, otherLeads.first! != nil, leads[correctIndex] != otherLeads.first! {
                defects.insert(.formGiveaway)
            }
            let numeric = options.map(Self.isNumber)
            if numeric.count(where: { $0 }) == 1, numeric[correctIndex] { defects.insert(.formGiveaway) }
        }
        return defects
    }

    /// Every option is a value (as shown, or with its mark spelled out) of the answer's column in its table, or
    /// every option is a row label of the table (a matching question).
    private func optionsComeFromTheColumn(_ options: [String], correctIndex: Int, cell: TableCellRef, language: QuizLanguage) -> Bool {
        let table = cellsByTable[cell.tableKey] ?? []
        let column = table.filter { $0.columnIndex == cell.columnIndex }
        let values = Set(column.flatMap { [$0.displayValue, language.cellValue($0.reading)] }.map(AnswerText.normalized))
        let labels = Set(table.map { AnswerText.normalized($0.rowLabel) })
        let forms = options.map(AnswerText.normalized)
        let verdicts = Set(Verdict.allCases.map { AnswerText.normalized(language.verdictOption($0)) })
        return forms.allSatisfy(values.contains) || forms.allSatisfy(labels.contains) || forms.allSatisfy(verdicts.contains)
    }

    private enum Form: Hashable { case mark, bareMark, text }

    private static func form(_ option: String) -> Form {
        let trimmed = option.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.unicodeScalars.first, isMarkScalar(first) else { return .text }
        let rest = trimmed.unicodeScalars.drop { isMarkScalar($0) || $0.properties.isVariationSelector || $0 == " " }
        return rest.isEmpty ? .bareMark : .mark
    }

    static func isMarkScalar(_ scalar: Unicode.Scalar) -> Bool {
        "✅❌🟡✔✘✓✗⚠❎☑✖⭕🚫🔴🟢".unicodeScalars.contains(scalar)
    }

    /// "✅", "yes", "否", "partly": an answer that is a mark or a yes/no and nothing more.
    static func isBareMark(_ answer: String) -> Bool {
        let trimmed = answer.trimmingCharacters(in: .whitespaces)
        if form(trimmed) == .bareMark { return true }
        return markWords.contains(AnswerText.folded(trimmed).trimmingCharacters(in: .punctuationCharacters))
    }

    private static let markWords: Set<String> = [
        "yes", "no", "y", "n", "partly", "partial", "true", "false", "supported", "unsupported",
        "是", "否", "部分", "對", "錯", "对", "错", "支援", "不支援", "支持", "不支持", "可", "不可",
    ]

    private static let nothingWords: Set<String> = ["none", "na", "nothing", "", "無", "无", "沒有", "没有", "不適用", "不适用", "暫無", "无新增"]

    static func meansNothing(_ option: String) -> Bool {
        let folded = AnswerText.folded(option).trimmingCharacters(in: .whitespaces)
        return nothingWords.contains(AnswerText.normalized(option))
            || folded.hasPrefix("no new ") || folded.hasPrefix("nothing ") || folded.hasPrefix("沒有新") || folded.hasPrefix("无新")
    }

    /// "yes" of "yes: HTTP only", "部分" of "部分：…"; nil for an option that does not open with a mark word.
    private static func leadingMarkWord(_ option: String) -> String? {
        let word = option.prefix { $0 != ":" && $0 != "：" }
        return ["yes", "no", "partly", "是", "否", "部分"].contains(String(word)) ? String(word) : nil
    }

    private static func isNumber(_ option: String) -> Bool {
        let normalized = AnswerText.normalized(option)
        return !normalized.isEmpty && normalized.allSatisfy { $0.isNumber || $0 == "." }
    }

    // MARK: Prompts

    /// "Title — Row: Column?", "Title · Row · Column", "…：欄位呢？", or a prompt that is only the column name.
    private func isBreadcrumb(_ text: String, cell: TableCellRef) -> Bool {
        text.contains(" — ") || text.contains(" · ") || text.contains("呢？")
            || text.hasSuffix(": \(cell.column)?") || text.hasSuffix("：\(cell.column)？")
    }

    /// A cell's fact: what it says about which row and column, whichever table says it.
    static func fact(_ cell: TableCellRef) -> String {
        [cell.rowLabel, cell.column, cell.displayValue].map(AnswerText.normalized).joined(separator: "|")
    }
}
