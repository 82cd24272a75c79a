import Foundation

/// An HTML `<details>` block: its `<summary>` text and the lines of its body, nested blocks included.
struct DetailsBlock {
    var summary: String
    /// Body text on the summary's line, after `</summary>`.
    var head: String
    /// Body lines, after the summary and before the closing `</details>`.
    var bodyRange: Range<Int>
    /// Body text on the closing line, before `</details>`.
    var tail: String
    /// The index after the block.
    var end: Int

    static func opens(_ line: String) -> Bool {
        guard let start = line.firstIndex(where: { $0 != " " && $0 != "\t" }), line[start] == "<" else { return false }
        return line[start...].prefix(8).lowercased() == "<details"
    }

    /// Summaries that only say where the answer is (`查看答案`, `Show answer`): the question is elsewhere.
    static let revealWords = [
        "answer", "solution", "show", "click", "expand", "reveal", "hint", "explanation",
        "答案", "解答", "解析", "查看", "点击", "點擊", "展开", "展開", "参考", "參考",
    ]

    static func isRevealPhrase(_ summary: String) -> Bool {
        let lowered = summary.lowercased()
        return summary.count <= 24 && !QuestionText.endsInQuestionMark(summary)
            && revealWords.contains(where: { lowered.contains($0) })
    }

    /// `<summary>Answer</summary>` standing alone inside an answer: layout, not content.
    static func isSummaryOnly(_ line: String) -> Bool {
        guard line.first == "<" else { return false }
        let lowered = line.lowercased()
        guard lowered.hasPrefix("<summary"), lowered.hasSuffix("</summary>") else { return false }
        return isRevealPhrase(MarkdownSyntax.withoutTags(line))
    }

    /// `<details><summary>Answer</summary>` inside an answer, without the summary that only says "answer".
    static func withoutRevealSummary(_ line: String) -> String {
        guard let close = line.range(of: "</summary>", options: .caseInsensitive),
            let open = line.range(of: "<summary", options: .caseInsensitive)?.lowerBound ?? openingTagEnd(line),
            open < close.lowerBound, isRevealPhrase(MarkdownSyntax.withoutTags(String(line[open..<close.lowerBound])))
        else { return line }
        return String(line[..<open] + line[close.upperBound...])
    }

    /// Where the text after `<details …>` starts, for a summary that lost its opening tag.
    private static func openingTagEnd(_ line: String) -> String.Index? {
        guard let details = line.range(of: "<details", options: .caseInsensitive),
            let end = line[details.upperBound...].firstIndex(of: ">")
        else { return nil }
        return line.index(after: end)
    }

    /// The block opening at `start`; an unclosed block runs to the end of the file. Text sharing a line
    /// with `</summary>` or `</details>` (`<summary>Q?</summary><p>A</p></details>`) is part of the body.
    static func read(_ lines: [String], from start: Int) -> DetailsBlock? {
        var summary = ""
        var position = start
        var inSummary = false
        var head: Substring?
        // The summary may share the opening line (`<details><summary>Q?</summary>`) or span several lines.
        while position < lines.count, head == nil {
            var text = Substring(lines[position])
            if let open = text.range(of: "<summary", options: .caseInsensitive) {
                inSummary = true
                text = text[open.lowerBound...]
            } else if position == start, text.range(of: "</summary>", options: .caseInsensitive) != nil,
                let textStart = openingTagEnd(lines[position])
            {
                // `<details><b>Show answer</b></summary>`: the summary lost its opening tag, not its place.
                inSummary = true
                text = text[textStart...]
            }
            if inSummary {
                if let close = text.range(of: "</summary>", options: .caseInsensitive) {
                    summary += " " + text[..<close.lowerBound]
                    head = text[close.upperBound...]
                } else {
                    summary += " " + text
                }
            } else if position > start, !lines[position].trimmed.isEmpty {
                return nil
            }
            position += 1
        }
        guard var head else { return nil }
        let cleanSummary = MarkdownSyntax.withoutTags(summary)
        if let close = head.range(of: "</details>", options: .caseInsensitive) {
            head = head[..<close.lowerBound]
            return DetailsBlock(
                summary: cleanSummary, head: head.trimmed, bodyRange: position..<position, tail: "", end: position)
        }
        var depth = 1
        var inFence = false
        let bodyStart = position
        while position < lines.count {
            let lowered = lines[position].lowercased()
            if MarkdownSyntax.fenceOpener(lines[position]) != nil { inFence.toggle() }
            if !inFence {
                depth += lowered.components(separatedBy: "<details").count - 1
                depth -= lowered.components(separatedBy: "</details>").count - 1
                if depth <= 0 {
                    let line = lines[position]
                    let tail = line.range(of: "</details>", options: [.caseInsensitive, .backwards])
                        .map { String(line[..<$0.lowerBound]).trimmed } ?? ""
                    return DetailsBlock(
                        summary: cleanSummary, head: head.trimmed, bodyRange: bodyStart..<position, tail: tail,
                        end: position + 1)
                }
            }
            position += 1
        }
        return DetailsBlock(
            summary: cleanSummary, head: head.trimmed, bodyRange: bodyStart..<lines.count, tail: "", end: lines.count)
    }
}
