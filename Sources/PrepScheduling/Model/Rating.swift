/// How well the learner recalled a card; the raw value is the G that FSRS uses directly in its formulas.
package enum Rating: Int, Sendable, Hashable, Codable, CaseIterable {
    case again = 1
    case hard
    case good
    case easy

    /// `rawValue` as a Double, for the formulas.
    var grade: Double { Double(rawValue) }
}
