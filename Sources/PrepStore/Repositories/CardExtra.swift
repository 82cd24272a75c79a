import PrepContent

/// The card fields that live in the `extra` JSON column, so new ones need no schema change.
struct CardExtra: Codable, Equatable {
    var verdictReason: String?
    var cell: TableCellRef?
    /// Other accepted typed answers (`also:`); absent when there are none.
    var also: [String]?
    var cloze: ClozeParts?

    var isEmpty: Bool { verdictReason == nil && cell == nil && also == nil && cloze == nil }
}
