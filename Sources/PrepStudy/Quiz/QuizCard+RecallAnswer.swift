import Foundation
import PrepContent
import PrepCore

extension QuizCard {
    /// What the learner has to produce for a recall question. A cloze card's back is the whole sentence, but
    /// the question only hides one deletion: the answer is what fills its blank, short enough to type. A cloze
    /// with more than one blank, or an empty one, is answered by its back.
    var recallAnswer: String {
        guard let cloze, cloze.blanks.count == 1 else { return back }
        let answer = cloze.blanks[0].answer.trimmingWhitespace()
        return answer.isEmpty ? back : answer
    }
}
