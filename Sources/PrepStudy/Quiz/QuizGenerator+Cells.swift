import PrepScheduling
import PrepContent

/// Questions about one comparison-table cell.
extension QuizGenerator {
    func cellQuestionTypes(_ card: QuizCard, cell: TableCellRef, index: TableIndex) -> [QuizQuestionType] {
        var types: [QuizQuestionType] = []
        if distractorTiers(for: card, cell: cell, index: index, wanted: 1).contains(where: { !$0.isEmpty }) {
            types += [.multipleChoice, .trueFalse]
        }
        if whichOneChoices(for: card, cell: cell, index: index) != nil {
            types.append(.whichOne)
        }
        return types
    }

    func cellQuestion(
        _ card: QuizCard, cell: TableCellRef, type: QuizQuestionType, language: QuizLanguage, index: TableIndex,
        using random: inout SplitMix64
    ) -> QuizQuestion.Kind {
        let answer = cell.displayValue
        switch type {
        case .multipleChoice:
            var distractors: [String] = []
            let tiers = distractorTiers(
                for: card, cell: cell, index: index, wanted: options.optionCount - 1, offset: randomOffset(index, &random)
            )
            for tier in tiers {
                var shuffled = tier
                random.shuffle(&shuffled)
                distractors += shuffled.prefix(options.optionCount - 1 - distractors.count)
            }
            var choices = [answer] + distractors
            random.shuffle(&choices)
            return .multipleChoice(
                prompt: language.cellPrompt(cell), options: choices, correctIndex: choices.firstIndex(of: answer) ?? 0
            )
        case .whichOne:
            if let (choices, correctIndex) = whichOneChoices(for: card, cell: cell, index: index), let mark = cell.mark {
                let prompt = language.whichOnePrompt(cell, mark: mark, choices: choices)
                return .whichOne(prompt: prompt, choices: choices, correctIndex: correctIndex)
            }
        case .trueFalse:
            let tiers = distractorTiers(for: card, cell: cell, index: index, wanted: 1, offset: randomOffset(index, &random))
            // A wrong value from the same column is the plausible one; other tables only when it has none.
            let wrongValues = tiers[0].isEmpty ? tiers.flatMap { $0 } : tiers[0]
            let explanation = language.cellStatement(cell, value: answer)
            if wrongValues.isEmpty || random.chance(1, in: 2) {
                return .trueFalse(statement: explanation, answer: true, explanation: explanation)
            }
            let wrong = wrongValues[random.index(below: wrongValues.count)]
            return .trueFalse(statement: language.cellStatement(cell, value: wrong), answer: false, explanation: explanation)
        case .recallTyped, .recallSelfGraded:
            break
        }
        return .recall(prompt: language.cellPrompt(cell), answer: answer, mode: recallMode(forAnswer: answer))
    }

    /// Wrong values for a cell, best first: the same column of the same table, then its other columns,
    /// then cells of other tables that are marked (✅ ❌ 🟡) or unmarked alike. No two values of all tiers,
    /// nor any value and the answer, are equal after normalization. A marked cell's wrong values carry
    /// another mark and come from other rows: "✅ HTTP only" beside "✅" would make two options true.
    ///
    /// Other tables are only searched for as many values as the first two tiers lack of `wanted`, scanning
    /// the whole pool from `offset` round to where it started, so a large pool costs little per question.
    func distractorTiers(
        for card: QuizCard, cell: TableCellRef, index: TableIndex, wanted: Int, offset: Int = 0
    ) -> [[String]] {
        let answerForm = AnswerText.normalized(cell.displayValue)
        guard !answerForm.isEmpty else { return [[], [], []] }
        var seen: Set<String> = [answerForm]
        func distinct(_ entries: [TableIndex.Entry]) -> [String] {
            entries.compactMap { !$0.form.isEmpty && seen.insert($0.form).inserted ? $0.display : nil }
        }
        func plausiblyWrong(_ entry: TableIndex.Entry) -> Bool {
            cell.mark == nil || (entry.cell.mark != cell.mark && entry.cell.rowLabel != cell.rowLabel)
        }
        let sameTable = index.entries(inTable: cell.tableKey).filter {
            $0.key != card.key && $0.lang == card.lang && plausiblyWrong($0)
        }
        let sameColumn = distinct(sameTable.filter { $0.cell.columnIndex == cell.columnIndex })
        let otherColumns = distinct(sameTable.filter { $0.cell.columnIndex != cell.columnIndex })
        var otherTables: [String] = []
        let all = index.allEntries
        var step = 0
        while otherTables.count < wanted - sameColumn.count - otherColumns.count, step < all.count {
            let entry = all[(offset + step) % all.count]
            step += 1
            guard entry.cell.tableKey != cell.tableKey, entry.lang == card.lang,
                  (entry.cell.mark == nil) == (cell.mark == nil), plausiblyWrong(entry)
            else { continue }
            otherTables += distinct([entry])
        }
        return [sameColumn, otherColumns, otherTables]
    }

    /// The columns of the cell's row that are ✅ or ❌, in table order, when the cell's own mark is the only
    /// one of its kind among them, so exactly one column answers "which one is ✅?".
    func whichOneChoices(for card: QuizCard, cell: TableCellRef, index: TableIndex) -> (choices: [String], correctIndex: Int)? {
        guard let mark = cell.mark, mark != .partial else { return nil }
        var rowByColumn: [Int: TableCellRef] = [cell.columnIndex: cell]
        for entry in index.entries(inTable: cell.tableKey)
        where entry.key != card.key && entry.lang == card.lang && entry.cell.rowLabel == cell.rowLabel {
            if let entryMark = entry.cell.mark, entryMark != .partial, rowByColumn[entry.cell.columnIndex] == nil {
                rowByColumn[entry.cell.columnIndex] = entry.cell
            }
        }
        let row = rowByColumn.keys.sorted().compactMap { rowByColumn[$0] }
        guard row.count >= 2, row.count(where: { $0.mark == mark }) == 1,
              let correctIndex = row.firstIndex(where: { $0.columnIndex == cell.columnIndex })
        else { return nil }
        return (row.map(\.column), correctIndex)
    }

    private func randomOffset(_ index: TableIndex, _ random: inout SplitMix64) -> Int {
        index.allEntries.isEmpty ? 0 : random.index(below: index.allEntries.count)
    }
}
