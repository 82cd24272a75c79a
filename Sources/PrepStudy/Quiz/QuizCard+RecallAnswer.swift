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
        let front = Array(front), back = Array(back)
        var prefix = 0
        while prefix < front.count, prefix < back.count, front[prefix] == back[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < front.count - prefix, suffix < back.count - prefix,
              front[front.count - 1 - suffix] == back[back.count - 1 - suffix] {
            suffix += 1
        }
        let hidden = front[prefix..<(front.count - suffix)]
        let answer = String(back[prefix..<(back.count - suffix)]).trimmingCharacters(in: .whitespaces)
        guard hidden.first == "[", hidden.last == "]", hidden.dropFirst().dropLast().allSatisfy({ $0 != "[" && $0 != "]" }),
              !answer.isEmpty
        else { return nil }
        return answer
    }
}
