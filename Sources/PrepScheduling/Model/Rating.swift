/// How well the learner recalled a card; the raw value is the G that FSRS uses directly in its formulas.
package enum Rating: Int, Sendable, Hashable, Codable, CaseIterable {
    case again = 1
    case hard
    case good
    case easy

    /// `rawValue` as a Double, for the formulas.
    var grade: Double { Double(rawValue) }

    /// The passing grade just below this one (Hard below Good, Good below Easy); nil for Again and Hard.
    package var lowerPassingGrade: Rating? {
        switch self {
        case .good: .hard
        case .easy: .good
        case .again, .hard: nil
        }
    }
}
