import PrepContent

/// The table cells of a card pool, grouped by table, in a fixed order so distractors do not depend on
/// the order the caller listed the pool in. Readings, normalized forms and each table's shape are computed
/// once here, because a session looks them up for every question.
package struct TableIndex: Sendable {
    struct Entry: Sendable {
        var key: String
        var lang: String
        var cell: TableCellRef
        var reading: CellReading
        /// The normalized reading: a mark and its note, so "✔" and "Yes" are one value.
        var form: String
        /// A mark parsed or among the words ("partly ✓"), read once: whether a cell is asked looks at every
        /// cell of its table.
        var showsMark: Bool

        /// `reading.isPlaceholder`, from the form already normalized.
        var isPlaceholder: Bool { reading.mark == nil && CellReading.isPlaceholder(normalizedNote: form) }
    }

    private var entriesByTable: [String: [Entry]] = [:]
    private var shapes: [String: TableShape] = [:]
    private var entriesByKey: [String: Entry] = [:]
    /// Per table, the value columns of an attribute table that cannot be listed across its rows
    /// (``QuizGenerator/listsColumn(of:in:)``), read once: a session asks it of every cell.
    private var unlistedColumns: [String: Set<Int>] = [:]
    /// Tables whose rows are releases ("3.0", "2003"), found once rather than for each of their cells.
    private var releaseTables: Set<String> = []

    package init(cards: [QuizCard]) {
        for card in cards where card.kind == .cell {
            guard let cell = card.cell, entriesByKey[card.key] == nil else { continue }
            let reading = cell.reading
            let entry = Entry(
                key: card.key, lang: card.lang, cell: cell, reading: reading, form: Self.form(of: reading),
                showsMark: reading.mark != nil || QuizGenerator.holdsMark(reading.note))
            entriesByKey[card.key] = entry
            entriesByTable[Self.tableID(cell.tableKey, card.lang), default: []].append(entry)
        }
        for (id, entries) in entriesByTable {
            let sorted = entries.sorted { $0.key < $1.key }
            entriesByTable[id] = sorted
            let shape = TableShape(entries: sorted)
            shapes[id] = shape
            if sorted.allSatisfy({ QuizGenerator.isVersion($0.cell.rowLabel) }) { releaseTables.insert(id) }
            guard shape.kind == .attributes, shape.columns.count >= 3 else { continue }
            let firstOfColumn = Dictionary(grouping: sorted, by: \.cell.columnIndex).compactMapValues(\.first)
            unlistedColumns[id] = Set(firstOfColumn.filter { !QuizGenerator.listsColumn(of: $0.value, in: sorted) }.keys)
        }
    }

    /// The cells of the card's table in the card's language, the card's own included.
    func entries(inTableOf entry: Entry) -> [Entry] {
        entriesByTable[Self.tableID(entry.cell.tableKey, entry.lang)] ?? []
    }

    func entry(forKey key: String) -> Entry? { entriesByKey[key] }

    func shape(ofTableOf entry: Entry) -> TableShape {
        shapes[Self.tableID(entry.cell.tableKey, entry.lang)] ?? TableShape(entries: [entry])
    }

    /// What a cell card teaches, so a session asks it once: the whole column for a column that never changes,
    /// otherwise row, column and value, whichever table says it (two tables repeating a cell are one fact).
    /// Nil for cards that are not cells.
    package func fact(ofCardKey key: String) -> String? {
        guard let entry = entriesByKey[key] else { return nil }
        let shape = self.shape(ofTableOf: entry)
        if shape.constantColumns.contains(entry.cell.columnIndex) {
            return "column \(entry.lang) \(entry.cell.tableKey) \(entry.cell.columnIndex)"
        }
        // Cells recalled as a comparison ask their whole row (or column): one question for all of them. A row
        // ending in a verdict is one fact (the verdict, or the row it rests on), and so is a row of an attribute
        // table recalled whole because one of its columns cannot be listed across the rows: every value it shows.
        if (shape.kind == .subjects && !shape.verdictColumns.isEmpty) || recallsRow(entry) {
            return "row \(entry.lang) \(entry.cell.tableKey) \(AnswerText.normalized(entry.cell.rowLabel))"
        }
        if entry.reading.mark != nil || QuizGenerator.isOpinion(entry.reading.note) {
            let kind = shape.kind
            if kind == .subjects { return "row \(entry.lang) \(entry.cell.tableKey) \(AnswerText.normalized(entry.cell.rowLabel))" }
            if kind == .attributes { return "column \(entry.lang) \(entry.cell.tableKey) \(entry.cell.columnIndex)" }
        }
        return [entry.lang, AnswerText.normalized(entry.cell.rowLabel), AnswerText.normalized(entry.cell.column), entry.form]
            .joined(separator: "\u{1F}")
    }

    private func recallsRow(_ entry: Entry) -> Bool {
        guard let unlisted = unlistedColumns[Self.tableID(entry.cell.tableKey, entry.lang)], !unlisted.isEmpty else { return false }
        return entries(inTableOf: entry).contains { $0.cell.rowLabel == entry.cell.rowLabel && unlisted.contains($0.cell.columnIndex) }
    }

    /// False for placeholder cells ("—", "N/A"), for a value that repeats its row label, for release history (a value naming a release or a year, a
    /// table whose rows are releases), for a constant column of bare marks ("yes" in every row says
    /// nothing an interviewer asks), and for the cells of a constant column but the one that asks for the whole column.
    package func isAsked(cardKey key: String) -> Bool {
        guard let entry = entriesByKey[key] else { return true }
        if entry.isPlaceholder { return false }
        // Release history ("3.1: async views", "Since 3.0", "2003 (PEP 333)") is trivia an interviewer does not ask.
        if releaseTables.contains(Self.tableID(entry.cell.tableKey, entry.lang)) || QuizGenerator.namesRelease(entry.reading.note) {
            return false
        }
        // A value that repeats its row's label (a mapping where both sides are written alike, "<T>" to "<T>") is
        // its own answer: the question would quote the key.
        if entry.form == AnswerText.normalized(entry.cell.rowLabel) { return false }
        let shape = shape(ofTableOf: entry)
        // A row where nothing is picked and every compared subject holds the same value ("WebSocket: yes, yes")
        // compares nothing; one of bare opinions ("Simple", "More complex") teaches nothing an interviewer asks.
        if shape.kind == .subjects, shape.verdictColumns.isEmpty {
            let row = entries(inTableOf: entry).filter { $0.cell.rowLabel == entry.cell.rowLabel }
            if row.count >= 2, Set(row.map(\.form)).count == 1 || row.allSatisfy({ QuizGenerator.isOpinion($0.reading.note) }) {
                return false
            }
        }
        if recallsMostlyBareMarks(entry, shape: shape) { return false }
        guard shape.constantColumns.contains(entry.cell.columnIndex) else { return true }
        if entry.reading.isMarkOnly { return false }
        return entries(inTableOf: entry).first { $0.cell.columnIndex == entry.cell.columnIndex }?.key == key
    }

    /// The cell is recalled as its row, and most of the row's compared values are bare marks ("✓", "🟡"), or the
    /// row shows a bare mark in a table whose values are mostly marks ("RC — Dirty reads: ✓ · Phantoms: partly ✓"):
    /// what a mark means under a column ("✗" under "Dirty reads": prevented, or not occurring?) rests on a legend
    /// the learner does not see, so the answer would be symbols to match, not a fact. Such a table is asked whole,
    /// when its deck holds it as a card of its own. A one-column table keeps its marks: its header ("Supported")
    /// says what they mean.
    private func recallsMostlyBareMarks(_ entry: Entry, shape: TableShape) -> Bool {
        let table = entries(inTableOf: entry)
        let row: [Entry]
        switch shape.kind {
        case .subjects:
            row = table.filter { $0.cell.rowLabel == entry.cell.rowLabel && !shape.verdictColumns.contains($0.cell.columnIndex) }
        case .attributes where shape.columns.count >= 3 && entry.showsMark:
            row = table.filter { $0.cell.rowLabel == entry.cell.rowLabel }
        default:
            return false
        }
        let values = table.filter { !shape.verdictColumns.contains($0.cell.columnIndex) }
        let marksTable = values.count(where: \.showsMark) * 2 > values.count
        return row.count(where: \.reading.isMarkOnly) * 2 > row.count || marksTable && row.contains(where: Self.isBareMark)
    }

    /// A mark with no words of its own to say what it means: "✓", "partly ✓", "部分✓"; not "✅ Each core busy".
    private static func isBareMark(_ entry: Entry) -> Bool {
        let reading = entry.reading
        if reading.isMarkOnly { return true }
        guard entry.showsMark else { return false }
        let words = reading.note.filter { !QuizGenerator.holdsMark(String($0)) }.split(whereSeparator: \.isWhitespace)
        return words.count <= 1 && (words.first?.count ?? 0) <= 8
    }

    static func form(of reading: CellReading) -> String {
        (reading.mark.map { "\($0.rawValue):" } ?? "") + AnswerText.normalized(reading.note)
    }

    private static func tableID(_ tableKey: String, _ lang: String) -> String { "\(lang) \(tableKey)" }
}

