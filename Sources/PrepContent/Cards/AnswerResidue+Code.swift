import Foundation
import PrepCore

extension AnswerResidue {
    /// Code an answer wrote as plain lines, outside a fence (`/* weight 1 */`, `div{`, `}`), as notes indented
    /// under a list item leave it: shown as prose, its comment marks read as emphasis and its lines run together.
    /// A paragraph of two lines or more whose every line is C-family code — a comment, or a line that opens or
    /// closes a block or ends a statement, one of them a brace or a comment — is fenced, unless it is indented as
    /// code already.
    static func codeParagraphsFenced(_ text: String) -> String {
        // Most answers hold neither a brace nor a comment mark, and skip the split into lines.
        guard text.containsBytes("{") || text.containsBytes("/*") || text.containsBytes("//") else { return text }
        var output: [String] = []
        var paragraph: [String] = []
        var inFence = false
        func flush() {
            // Lines indented four columns are an indented code block already.
            let isCode = paragraph.count >= 2 && !(paragraph.first?.hasPrefix("    ") ?? true) && !(paragraph.first?.hasPrefix("\t") ?? true)
                && paragraph.allSatisfy(isBlockCodeLine)
                && paragraph.contains { $0.containsBytes("{") || $0.containsBytes("}") || $0.containsBytes("/*") || $0.containsBytes("//") }
            output += isCode ? ["```"] + paragraph + ["```"] : paragraph
            paragraph = []
        }
        for line in text.components(separatedBy: "\n") {
            if MarkdownSyntax.fenceOpener(line) != nil || inFence {
                flush()
                if MarkdownSyntax.fenceOpener(line) != nil { inFence.toggle() }
                output.append(line)
            } else if line.trimmingWhitespace().isEmpty {
                flush()
                output.append(line)
            } else {
                paragraph.append(line)
            }
        }
        flush()
        return output.joined(separator: "\n")
    }

    /// A comment, or an ASCII line (code outside its comments is; a Chinese sentence may end in "；" but not in
    /// ";") that ends a statement or opens a block, or closes one; a list item is prose.
    private static func isBlockCodeLine(_ line: String) -> Bool {
        let code = line.trimmingWhitespace()
        if code.hasPrefix("//") || code.hasPrefix("/*") || code.hasPrefix("*/") || code.hasSuffix("*/") { return true }
        guard let first = code.first, let last = code.last, MarkdownSyntax.listItemBody(code) == nil,
              code.unicodeScalars.allSatisfy(\.isASCII)
        else { return false }
        return "{};".contains(last) || "})]".contains(first)
    }
}
