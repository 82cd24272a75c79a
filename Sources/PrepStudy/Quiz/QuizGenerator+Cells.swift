import Foundation
import PrepScheduling
import PrepContent

/// Questions about one table cell, asked the way its table is built (``TableShape``): a definition table
/// matches terms and meanings, a table comparing its columns asks which of them a value belongs to, an
/// attribute table offers values of the same column from other rows, and a column that never changes is
/// asked once as a whole.
extension QuizGenerator {
    /// One way to ask about a cell, decided before any random choice so the types can be listed.
    enum CellPlan {
        /// Options from other rows: the term's meaning (definitions) or the row's value (attributes).
        case values(distractors: [String])
        /// The meaning shown, its term to pick among other rows' terms.
        case matchTerm(distractors: [String])
        /// Which column of the row holds the value (subjects), or which row of the column holds the mark (attributes).
        case whichColumn(choices: [String], correctIndex: Int)
        case whichRow(choices: [String], correctIndex: Int)
        /// The column that holds one value in every row, among the table's value columns.
        case constantColumn(choices: [String], correctIndex: Int)
        /// A statement with this wrong value, or the right one.
        case statement(wrong: [String])
    }

    func cellPlans(for entry: TableIndex.Entry, index: TableIndex, language: QuizLanguage) -> [QuizQuestionType: CellPlan] {
        let shape = index.shape(ofTableOf: entry)
        let table = index.entries(inTableOf: entry)
        let cell = entry.cell
        var plans: [QuizQuestionType: CellPlan] = [:]
        if shape.constantColumns.contains(cell.columnIndex) {
            if let (choices, correctIndex) = constantColumnChoices(entry, table: table, shape: shape) {
                plans[.whichOne] = .constantColumn(choices: choices, correctIndex: correctIndex)
            }
            return plans.isEmpty ? markStatementPlan(entry, language: language) : plans
        }
        let answer = language.cellValue(entry.reading)
        let sameColumn = table.filter { $0.key != entry.key && $0.cell.columnIndex == cell.columnIndex && !$0.cell.rowLabel.isEmpty }
        switch shape.kind {
        case .definitions:
            let meanings = fairDistractors(for: answer, reading: entry.reading, among: sameColumn, language: language)
            let terms = fairTerms(for: cell.rowLabel, among: sameColumn.map(\.cell.rowLabel))
            if !terms.isEmpty { plans[.multipleChoice] = .matchTerm(distractors: terms) }
            else if !meanings.isEmpty { plans[.multipleChoice] = .values(distractors: meanings) }
        case .subjects:
            let row = table.filter { $0.cell.rowLabel == cell.rowLabel && $0.cell.columnIndex != cell.columnIndex }
            if let (choices, correctIndex) = whichColumnChoices(entry, row: row, language: language) {
                plans[.whichOne] = .whichColumn(choices: choices, correctIndex: correctIndex)
            }
            let swapped = row.filter { $0.form != entry.form }.map { language.cellValue($0.reading) }
            if !swapped.isEmpty { plans[.trueFalse] = .statement(wrong: swapped) }
        case .attributes:
            let values = fairDistractors(for: answer, reading: entry.reading, among: sameColumn, language: language)
            if !values.isEmpty {
                plans[.multipleChoice] = .values(distractors: values)
                plans[.trueFalse] = .statement(wrong: values)
            }
            if let (choices, correctIndex) = whichRowChoices(entry, column: sameColumn) {
                plans[.whichOne] = .whichRow(choices: choices, correctIndex: correctIndex)
            }
        }
        return plans.isEmpty ? markStatementPlan(entry, language: language) : plans
    }

    /// A bare mark with nothing fairer to ask is a true/false statement against the other marks: typed,
    /// "yes" is a coin toss that recalls nothing, and the quiz must never fall back to asking for it.
    private func markStatementPlan(_ entry: TableIndex.Entry, language: QuizLanguage) -> [QuizQuestionType: CellPlan] {
        guard let mark = entry.reading.mark, entry.reading.note.isEmpty else { return [:] }
        let others: [CellMark] = [.yes, .no, .partial].filter { $0 != mark && (mark == .partial || $0 != .partial) }
        return [.trueFalse: .statement(wrong: others.map(language.markWord))]
    }

