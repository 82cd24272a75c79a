import Foundation
import PrepCore

extension AnswerResidue {
    /// A blog post copied whole runs past its last answer into the post's closing: a sign-off ("希望對你有幫助",
    /// "Thanks for reading", "明天見"), a plain label over links ("Resources:", "參考資料：") or an address alone,
    /// where the author cited the page the answer came from and notes on something else may follow. Headings
    /// over links are caught as sections; these are lines of their own, so the answer ends at the first
    /// paragraph that opens such a closing.
    static func withoutClosing(_ text: String) -> String {
        // A closing follows the answer after a blank line; most answers hold no blank line and skip the split.
        guard text.containsBytes("\n\n") || text.containsBytes("\n \n") else { return text }
        let lines = text.components(separatedBy: "\n")
        for index in lines.indices.dropFirst() where lines[index - 1].trimmingWhitespace().isEmpty {
            let rest = lines[index...]
            let paragraphLines = rest.prefix { !$0.trimmingWhitespace().isEmpty }
            let paragraph = paragraphLines.joined(separator: "\n")
            guard isSignOff(paragraph) || isClosingLabel(lines[index], before: rest.dropFirst()) || isBareAddress(paragraph)
                || isTrailingLinkCaption(paragraph, after: lines[..<index], before: rest.dropFirst(paragraphLines.count))
                || isEmptyTrailingHeading(paragraphLines, before: rest.dropFirst(paragraphLines.count))
            else { continue }
            let answer = lines[..<index].joined(separator: "\n").trimmingWhitespaceAndNewlines()
            // Nothing before it is an answer of closing alone, kept as written rather than lost.
            return answer.isEmpty ? text : answer
        }
        return text
    }

    /// A first line that only files the answer under links ("this question is about: [Closures](…), [IIFEs](…)",
    /// "See also: [Scope](…)"): the pages behind the links are gone, and their names answer nothing.
    static func withoutOpeningLinkLabel(_ text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        guard let first = lines.first, let colon = first.firstIndex(where: { $0 == ":" || $0 == "：" }),
              first.distance(from: first.startIndex, to: colon) <= 40, lines.count > 1
        else { return text }
        let links = first[first.index(after: colon)...]
            .replacingOccurrences(of: #"\[[^\]]*\]\([^)\s]+\)"#, with: "", options: .regularExpression)
        guard links.count < first[first.index(after: colon)...].count,
              links.allSatisfy({ $0.isWhitespace || ",，、;；.".contains($0) })
        else { return text }
        return lines.dropFirst().joined(separator: "\n").trimmingWhitespaceAndNewlines()
    }

    /// `https://…` with nothing else on its lines (a list bullet aside): shown, it is an address to copy, not an answer.
    private static func isBareAddress(_ paragraph: String) -> Bool {
        guard paragraph.containsBytes("://") else { return false }
        return paragraph.split(separator: "\n").allSatisfy {
            $0.range(of: #"^\s*(?:[-*+] )?<?https?://\S+>?\s*$"#, options: .regularExpression) != nil
        }
    }

    /// The answer's last paragraph only names pages by links ("[PostCSS site](https://…)", "Full article: [Event
    /// loop](https://…)"), a bullet or a short label aside: on screen the caption is a page the learner cannot
    /// open from a question. Only last: a link between paragraphs may lead into more of the answer. Under a
    /// heading or label ("### Links", "**Resources**", "See:") the links are a section, which the section rules
    /// weigh whole.
    private static func isTrailingLinkCaption(
        _ paragraph: String, after answer: ArraySlice<String>, before rest: ArraySlice<String>
    ) -> Bool {
        guard paragraph.containsBytes("](http"), rest.allSatisfy({ $0.trimmingWhitespace().isEmpty }),
              let previous = answer.last(where: { !$0.trimmingWhitespace().isEmpty })?.trimmingWhitespace(),
              !previous.hasPrefix("#"), !(previous.hasPrefix("**") && previous.hasSuffix("**")),
              !previous.hasSuffix(":"), !previous.hasSuffix("：")
        else { return false }
        return paragraph.split(separator: "\n").allSatisfy {
            $0.range(of: #"^\s*(?:[-*+] )?(?:[^\s:：\[\]]{1,16}\s?[:：]\s*)?\[[^\]]+\]\(https?://[^)\s]+\)\s*$"#, options: .regularExpression) != nil
        }
    }

    /// The answer ends in a heading or a bold label with nothing under it ("**Additional Links**", "### 參考"):
    /// what it headed was left behind by the page, and alone it reads as a sentence cut off.
    private static func isEmptyTrailingHeading(_ paragraph: ArraySlice<String>, before rest: ArraySlice<String>) -> Bool {
        guard paragraph.count == 1, let line = paragraph.first?.trimmingWhitespace(), line.count <= 60,
              rest.allSatisfy({ $0.trimmingWhitespace().isEmpty })
        else { return false }
        return line.range(of: #"^(?:#{1,6}\s+\S.*|\*\*[^*]+\*\*[:：]?|__[^_]+__[:：]?)$"#, options: .regularExpression) != nil
    }

    /// A short paragraph that takes leave of the reader; a long one may say so in passing while it still explains.
    private static func isSignOff(_ paragraph: String) -> Bool {
        guard paragraph.count <= 200 else { return false }
        let folded = paragraph.lowercased()
        return signOffs.contains(where: folded.contains)
    }

    private static let signOffs = [
        "希望對你有幫助", "希望对你有帮助", "希望對大家有幫助", "希望对大家有帮助", "希望能幫助到", "希望能帮助到", "就討論到這裡", "就讨论到这里",
        "明天見", "明天见", "下篇見", "下篇见", "我們下次見", "我们下次见", "感謝閱讀", "感谢阅读", "謝謝閱讀", "谢谢阅读",
        "thanks for reading", "thank you for reading", "hope this helps", "hope you found this", "see you in the next",
        "happy coding", "until next time",
    ]

    /// "Resources:" or "關於這題，推薦兩個學習資源～" on a short line of its own, with links after it: the links
    /// are where the page sends its reader, not part of the answer.
    private static func isClosingLabel(_ line: String, before rest: ArraySlice<String>) -> Bool {
        let label = line.trimmingWhitespace()
        guard label.count <= 40, !label.contains("http") else { return false }
        let folded = label.lowercased()
        let bare = folded.trimmingCharacters(in: CharacterSet(charactersIn: "#*:：～~ "))
        guard englishClosingLabels.contains(bare) || bareChineseClosingLabels.contains(bare) || chineseClosingLabels.contains(where: folded.contains)
        else { return false }
        // Its links come right under it; a link further down belongs to whatever follows.
        return rest.lazy.filter { !$0.trimmingWhitespace().isEmpty }.prefix(3).contains { $0.contains("http") }
    }

    private static let englishClosingLabels: Set = [
        "references", "reference", "resources", "learning resources", "further reading", "useful links", "read more", "see also",
    ]
    /// Words that name a closing only alone: "參考" also opens "參考答案".
    private static let bareChineseClosingLabels: Set = ["参考", "參考", "出处", "出處", "来源", "來源"]
    private static let chineseClosingLabels = [
        "參考資料", "参考资料", "參考連結", "参考链接", "學習資源", "学习资源", "相關資源", "相关资源", "延伸閱讀", "延伸阅读",
        "推薦閱讀", "推荐阅读", "資源：", "资源：", "資源:", "资源:",
    ]
}
