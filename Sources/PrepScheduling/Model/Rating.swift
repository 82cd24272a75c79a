/// How well the learner recalled a card; the raw value is the G that FSRS uses directly in its formulas.
package enum Rating: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case again = 1
    case hard
    case good
    case easy

    package static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `rawValue` as a Double, for the formulas.
    var grade: Double { Double(rawValue) }
}
