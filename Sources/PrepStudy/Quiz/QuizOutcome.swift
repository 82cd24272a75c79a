import PrepScheduling

/// What came of one question: an answer judged by prep, or a recall the learner graded after the reveal.
package enum QuizOutcome: Sendable, Hashable {
    case answered(AnswerMatch)
    case selfGraded(Rating)

    package var isRight: Bool {
        switch self {
        case .answered(let match): match != .wrong
        case .selfGraded(let rating): rating != .again
        }
    }
}