/// How a table's rows and columns relate, read from its header and cells alone, so that questions ask what
/// the table means rather than look a cell up.
struct TableShape: Sendable {
    enum Kind: Sendable, Hashable {
        /// `| Term | What it means |`: one value column explaining each row's term.
        case definitions
        /// `| Aspect | WSGI | ASGI |`: the value columns are the things compared, the rows what they are compared on.
        case subjects
        /// `| Server | Traits | Use it for |`: the rows are things, the columns their attributes.
        case attributes
    }

    var kind: Kind
    /// Value columns holding one value in every row of three or more: one fact, asked once.
    var constantColumns: Set<Int>
    var columns: [String]
    var title: String
    /// Value columns naming another column in every row ("| Pick |" saying WSGI or ASGI): a recommendation
    /// about the compared subjects, never one of them.
    var verdictColumns: Set<Int>

    /// First-column headers naming what the rows compare on, in the languages content is written in.
    private static let aspectWords = [
        "aspect", "feature", "dimension", "criteri", "propert", "characteristic", "comparison", "compare", "category",
        "item", "point", "factor", "consideration", "trait", "attribute", "metric", "area", "scenario", "situation", "use case",
        "情境", "場景", "场景", "情況", "情况",
        "面向", "比較", "項目", "项目", "特性", "特點", "特点", "維度", "维度", "方面", "差異", "差异", "對比", "对比", "指標", "指标", "功能",
    ]

