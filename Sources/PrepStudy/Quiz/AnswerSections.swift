import Foundation
import PrepContent
import PrepCore

/// The part of an answer a learner should see when it is revealed. Interview collections write their answers
/// in labelled sections ("答题思路", "答题关键点", "答案示例", "关键点脑图"; "回答思路：", "回答："): advice on how
/// to answer, a summary, the answer itself and a mind map repeating it. Shown as written, the labels are
/// marker words on screen and the answer comes three times; only the answer is kept, without its label.
package enum AnswerSections {
    private enum Role { case advice, summary, answer }

    /// `text` without its advice and repeated summaries and without its answer labels, when it labels an answer;
    /// unchanged otherwise (a back with only "思路" sections has nothing else to show).
    package static func shown(_ text: String) -> String {
        var sections: [(role: Role?, lines: [String])] = [(nil, [])]
        var fence: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingWhitespace()
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
            } else if let (role, rest) = label(trimmed) {
                sections.append((role, rest.isEmpty ? [] : [rest]))
                continue
            }
            sections[sections.count - 1].lines.append(line)
        }
        let hasContent = { (lines: [String]) in lines.contains { !$0.trimmingWhitespace().isEmpty } }
        guard sections.contains(where: { $0.role == .answer && hasContent($0.lines) }) else { return text }
        let kept = sections.filter { $0.role == nil || $0.role == .answer }.map(\.lines).filter(hasContent)
        return kept.map { $0.joined(separator: "\n").trimmingCharacters(in: .newlines) }.joined(separator: "\n\n")
    }

    /// A line that is only a section label ("**答题思路**", "### 答案示例", "回答思路：") or a label and the text
    /// it opens ("回答：原生 CSS…"): its role and that text.
    private static func label(_ line: String) -> (Role, String)? {
        var text = Substring(line)
        while text.first == "#" { text = text.dropFirst() }
        text = text.trimmingPrefix(while: \.isWhitespace)
        let bold = text.hasPrefix("**") ? "**" : text.hasPrefix("__") ? "__" : ""
        text = text.dropFirst(bold.count)
        let end = text.indices.first { ":：".contains(text[$0]) || !bold.isEmpty && text[$0...].hasPrefix(bold) } ?? text.endIndex
        let word = String(text[..<end]).trimmingWhitespace()
        var rest = text[end...]
        // "**回答：**", "**回答**：", "回答：": the colon and the closing bold either way round.
        for _ in 0..<2 {
            if !bold.isEmpty, rest.hasPrefix(bold) { rest = rest.dropFirst(bold.count) }
            if let first = rest.first, ":：".contains(first) { rest = rest.dropFirst() }
        }
        let tail = rest.trimmingWhitespace()
        guard let role = role(of: word) else { return nil }
        // A label standing alone, or opening its text after a colon; "答案是 42" opens no section.
        guard tail.isEmpty || text[end...].contains(where: { ":：".contains($0) }) else { return nil }
        return (role, tail)
    }

    private static func role(of word: String) -> Role? {
        if advice.contains(word) { return .advice }
        if summaries.contains(word) { return .summary }
        if answers.contains(word) || ItemMarker.isAnswerWord(word) { return .answer }
        return nil
    }

    private static let advice: Set<String> = [
        "答题思路", "答題思路", "回答思路", "解题思路", "解題思路", "思路", "关键点脑图", "關鍵點腦圖", "脑图", "腦圖", "思维导图", "思維導圖",
    ]
    private static let summaries: Set<String> = ["答题关键点", "答題關鍵點", "关键点", "關鍵點"]
    private static let answers: Set<String> = ["答案示例", "答案範例", "答案范例", "回答示例", "示例回答"]
}
