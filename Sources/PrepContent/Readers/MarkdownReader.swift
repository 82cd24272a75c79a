import Foundation
import PrepCore

/// Markdown as written by people and by prep: front matter set aside, outliner property lines
/// (`collapsed:: true`, Logseq's) blanked, the rest read by the one block grammar.
enum MarkdownReader {
    /// `isHTML`: the file is a web page (by its name or its first tag), read as the markdown its HTML stands for.
    static func outline(_ lines: [String], isHTML: Bool = false) -> Outline {
        let matter = FrontMatter.read(lines)
        // Word processors' bullets (`•<TAB>`, `o<TAB>`) pasted into markdown are list items like `-`.
        let texts = withContainersAsDetails(lines.map { isOutlinerProperty($0) ? "" : PlainTextReader.listLine($0) })
        let bodyStart = matter?.lineCount ?? 0
        if let html = isHTML ? HTMLBody.page(lines) : HTMLBody.markdown(texts, from: bodyStart) {
            return Outline(
                lines: html.lines, lineNumbers: html.sources.map { $0 + 1 }, blocks: OutlineReader.blocks(of: html.lines),
                frontMatter: matter)
        }
        return Outline(
            lines: texts, lineNumbers: Array(1...max(texts.count, 1)).prefix(texts.count).map { $0 },
            blocks: OutlineReader.blocks(of: texts, from: bodyStart), frontMatter: matter)
    }

    /// VuePress and Docusaurus containers: `::: details 答案` … `:::` folds its body away as `<details>` does, with
    /// its title as the summary; the fences of any other container (`::: tip`, `:::note`) are layout, its title a
    /// bold line.
    static func withContainersAsDetails(_ lines: [String]) -> [String] {
        guard lines.contains(where: { $0.utf8.contains(UInt8(ascii: ":")) && $0.trimmed.hasPrefix(":::") }) else { return lines }
        var open: [Bool] = []
        var inFence = false
        return lines.map { line in
            if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
            let text = line.trimmed
            guard !inFence, text.hasPrefix(":::") else { return line }
            let rest = text.drop { $0 == ":" }.trimmed
            if rest.isEmpty {
                guard let wasDetails = open.popLast() else { return line }
                return wasDetails ? "</details>" : ""
            }
            let kind = rest.prefix { $0.isLetter || $0 == "-" }
            guard !kind.isEmpty else { return line }
            let title = rest.dropFirst(kind.count).trimmed
            let isDetails = kind.lowercased() == "details"
            open.append(isDetails)
            if isDetails { return "<details><summary>\(title.isEmpty ? "Details" : title)</summary>" }
            return title.isEmpty ? "" : "**\(title)**"
        }
    }

    /// `collapsed:: true`, `id:: 64a…`, `tags:: #java`: an outliner's block properties, never content.
    static func isOutlinerProperty(_ line: String) -> Bool {
        guard line.utf8.contains(UInt8(ascii: ":")) else { return false }
        let text = line.trimmed
        guard let separator = text.firstByteRange(of: ":: ") ?? (text.hasSuffix("::") ? text.range(of: "::", options: .backwards) : nil)
        else { return false }
        let name = text[..<separator.lowerBound]
        return !name.isEmpty && name.count <= 24 && name.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }
    }
}
