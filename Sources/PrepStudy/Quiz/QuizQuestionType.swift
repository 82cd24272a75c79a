/// The kind of a question without its content; raw values are stable names for logs and session records.
package enum QuizQuestionType: String, Sendable, Hashable, CaseIterable {
    case multipleChoice = "multiple_choice"
    case whichOne = "which_one"
    case trueFalse = "true_false"
    case recallTyped = "recall_typed"
    case recallSelfGraded = "recall_self_graded"

    /// Answered by picking one of a few offered answers, which is quicker and easier than producing one.
    package var isChoice: Bool {
        switch self {
        case .multipleChoice, .whichOne, .trueFalse: true
        case .recallTyped, .recallSelfGraded: false
        }
    }
}
