import Foundation
import PrepCore

extension AnswerResidue {
    /// An answer written in HTML block markup, one tag a line (`<ol>`, `<li>…</li>`, `<h4>…</h4>`), as pages that
    /// publish their notes as HTML do: indented, it would show as code with every tag on screen. Its lists
    /// become markdown lists (nested ones indented) and a heading alone on its line a markdown heading; the
    /// inline tags left (`<code>`, `<strong>`, `<p>`) are the screen's to render.
    static func htmlListsAsMarkdown(_ text: String) -> String {
        // Most answers hold no list item tag; splitting each into lines first would slow every import.
        guard text.containsBytes("<li>", ignoringASCIICase: true) else { return text }
        let lines = text.components(separatedBy: "\n")
        let trimmed = lines.map { $0.trimmingWhitespace() }
        // An item opening its line; the list's own tags may have been lost around it.
        guard trimmed.contains(where: { $0.lowercased().hasPrefix("<li>") }) else { return text }
        var output: [String] = []
        var depth = 0
        var itemOpened = false
        for (line, text) in zip(lines, trimmed) {
            let lowered = text.lowercased()
            if ["<ul>", "<ol>"].contains(lowered) {
                depth += 1
            } else if ["</ul>", "</ol>"].contains(lowered) {
                depth = max(0, depth - 1)
            } else if lowered == "<li>" {
                itemOpened = true
            } else if lowered == "</li>" {
                itemOpened = false
            } else if depth > 0 || lowered.hasPrefix("<li>"), !text.isEmpty {
                let pad = String(repeating: "  ", count: max(0, depth - 1))
                let opens = lowered.hasPrefix("<li>") || itemOpened
                var content = lowered.hasPrefix("<li>") ? String(text.dropFirst(4)) : text
                if content.lowercased().hasSuffix("</li>") { content = String(content.dropLast(5)) }
                output.append(pad + (opens ? "- " : "  ") + content.trimmingWhitespace())
                itemOpened = false
            } else if let heading = heading(text) {
                output.append(heading)
            } else {
                output.append(depth > 0 ? text : line)
            }
        }
        return output.joined(separator: "\n")
    }

    /// A paragraph tag alone on its line (`<p><code>f(x);</code>:</p>`), indented as the page nested it: left as
    /// it is, the indentation shows it as code with its tags on screen, or folds it into the list item above. It
    /// becomes a paragraph of its own, its code and emphasis in markdown.
    static func htmlParagraphsAsText(_ text: String) -> String {
        // Most answers hold no paragraph tag; splitting each into lines first would slow every import.
        guard text.containsBytes("<p>", ignoringASCIICase: true) else { return text }
        var output: [String] = []
        var blankOwed = false
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingWhitespace()
            if blankOwed, !trimmed.isEmpty { output.append("") }
            blankOwed = false
            guard trimmed.count > 7, trimmed.lowercased().hasPrefix("<p>"), trimmed.lowercased().hasSuffix("</p>") else {
                output.append(line)
                continue
            }
            var inner = String(trimmed.dropFirst(3).dropLast(4))
            for (tag, mark) in [("code", "`"), ("strong", "**"), ("b", "**"), ("em", "*"), ("i", "*")] {
                inner = inner.replacingOccurrences(
                    of: "<\(tag)>(.*?)</\(tag)>", with: "\(mark)$1\(mark)", options: [.regularExpression, .caseInsensitive])
            }
            if let last = output.last, !last.trimmingWhitespace().isEmpty { output.append("") }
            output.append(inner.trimmingWhitespace())
            blankOwed = true
        }
        return output.joined(separator: "\n")
    }

    /// `<h4>Step by step</h4>` alone on its line → `#### Step by step`.
    private static func heading(_ line: String) -> String? {
        guard let match = line.range(of: #"^<[hH]([1-6])>(.+)</[hH]\1>$"#, options: .regularExpression), match == line.startIndex..<line.endIndex,
              let level = line.dropFirst(2).first?.wholeNumberValue
        else { return nil }
        let inner = line.dropFirst(4).dropLast(5)
        return String(repeating: "#", count: level) + " " + inner
    }
}
