import Foundation
import PrepCore

/// Markdown as written by people and by prep: front matter set aside, outliner property lines
/// (`collapsed:: true`, Logseq's) blanked, the rest read by the one block grammar.
enum MarkdownReader {
    static func outline(_ lines: [String]) -> Outline {
        let matter = FrontMatter.read(lines)
        // Word processors' bullets (`•<TAB>`, `o<TAB>`) pasted into markdown are list items like `-`.
        let texts = lines.map { isOutlinerProperty($0) ? "" : PlainTextReader.listLine($0) }
        let bodyStart = matter?.lineCount ?? 0
        if let html = HTMLBody.isPage(lines) ? HTMLBody.page(lines) : HTMLBody.markdown(texts, from: bodyStart) {
            return Outline(
                lines: html.lines, lineNumbers: html.sources.map { $0 + 1 }, blocks: OutlineReader.blocks(of: html.lines),
                frontMatter: matter)
        }
        return Outline(
            lines: texts, lineNumbers: Array(1...max(texts.count, 1)).prefix(texts.count).map { $0 },
            blocks: OutlineReader.blocks(of: texts, from: bodyStart), frontMatter: matter)
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
