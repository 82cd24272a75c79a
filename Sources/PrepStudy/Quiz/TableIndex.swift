import PrepContent

/// The table cells of a card pool, grouped by table, in a fixed order so distractors do not depend on
/// the order the caller listed the pool in. Display values and their normalized forms are computed once
/// here, because a session looks them up for every question.
struct TableIndex: Sendable {
    struct Entry: Sendable {
        var key: String
        var lang: String
        var cell: TableCellRef
        var display: String
        var form: String
    }

    private var entriesByTable: [String: [Entry]] = [:]
    /// Every entry, ordered by table key then card key.
    private(set) var allEntries: [Entry] = []

    init(cards: [QuizCard]) {
        var seenKeys = Set<String>()
        for card in cards where card.kind == .cell {
            guard let cell = card.cell, seenKeys.insert(card.key).inserted else { continue }
            let display = cell.displayValue
            let entry = Entry(key: card.key, lang: card.lang, cell: cell, display: display, form: AnswerText.normalized(display))
            entriesByTable[cell.tableKey, default: []].append(entry)
        }
        for key in entriesByTable.keys {
            entriesByTable[key]?.sort { $0.key < $1.key }
        }
        allEntries = entriesByTable.keys.sorted().flatMap { entriesByTable[$0] ?? [] }
    }

    func entries(inTable tableKey: String) -> [Entry] {
        entriesByTable[tableKey] ?? []
    }
}
