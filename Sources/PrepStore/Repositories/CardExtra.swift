import PrepContent

/// The card fields that live in the `extra` JSON column, so new ones need no schema change.
struct CardExtra: Codable, Equatable {
    var verdictReason: String?
    var cell: TableCellRef?

    var isEmpty: Bool { verdictReason == nil && cell == nil }
}