    func cellQuestion(
        _ entry: TableIndex.Entry, plan: CellPlan?, index: TableIndex, language: QuizLanguage, using random: inout SplitMix64
    ) -> QuizQuestion.Kind {
        let cell = entry.cell
        let shape = index.shape(ofTableOf: entry)
        let answer = language.cellValue(entry.reading)
        switch plan {
        case .values(let distractors):
            let prompt = shape.kind == .definitions ? language.meaningPrompt(cell) : language.attributePrompt(cell)
            return multipleChoice(prompt: prompt, answer: answer, distractors: distractors, using: &random)
        case .matchTerm(let distractors):
            return multipleChoice(
                prompt: language.matchTermPrompt(cell, meaning: answer), answer: cell.rowLabel, distractors: distractors,
                using: &random
            )
        case .whichColumn(let choices, let correctIndex):
            let prompt = language.whichColumnPrompt(cell, value: entry.reading.mark.map(language.markWord) ?? answer, choices: choices)
            return .whichOne(prompt: prompt, choices: choices, correctIndex: correctIndex)
        case .whichRow(let choices, let correctIndex):
            let prompt = language.whichRowPrompt(cell, mark: entry.reading.mark ?? .yes, choices: choices)
            return .whichOne(prompt: prompt, choices: choices, correctIndex: correctIndex)
        case .constantColumn(let choices, let correctIndex):
            return .whichOne(
                prompt: language.constantColumnPrompt(cell, value: answer, choices: choices), choices: choices,
                correctIndex: correctIndex
            )
        case .statement(let wrong):
            let statement: (String) -> String = shape.constantColumns.contains(cell.columnIndex)
                ? { language.constantColumnStatement(cell, value: $0) } : { language.cellStatement(cell, kind: shape.kind, value: $0) }
            let truth = statement(answer)
            if random.chance(1, in: 2) { return .trueFalse(statement: truth, answer: true, explanation: truth) }
            let value = wrong[random.index(below: wrong.count)]
            return .trueFalse(statement: statement(value), answer: false, explanation: truth)
        case nil:
            if shape.constantColumns.contains(cell.columnIndex) {
                return .recall(prompt: language.constantColumnRecallPrompt(cell), answer: answer, mode: recallMode(forAnswer: answer))
            }
            return .recall(prompt: language.recallPrompt(cell, kind: shape.kind), answer: answer, mode: recallMode(forAnswer: answer))
        }
    }

    private func multipleChoice(
        prompt: String, answer: String, distractors: [String], using random: inout SplitMix64
    ) -> QuizQuestion.Kind {
        var pool = distractors
        random.shuffle(&pool)
        // Nearest in length first, so the answer is not the one long (or short) option.
        let answerWidth = Double(max(1, AnswerText.displayWidth(answer)))
        func distance(_ option: String) -> Int { Int(abs(log2(Double(max(1, AnswerText.displayWidth(option))) / answerWidth)) * 2) }
        pool = pool.enumerated().sorted { (distance($0.element), $0.offset) < (distance($1.element), $1.offset) }.map(\.element)
        var chosen = Array(pool.prefix(options.optionCount - 1))
        while chosen.count > 1, Self.lengthGivesAway(answer, among: chosen) { chosen.removeLast() }
        var choices = [answer] + chosen
        random.shuffle(&choices)
        return .multipleChoice(prompt: prompt, options: choices, correctIndex: choices.firstIndex(of: answer) ?? 0)
    }

    /// The answer is more than twice as long as every other option, or less than half as long.
    static func lengthGivesAway(_ answer: String, among others: [String]) -> Bool {
        guard others.count >= 2 else { return false }
        let width = Double(AnswerText.displayWidth(answer))
        let widths = others.map { Double(AnswerText.displayWidth($0)) }
        return width > 2 * (widths.max() ?? 0) || width * 2 < (widths.min() ?? 0)
    }

    /// Values of other rows that are plainly wrong for this cell and look like it: the same form (a spelled-out
    /// mark, a number or text), each with a mark of its own when marked ("yes: HTTP only" beside "yes" would make
    /// two options right), not one inside the other, and no two saying "nothing". Distinct after normalization.
    func fairDistractors(
        for answer: String, reading: CellReading, among entries: [TableIndex.Entry], language: QuizLanguage
    ) -> [String] {
        let answerForm = TableIndex.form(of: reading)
        guard !AnswerText.normalized(answer).isEmpty else { return [] }
        var seen: Set<String> = [answerForm]
        var sawNothing = reading.meansNothing
        // One option per mark: three "yes: …" beside one "partly" would point at the odd one out.
        var marks: Set<CellMark> = reading.mark.map { [$0] } ?? []
        var values: [String] = []
        for entry in entries {
            let other = entry.reading
            guard !other.isPlaceholder, Self.formClass(other) == Self.formClass(reading),
                  other.mark.map({ !marks.contains($0) }) ?? true,
                  !Self.overlaps(other.note, reading.note) || reading.mark != nil,
                  !(sawNothing && other.meansNothing), seen.insert(entry.form).inserted
            else { continue }
            sawNothing = sawNothing || other.meansNothing
            if let mark = other.mark { marks.insert(mark) }
            values.append(language.cellValue(other))
        }
        return values
    }

