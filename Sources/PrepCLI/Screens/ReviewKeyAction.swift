import PrepStudy

/// A key a review session offers besides its own (for example `c`, run the card's check): the hint shown
/// in the footer and what it prints under the card.
struct ReviewKeyAction {
    var key: Character
    /// Shown among the key hints, e.g. "c check".
    var hint: String
    /// Whether the card offers this key at all (a check key only on cards with a check).
    var applies: (StudyCard) -> Bool = { _ in true }
    /// Lines to show under the card.
    var perform: (StudyCard) throws -> [String]
}
