import PrepContent
import PrepCore

/// The options of the cell questions that ask where a value belongs: which column of its row, which subject a
/// verdict picks, which column never changes. Nil when the table cannot make the question fair.
extension QuizGenerator {
    /// The row's value columns when this cell's value (its mark, for a marked cell) is in no other of them
    /// and does not name any of the columns ("✔ Django ORM" under Django).
    func whichColumnChoices(
        _ entry: TableIndex.Entry, row: [TableIndex.Entry], language: QuizLanguage
    ) -> (choices: [String], correctIndex: Int)? {
        let key: (TableIndex.Entry) -> String = { other in
            entry.reading.mark == nil ? other.form : other.reading.mark.map(\.rawValue) ?? other.form
        }
        guard !row.isEmpty, !row.contains(where: { key($0) == key(entry) }) else { return nil }
        // The whole value is shown, its note included: a note naming a column gives it away ("yes: with daphne").
        let shown = entry.reading.note
        let cells = (row + [entry]).sorted { $0.cell.columnIndex < $1.cell.columnIndex }
        guard !cells.contains(where: { Self.overlaps(shown, $0.cell.column) && !shown.isEmpty }) else { return nil }
        let choices = cells.map(\.cell.column)
        guard Set(choices.map(AnswerText.normalized)).count == choices.count,
              let correctIndex = cells.firstIndex(where: { $0.key == entry.key })
        else { return nil }
        return (choices, correctIndex)
    }

    /// The compared subjects (the value columns but the verdicts) and the one the verdict opens with ("ASGI, with
    /// async-native clients"); nil when it names none of them, or more than one ("Redis or Kafka").
    func verdictChoices(_ entry: TableIndex.Entry, shape: TableShape) -> (choices: [String], correctIndex: Int)? {
        // Column indices in cells count from 1 (the row label is column 1); `columns` counts from 0.
        let choices = shape.columns.indices.dropFirst().filter { !shape.verdictColumns.contains($0 + 1) }.map { shape.columns[$0] }
        let verdict = AnswerText.folded(entry.reading.note)
        let named = choices.indices.filter { !choices[$0].isEmpty && verdict.contains(AnswerText.folded(choices[$0])) }
        guard choices.count >= 2, named.count == 1, verdict.hasPrefix(AnswerText.folded(choices[named[0]])) else { return nil }
        return (choices, named[0])
    }

    /// The table's value columns of the same form as the constant one (marks beside marks), when it is the
    /// only one holding its value in every row.
    func constantColumnChoices(
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

    private enum FormClass { case mark, number, text }

    private static func formClass(_ reading: CellReading) -> FormClass {
        if reading.mark != nil { return .mark }
        let form = AnswerText.normalized(reading.note)
        return !form.isEmpty && form.allSatisfy { $0.isNumber || $0 == "." } ? .number : .text
    }
}
