/// How a typed answer compares with the expected one.
package enum AnswerMatch: String, Sendable, Hashable, CaseIterable, Comparable {
    case wrong
    /// Accepted with a small typo, or as a sentence that contains every key word of the answer.
    case close
    case exact

    package static func < (lhs: AnswerMatch, rhs: AnswerMatch) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .wrong: 0
        case .close: 1
        case .exact: 2
        }
    }
}
