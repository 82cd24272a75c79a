import Foundation

/// How a card's front reads, for the quiz to word its prompt: a question or an exam task, or a topic alone.
package enum FrontForm {
    /// A front whose first paragraph is a few words on one line that neither ask (no question mark), read as a
    /// question or an exam task ("How…", "Explain…", "說明…", "…的区别", "Give…", "给我…"), address the learner
    /// ("you", "你") nor end a sentence: a topic such as "css 選擇器的權重", which a recall prompt must ask to be
    /// explained.
    package static func namesATopic(_ front: String) -> Bool {
        let firstParagraph = front.components(separatedBy: "\n\n").first ?? front
        let text = QuestionText.clean(firstParagraph)
        // A long line that does not ask is a task or a statement, not a topic.
        guard !text.isEmpty, text.count <= 80, !text.contains("\n"), let last = text.last, !".。!！:：".contains(last) else { return false }
        let folded = text.lowercased()
        let words = folded.split { !$0.isLetter }
        if words.contains(where: { ["you", "your", "we", "us"].contains($0) }) || ["你", "您", "我"].contains(where: text.contains) { return false }
        if let first = words.first, englishInstructions.contains(String(first)) { return false }
        if chineseInstructions.contains(where: text.hasPrefix) { return false }
        return QuestionCandidate.Form(of: text, isHeading: true) == .plain
    }

    /// Instructions the recogniser need not know, since their items are found by their answers, but which are no topics.
    private static let englishInstructions: Set = ["give", "tell", "show", "provide", "discuss", "outline", "summarize", "summarise", "state", "find", "fix", "solve"]
    private static let chineseInstructions = ["举", "舉", "列出", "写", "寫", "画", "畫", "试", "試", "讲", "講", "找出", "修改", "修正"]
}