    static let attributeHeaders: Set<String> = [
        "example", "examples", "reason", "reasons", "why", "description", "note", "notes", "cause", "effect", "purpose",
        "usage", "meaning", "explanation", "solution", "fix", "result", "details",
        "示例", "例子", "範例", "范例", "原因", "說明", "说明", "描述", "備註", "备注", "用途", "作用", "含義", "含义", "解釋", "解释",
        "結果", "结果", "解決方法", "解决方法", "解決方案", "解决方案", "影響", "影响", "原理",
    ]

    init(entries: [TableIndex.Entry]) {
        let cell = entries.first?.cell
        columns = cell?.columns ?? []
        title = cell?.tableTitle ?? ""
        kind = Self.kind(columns: columns, title: title)
        // Two columns of marks ("| Feature | Supported |") list things and whether they hold, not terms and meanings.
        let mostlyMarks = entries.count(where: { $0.reading.mark != nil }) * 2 > entries.count
        if kind == .definitions, mostlyMarks { kind = .attributes }
        // Columns of marks under a header of things ("| Protocol | WSGI | ASGI |" with ✅/❌) say whether each
        // column has each row's feature: the columns are what is compared, whatever the first header says.
        // Not when a value column holds no mark at all ("| Level | Dirty reads | Phantom reads | Mechanism |"):
        // a column of prose is an attribute of the rows, so the rows are the things and the marks their values.
        let everyColumnMarked = Dictionary(grouping: entries, by: \.cell.columnIndex).values.allSatisfy { $0.contains { $0.reading.mark != nil } }
        if kind == .attributes, columns.count >= 3, mostlyMarks, everyColumnMarked { kind = .subjects }
        let rowCount = Set(entries.map(\.cell.rowLabel)).count
        var constant = Set<Int>()
        if rowCount >= 3 {
            for (columnIndex, column) in Dictionary(grouping: entries, by: \.cell.columnIndex) where column.count == rowCount {
                if Set(column.map(\.form)).count == 1 { constant.insert(columnIndex) }
            }
        }
        constantColumns = constant
        var verdicts = Set<Int>()
        for (columnIndex, column) in Dictionary(grouping: entries, by: \.cell.columnIndex) {
            let own = Set(column.map(\.cell.column))
            let others = columns.dropFirst().filter { !own.contains($0) }.map(AnswerText.folded).filter { !$0.isEmpty }
            guard !others.isEmpty else { continue }
            if column.allSatisfy({ entry in others.contains { AnswerText.folded(entry.reading.note).hasPrefix($0) } }) {
                verdicts.insert(columnIndex)
            }
        }
        verdictColumns = verdicts
    }

    /// A value column whose cells say what each row's term means: a blank header, or one that names meanings.
    static func holdsMeanings(_ header: String) -> Bool {
        let folded = AnswerText.folded(header)
        return AnswerText.normalized(header).isEmpty || meaningHeaders.contains(where: folded.contains)
    }

    private static let meaningHeaders = [
        "mean", "definition", "description", "explanation", "what it is", "含義", "含义", "意思", "意義", "意义", "定義", "定义",
        "說明", "说明", "解釋", "解释", "描述", "是什麼", "是什么",
    ]

    /// What a table holds, read from its header and caption alone.
    static func kind(columns: [String], title: String) -> Kind {
        let valueColumns = Array(columns.dropFirst())
        if valueColumns.count <= 1 { return .definitions }
        return comparesColumns(firstHeader: columns.first ?? "", valueColumns: valueColumns, title: title) ? .subjects : .attributes
    }

    /// Columns are the compared subjects when the first header is blank or names an aspect ("Feature",
    /// "面向"), or when the caption names two of the columns ("Uvicorn or Daphne", "WSGI vs ASGI").
    private static func comparesColumns(firstHeader: String, valueColumns: [String], title: String) -> Bool {
        // "| 场景 | 示例 | 原因 |": a column named as what a row has (its example, its reason) is an attribute, never
        // a subject to pick ("哪一個是「无法前缀匹配」：示例還是原因？" is a lookup).
        if valueColumns.contains(where: { attributeHeaders.contains(AnswerText.normalized($0)) }) { return false }
        let header = AnswerText.folded(firstHeader)
        if AnswerText.normalized(firstHeader).isEmpty || aspectWords.contains(where: { AnswerText.contains(header, $0) }) { return true }
        let caption = AnswerText.folded(title)
        return valueColumns.count(where: { !$0.isEmpty && AnswerText.contains(caption, AnswerText.folded($0)) }) >= 2
    }
}
