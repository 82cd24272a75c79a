/// The FSRS rating a quiz answer earns; raw values are FSRS's 1…4.
package enum QuizRating: Int, Sendable, Hashable, CaseIterable, Comparable {
    case again = 1
    case hard
    case good
    case easy

    package static func < (lhs: QuizRating, rhs: QuizRating) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
