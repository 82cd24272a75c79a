import PrepContent

/// The table cells of a card pool, grouped by table, in a fixed order so distractors do not depend on
/// the order the caller listed the pool in.
struct TableIndex: Sendable {
    struct Entry: Sendable {
        var key: String
        var lang: String
        var cell: TableCellRef
    }

    private(set) var entriesByTable: [String: [Entry]] = [:]
    /// Every table key, sorted.
    private(set) var tableKeys: [String] = []

    init(cards: [QuizCard]) {
        var seenKeys = Set<String>()
        for card in cards where card.kind == .cell {
            guard let cell = card.cell, seenKeys.insert(card.key).inserted else { continue }
            entriesByTable[cell.tableKey, default: []].append(Entry(key: card.key, lang: card.lang, cell: cell))
        }
        for key in entriesByTable.keys {
            entriesByTable[key]?.sort { $0.key < $1.key }
        }
        tableKeys = entriesByTable.keys.sorted()
    }

    func entries(inTable tableKey: String) -> [Entry] {
        entriesByTable[tableKey] ?? []
    }
}
