import Foundation
import PrepContent

extension QuizCard {
    /// What the learner has to produce for a recall question. A cloze card's back is the whole sentence, but
    /// the question only hides one deletion: the answer is what fills its `[…]`, short enough to type.
    var recallAnswer: String {
        guard kind == .cloze, let deletion = Self.deletion(front: front, back: back) else { return back }
        return deletion
    }

    /// The text of `back` where `front` shows its one `[…]` (or `[hint]`); nil when the front hides more than
    /// one stretch or does not match the back around it.
    static func deletion(front: String, back: String) -> String? {
        guard let parts = ClozeParts(front: front, back: back), parts.blanks.count == 1 else { return nil }
        let answer = parts.blanks[0].answer.trimmingCharacters(in: .whitespaces)
        return answer.isEmpty ? nil : answer
    }
}