    /// Other rows' terms, distinct and none containing the answer's term or contained in it.
    func fairTerms(for term: String, among terms: [String]) -> [String] {
        var seen: Set<String> = [AnswerText.normalized(term)]
        return terms.filter { other in
            let form = AnswerText.normalized(other)
            return !form.isEmpty && !Self.overlaps(other, term) && seen.insert(form).inserted
        }
    }

    private enum FormClass { case mark, number, text }

    private static func formClass(_ reading: CellReading) -> FormClass {
        if reading.mark != nil { return .mark }
        let form = AnswerText.normalized(reading.note)
        return !form.isEmpty && form.allSatisfy { $0.isNumber || $0 == "." } ? .number : .text
    }

    /// One normalized text inside the other ("ASGI" in "ASGI + Channels"): both could be argued right. Not
    /// when the longer only negates the shorter ("Possible", "Not possible"), which makes them opposites.
    private static func overlaps(_ lhs: String, _ rhs: String) -> Bool {
        let (a, b) = (AnswerText.normalized(lhs), AnswerText.normalized(rhs))
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (longer, shorter) = a.count >= b.count ? (a, b) : (b, a)
        guard longer.contains(shorter) else { return false }
        return !negations.contains(longer.replacingOccurrences(of: shorter, with: ""))
    }

    private static let negations: Set<String> = ["not", "no", "non", "un", "in", "im", "不", "非", "無", "无", "沒有", "没有", "不可", "不能"]

    /// The row's value columns when this cell's value (its mark, for a marked cell) is in no other of them
    /// and does not name the answer's own column ("✔ Django ORM" under Django).
    private func whichColumnChoices(
        _ entry: TableIndex.Entry, row: [TableIndex.Entry], language: QuizLanguage
    ) -> (choices: [String], correctIndex: Int)? {
        let key: (TableIndex.Entry) -> String = { other in
            entry.reading.mark == nil ? other.form : other.reading.mark.map(\.rawValue) ?? other.form
        }
        guard !row.isEmpty, !row.contains(where: { key($0) == key(entry) }) else { return nil }
        let shown = entry.reading.mark == nil ? entry.reading.note : ""
        let cells = (row + [entry]).sorted { $0.cell.columnIndex < $1.cell.columnIndex }
        guard !cells.contains(where: { Self.overlaps(shown, $0.cell.column) && !shown.isEmpty }) else { return nil }
        let choices = cells.map(\.cell.column)
        guard Set(choices.map(AnswerText.normalized)).count == choices.count,
              let correctIndex = cells.firstIndex(where: { $0.key == entry.key })
        else { return nil }
        return (choices, correctIndex)
    }

    /// For a yes or no cell of an attribute table: up to two other rows of the column with another mark, so
    /// exactly one row answers "which one says yes under Safe?".
    private func whichRowChoices(_ entry: TableIndex.Entry, column: [TableIndex.Entry]) -> (choices: [String], correctIndex: Int)? {
        guard let mark = entry.reading.mark, mark != .partial else { return nil }
        let others = column.filter { $0.reading.mark != nil && $0.reading.mark != mark }.prefix(2)
        guard !others.isEmpty else { return nil }
        let rows = (others + [entry]).sorted { $0.key < $1.key }
        let choices = rows.map(\.cell.rowLabel)
        guard Set(choices.map(AnswerText.normalized)).count == choices.count,
              let correctIndex = rows.firstIndex(where: { $0.key == entry.key })
        else { return nil }
        return (choices, correctIndex)
    }

    /// The table's value columns of the same form as the constant one (marks beside marks), when it is the
    /// only one holding its value in every row.
    private func constantColumnChoices(
        _ entry: TableIndex.Entry, table: [TableIndex.Entry], shape: TableShape
    ) -> (choices: [String], correctIndex: Int)? {
        let valueColumns = shape.columns.indices.dropFirst().filter { index in
            index == entry.cell.columnIndex - 1
                || table.contains { $0.cell.columnIndex == index + 1 && Self.formClass($0.reading) == Self.formClass(entry.reading) }
        }
        guard valueColumns.count >= 2 else { return nil }
        let sameValueElsewhere = shape.constantColumns.contains { columnIndex in
            columnIndex != entry.cell.columnIndex
                && table.first(where: { $0.cell.columnIndex == columnIndex })?.form == entry.form
        }
        guard !sameValueElsewhere else { return nil }
        // Column indices in cells count from 1 (the row label is column 1); `columns` counts from 0.
        let choices = valueColumns.map { shape.columns[$0] }
        guard Set(choices.map(AnswerText.normalized)).count == choices.count,
              let correctIndex = valueColumns.firstIndex(of: entry.cell.columnIndex - 1)
        else { return nil }
        return (choices, correctIndex)
    }
}
