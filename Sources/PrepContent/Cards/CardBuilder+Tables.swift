/// A pipe table as found in the text, before its rows are checked and its cells become cards.
struct TableSource {
    struct Row {
        var text: String
        var line: Int
        /// Where the row's first `|` sits, so a bad row is pointed at exactly.
        var column: Int
    }

    var header: [String]
    var line: Int
    var rows: [Row]
    var section: String
    var sectionPath: [String]
    var caption: String
    var annotations = Annotations()
}

extension CardBuilder {
    /// Checks the rows, then adds one card per non-empty cell of columns 2…n; the cells of a row are siblings.
    /// A table with a question and an answer column gives one recall card per row instead.
    mutating func addTable(_ source: TableSource) -> ComparisonTable {
        var source = source
        // `| **Django** (full stack) |`: emphasis in a header names a column no differently.
        source.header = source.header.map(PipeTableSyntax.withoutEmphasis)
        let id = claimID(of: source.annotations)
        let identity = ([source.caption] + source.header).joined(separator: "\u{1F}")
        let tableKey = key(anchor(id: id, kind: "table", sectionPath: source.sectionPath, text: identity))
        var rows: [[String]] = []
        // A table of contents (`| 1 | [What is X?](#what-is-x) |`) points at the questions; it is no content.
        let isNavigation = PipeTableSyntax.isNavigation(source.rows.map { PipeTableSyntax.cells($0.text) })
        for row in source.rows {
            var cells = PipeTableSyntax.cells(row.text)
            guard cells.count == source.header.count else {
                report(
                    ContentDiagnostic(
                        .error, at: location(line: row.line, column: row.column),
                        .tableRowCells(cells: cells.count, headerCells: source.header.count)))
                continue
            }
            if let columns = PipeTableSyntax.questionAnswerColumns(source.header) {
                rows.append(cells)
                addTableQuestion(cells[columns.question], answer: cells[columns.answer], source: source, row: row)
                continue
            }
            let (label, pin) = PipeTableSyntax.rowPin(PipeTableSyntax.withoutEmphasis(cells[0]))
            cells[0] = label
            rows.append(cells)
            if isNavigation { continue }
            let rowID = pin ?? "row-\(ContentHash.hex(label.whitespaceNormalized))"
            for index in cells.indices.dropFirst() {
                let value = cells[index]
                let columnIndex = index + 1
                // `-` is how comparison tables write "nothing here"; a card asking for it teaches nothing.
                guard !value.isEmpty, value != "-" else { continue }
                let column = source.header[index]
                let cell = TableCellRef(
                    tableKey: tableKey, tableTitle: source.caption, columns: source.header, rowLabel: label,
                    column: column, columnIndex: columnIndex, value: value, mark: PipeTableSyntax.mark(of: value))
                add(
                    CardDraft(
                        key: "\(tableKey)/\(rowID)/c\(columnIndex)", kind: .cell,
                        front: Self.cellFront(source, rowLabel: label, column: column),
                        back: value, source: location(line: row.line, column: row.column),
                        check: source.annotations.check, verdict: source.annotations.verdict,
                        verdictReason: source.annotations.verdictReason, tags: source.annotations.tags,
                        siblingGroup: "\(tableKey)/\(rowID)", cell: cell))
            }
        }
        return ComparisonTable(
            key: tableKey, section: source.section, title: source.caption, columns: source.header, rows: rows,
            line: source.line)
    }

    /// Headers that name the two compared things: `| | var | let |` or `| Feature | WSGI | ASGI |`.
    static let comparisonCorners: Set<String> = ["", "feature", "features"]

    /// `var vs let — scope: var?` for a two-sided comparison, else `<caption> · <row> · <column>`.
    static func cellFront(_ source: TableSource, rowLabel: String, column: String) -> String {
        let header = source.header
        if header.count == 3, comparisonCorners.contains(header[0].lowercased()), !header[1].isEmpty, !header[2].isEmpty {
            return "\(header[1]) vs \(header[2]) — \(rowLabel): \(column)?"
        }
        return [source.caption, rowLabel, column].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// A row of a `| # | Question | Answer |` table: a recall card keyed like any other question.
    private mutating func addTableQuestion(_ question: String, answer: String, source: TableSource, row: TableSource.Row) {
        guard !question.isEmpty, !answer.isEmpty else {
            report(ContentDiagnostic(.error, at: location(line: row.line, column: row.column), .questionHasNoAnswer))
            return
        }
        addQuestion(question, answer: answer, sectionPath: source.sectionPath, annotations: Annotations(), line: row.line)
    }
}

extension QAItem {
    /// The questions of a question-and-answer table, one per row that has both, each at its row's line
    /// (`rowLines`, one per row of the table).
    static func rows(of table: ComparisonTable, rowLines: [Int]) -> [QAItem] {
        guard let columns = PipeTableSyntax.questionAnswerColumns(table.columns) else { return [] }
        return zip(table.rows, rowLines).compactMap { row, line in
            let (question, answer) = (row[columns.question], row[columns.answer])
            guard !question.isEmpty, !answer.isEmpty else { return nil }
            let number = columns.question > 0 && row[0].allSatisfy(\.isASCIIDigit) && !row[0].isEmpty ? row[0] : nil
            return QAItem(number: number, question: question, answer: answer, line: line)
        }
    }
}
