import Foundation
import PrepCore

/// What a web copy leaves in an answer that teaches nothing once the pages behind it are gone, taken out before
/// the answer becomes a back: the reference numbers a page links after a sentence ("…are equal[1](…)[2](…)."),
/// which would read as digits glued to the last word; a section that only lists links ("Further reading" over a
/// list of links); an image on a line of its own, which a terminal shows as its file's alt text, with a short
/// line before it that only points at it ("see the figure:"); a mind-map section, which redraws the answer
/// above it as a tree; an "Answer:" label opening the back, which the screen already says; and the indentation
/// of an answer written under its question, which would show it as code.
enum AnswerResidue {
    /// The button a chat or blog page prints over a code block ("CopyEdit", "Copy code"), copied into a question
    /// or answer together with the language label above it ("java"): neither is part of the card.
    static func withoutCopyButtons(_ text: String) -> String {
        guard mayHoldACopyButton(text) else { return text }
        var lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            guard copyButtons.contains(lines[index].trimmingWhitespace().lowercased()) else {
                index += 1
                continue
            }
            lines.remove(at: index)
            var label = index - 1
            while label >= 0, lines[label].trimmingWhitespace().isEmpty { label -= 1 }
            if label >= 0, isLanguageLabel(lines[label]) {
                lines.removeSubrange(label..<index)
                index = label
            }
            // One blank line where the button and its label stood.
            while index > 0, index < lines.count, lines[index].trimmingWhitespace().isEmpty,
                  lines[index - 1].trimmingWhitespace().isEmpty {
                lines.remove(at: index)
            }
        }
        return lines.joined(separator: "\n")
    }

    private static let copyButtons = ["copyedit", "copy code", "复制代码", "複製程式碼", "複製代碼"]

    /// "copy" in any case, or a Chinese copy label: most answers have neither, and a localized search of every
    /// answer for every button was the largest part of importing the bundled deck.
    private static func mayHoldACopyButton(_ text: String) -> Bool {
        text.containsBytes("copy", ignoringASCIICase: true) || ["复制", "複製"].contains { text.containsBytes($0) }
    }

    /// A lone lowercase word such as "java", "python" or "bash".
    private static func isLanguageLabel(_ line: String) -> Bool {
        let word = line.trimmingWhitespace()
        return !word.isEmpty && word.count <= 12 && word == word.lowercased() && word.allSatisfy { $0.isLetter || "+#-".contains($0) }
    }

    static func removed(from answer: String) -> String {
        var text = withoutClosing(withoutOpeningLabel(dedentedProse(htmlParagraphsAsText(htmlTablesAsMarkdown(htmlListsAsMarkdown(codeParagraphsFenced(numberedCodeFenced(answer))))))))
        guard text.containsBytes("](") || text.containsBytes("#") || text.containsBytes("://") else { return text }
        text = text.replacingOccurrences(of: #"\[\d{1,3}\]\([^)\s]+\)"#, with: "", options: .regularExpression)
        let tidied = withoutOpeningLinkLabel(withoutLoneImages(withoutResidueSections(text)))
        // An answer that was nothing but residue stays as written: an empty back would lose the card.
        return tidied.trimmingWhitespaceAndNewlines().isEmpty ? answer : tidied
    }

    /// An answer whose every line is indented four spaces or more (written under a numbered question) would show
    /// as a code block; when it reads as prose (sentences, no braces or semicolons) its lines lose the indentation.
    private static func dedentedProse(_ text: String) -> String {
        // Most answers do not open indented; splitting every answer into lines first was a tenth of an import.
        guard text.drop(while: \.isNewline).hasPrefix("    ") else { return text }
        let lines = text.components(separatedBy: "\n")
        let written = lines.filter { !$0.trimmingWhitespace().isEmpty }
        guard !written.isEmpty, written.allSatisfy({ $0.hasPrefix("    ") }),
              !text.contains("```"), !written.contains(where: { $0.contains(where: { "{};".contains($0) }) }),
              written.contains(where: { $0.trimmingWhitespace().hasSuffix(".") || $0.hasSuffix("。") })
        else { return text }
        let indent = written.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
            .trimmingWhitespaceAndNewlines()
    }

    /// "**Answer:**" or "> 答案：" on the first line, alone or before the answer's first words.
    private static func withoutOpeningLabel(_ text: String) -> String {
        // A pattern compiled for every answer was a tenth of an import; most answers open with no label word.
        let opening = text.drop { $0.isWhitespace || $0 == ">" || $0 == "*" }
        let word = opening.prefix(6).lowercased() == "answer" ? 6 : ["答案", "解答", "參考答案", "参考答案"].first(where: opening.hasPrefix)?.count
        guard let word, let mark = opening.dropFirst(word).first(where: { !$0.isWhitespace }), mark == ":" || mark == "："
        else { return text }
        let label = #"^\s*(?:>\s*)?\**\s*(?:answer|答案|解答|參考答案|参考答案)\s*[:：]\s*\**[ \t]*"#
        guard let range = text.range(of: label, options: [.regularExpression, .caseInsensitive]) else { return text }
        let rest = text[range.upperBound...]
        // A label alone on its line, or one followed by the answer on the same line.
        return String(rest.first?.isNewline == true ? rest.dropFirst() : rest)
    }

    private static func withoutLoneImages(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            guard isOnlyImage(lines[index].trimmingWhitespace()) else {
                index += 1
                continue
            }
            lines.remove(at: index)
            var previous = index - 1
            while previous >= 0, lines[previous].trimmingWhitespace().isEmpty { previous -= 1 }
            if previous >= 0, pointsAtAFigure(lines[previous]) {
                lines.removeSubrange(previous..<index)
                index = previous
            }
        }
        while lines.last?.trimmingWhitespace().isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `![Easy](badges/simple%20(2).svg)`: an image, or several, and nothing else; a link may hold parentheses.
    static func isOnlyImage(_ line: String) -> Bool {
        line.range(of: #"^(?:!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)\s*)+$"#, options: .regularExpression) != nil
    }

    private static func pointsAtAFigure(_ line: String) -> Bool {
        let folded = line.lowercased()
        return line.count <= 40 && ["圖", "图", "figure", "diagram", "image", "picture", "below"].contains { folded.contains($0) }
    }

    /// Drops each heading whose section, up to the next heading, holds links and nothing else, or redraws the
    /// answer as a mind map.
    private static func withoutResidueSections(_ text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        var kept: [String] = []
        var index = 0
        while index < lines.count {
            guard isHeading(lines[index]) else {
                kept.append(lines[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < lines.count, !isHeading(lines[end]) { end += 1 }
            let body = lines[(index + 1)..<end].map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            let residue = !body.isEmpty && body.allSatisfy(isOnlyLink) || isMindMap(lines[index])
            if !residue { kept += lines[index..<end] }
            index = end
        }
        while kept.last?.trimmingWhitespace().isEmpty == true { kept.removeLast() }
        return kept.joined(separator: "\n")
    }

    private static func isMindMap(_ heading: String) -> Bool {
        let folded = heading.lowercased()
        return ["脑图", "腦圖", "思维导图", "思維導圖", "mind map", "mindmap"].contains { folded.contains($0) }
    }

    /// A markdown heading, or the bold line the outline makes of a heading inside an answer.
    private static func isHeading(_ line: String) -> Bool {
        line.range(of: #"^(?:#{1,6} \S|\*\*[^*\n]{1,40}\*\*\s*$)"#, options: .regularExpression) != nil
    }

    /// `- [Title](https://…)`, `* <https://…>` or a bare address, optionally as a list item.
    private static func isOnlyLink(_ line: String) -> Bool {
        line.range(
            of: #"^(?:[-*+] |\d{1,2}[.)] )?(?:\[[^\]]*\]\([^)\s]+\)|<?https?://\S+>?)[.,;。]?$"#,
            options: .regularExpression) != nil
    }
}
