import Foundation

/// Whether a heading, summary or bold line asks a question, and its text cleaned of layout: numbering,
/// bold, links and anchors belong to the document's layout, not to the question.
enum QuestionText {
    /// First words of exam questions that are written without a question mark (`Explain the GIL`).
    static let englishOpeners: Set<String> = [
        "what", "what's", "why", "how", "when", "which", "who", "where", "is", "are", "can", "could", "does", "do",
        "did", "should", "would", "will", "explain", "describe", "define", "compare", "list", "name",
        "difference", "differences", "differentiate", "distinguish",
    ]
    static let nounOpeners: Set<String> = ["list", "name"]
    /// Chinese words that make a phrase ask, wherever they stand (`中间件的作用是什么`, `如何设置超时`).
    static let chineseAskingWords = [
        "什么", "什麼", "为什么", "為什麼", "如何", "怎么", "怎麼", "怎样", "怎樣", "哪些", "哪个", "哪個", "是否", "吗", "嗎",
    ]
    /// Chinese imperatives of the exam kind, at the start of the phrase.
    static let chineseOpeners = [
        "请说明", "請說明", "请解释", "請解釋", "请简述", "請簡述", "请描述", "請描述", "请列举", "請列舉", "谈谈", "談談",
        "简述", "簡述", "说说", "說說", "说明", "說明", "解释", "解釋", "比较", "比較", "列举", "列舉", "介绍", "介紹",
    ]
    /// Chinese endings that ask for a comparison or an understanding (`…的区别`, `对…的理解`).
    static let chineseEndings = ["的区别", "的區別", "的差异", "的差異", "的不同", "的理解", "区别", "區別", "差異", "差异"]

    /// Ends in `?` or `？`, the one sign every language agrees on.
    static func endsInQuestionMark(_ text: String) -> Bool {
        let trimmed = text.trimmed
        return trimmed.hasSuffix("?") || trimmed.hasSuffix("？")
    }

    /// Starts like an exam question (an interrogative or an imperative), question mark or not.
    static func soundsLikeQuestion(_ text: String) -> Bool {
        let trimmed = text.trimmed
        if endsInQuestionMark(trimmed) { return true }
        let firstWord = trimmed.prefix(while: { $0.isLetter || $0 == "'" || $0 == "’" }).lowercased()
            .replacingOccurrences(of: "’", with: "'")
        if englishOpeners.contains(firstWord) {
            // "List" and "Name" are nouns too: `List Comprehension` is a topic, `List the hooks` an instruction.
            guard nounOpeners.contains(firstWord) else { return true }
            let next = trimmed.dropFirst(firstWord.count).trimmed.first
            return next.map { !$0.isUppercase } ?? false
        }
        if chineseOpeners.contains(where: { trimmed.hasPrefix($0) }) { return true }
        if chineseAskingWords.contains(where: { trimmed.contains($0) }) { return true }
        return chineseEndings.contains(where: { trimmed.hasSuffix($0) })
            || (trimmed.hasPrefix("对") || trimmed.hasPrefix("對")) && trimmed.hasSuffix("理解")
    }

    /// `**[1. What is X?](#what-is-x)**` → `1. What is X?`: emphasis, links, inline HTML and anchors removed.
    static func clean(_ text: some StringProtocol) -> String {
        var result = String(text).trimmed
        // A trailing explicit anchor, `{#what-is-x}`, and a closing link to the table of contents.
        if result.hasSuffix("}"), let open = result.range(of: "{#", options: .backwards) {
            result = String(result[..<open.lowerBound]).trimmed
        }
        result = MarkdownSyntax.unlinked(result)
        result = MarkdownSyntax.withoutTags(result)
        for mark in ["**", "__"] where result.hasPrefix(mark) && result.hasSuffix(mark) && result.count > 4 {
            result = String(result.dropFirst(2).dropLast(2)).trimmed
        }
        return result
    }

    /// A line that opens a question of its own: a marker (`Q2:`, `問:`) or a whole bold line that asks.
    static func opensQuestion(_ line: some StringProtocol) -> Bool {
        let trimmed = line.trimmed
        if ItemMarker.opensQuestion(trimmed) { return true }
        return trimmed.hasPrefix("**") && trimmed.hasSuffix("**") && endsInQuestionMark(clean(trimmed))
    }
}
