/// A session's questions, each made the first time it is looked at: the first question is on screen without
/// waiting for the rest, which are made in the stream's order, so a seed still gives the same questions.
package struct QuizQuestions: RandomAccessCollection {
    /// Shared by copies, so a question is made once however the collection is passed around.
    private final class Made {
        var stream: QuizQuestionStream
        var questions: [QuizQuestion] = []

        init(_ stream: QuizQuestionStream) { self.stream = stream }
    }

    private let made: Made
    package let startIndex = 0
    package let endIndex: Int

    init(_ stream: QuizQuestionStream) {
        made = Made(stream)
        endIndex = stream.count
    }

    package subscript(position: Int) -> QuizQuestion {
        precondition(indices.contains(position), "question \(position) of \(endIndex)")
        while made.questions.count <= position {
            guard let next = made.stream.next() else { preconditionFailure("the stream made fewer than \(endIndex) questions") }
            made.questions.append(next)
        }
        return made.questions[position]
    }
}
