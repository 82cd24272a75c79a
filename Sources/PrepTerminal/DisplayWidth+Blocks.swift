import Foundation
import PrepCore

extension DisplayWidth {
    /// A stretch of card text that wraps one way: prose re-flows, code keeps its lines, a table lines up.
    enum TextBlock: Equatable {
        case prose(Substring)
        /// One line of a fenced (```, ~~~) or indented code block, fences included.
        case code(Substring)
        /// A pipe table's lines: header, `|---|` rule, rows.
        case table([Substring])
    }

    /// Splits text the way markdown does before wrapping it: imported answers carry code and tables whose
    /// shape is their meaning, so only the prose between them may be re-flowed.
    static func blocks(of text: String) -> [TextBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var blocks: [TextBlock] = []
        var fence: Substring?
        var previousBlank = true
        var inIndentedCode = false
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            let content = line.drop { $0 == " " || $0 == "\t" }
            if let open = fence {
                blocks.append(.code(line))
                if content.hasPrefix(open), content.drop(while: { $0 == open.first }).allSatisfy(\.isWhitespace) { fence = nil }
                index += 1
                continue
            }
            if let open = Self.fenceOpening(content) {
                fence = open
                blocks.append(.code(line))
                (previousBlank, inIndentedCode) = (false, false)
                index += 1
                continue
            }
            let table = lines[index...].prefix { $0.drop { $0 == " " }.hasPrefix("|") }
            if table.count >= 2, Self.isTableRule(table[table.startIndex + 1]) {
                blocks.append(.table(Array(table)))
                (previousBlank, inIndentedCode) = (false, false)
                index += table.count
                continue
            }
            // Indented code cannot interrupt a paragraph, and an indented list item is a nested item.
            let indented = line.hasPrefix("    ") || line.hasPrefix("\t")
            if indented, !content.isEmpty, previousBlank || inIndentedCode, listMarker(content).isEmpty {
                blocks.append(.code(line))
                inIndentedCode = true
            } else {
                blocks.append(.prose(line))
                inIndentedCode = inIndentedCode && content.isEmpty
            }
            previousBlank = content.isEmpty
            index += 1
        }
        return blocks
    }

    /// The fence a line opens (three or more backticks or tildes), or nil.
    private static func fenceOpening(_ content: Substring) -> Substring? {
        guard let mark = content.first, mark == "`" || mark == "~" else { return nil }
        let run = content.prefix { $0 == mark }
        return run.count >= 3 ? run : nil
    }

    /// `|---|:---:|`: the line under a table's header.
    private static func isTableRule(_ line: Substring) -> Bool {
        let cells = tableCells(line)
        return !cells.isEmpty && cells.allSatisfy { cell in
            cell.contains("-") && cell.allSatisfy { "-:".contains($0) }
        }
    }

    private static func tableCells(_ line: Substring) -> [String] {
        var body = line.trimmingWhitespace()[...]
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") && !body.hasSuffix("\\|") { body = body.dropLast() }
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in body {
            if character == "|" && !escaped {
                cells.append(cell.trimmingWhitespace())
                cell = ""
            } else {
                cell.append(character)
            }
            escaped = character == "\\"
        }
        cells.append(cell.trimmingWhitespace())
        return cells
    }

    /// A code line as written (`wrap` has already made its tabs four spaces), broken only where it is wider
    /// than the line.
    static func cut(_ line: Substring, width: Int) -> [String] {
        guard of(line) > width else { return [String(line)] }
        return breakAnywhere(line, width: width)
    }

    /// `text` cut into rows of at most `width` columns, between any two characters; the last row may be short.
    static func breakAnywhere(_ text: some StringProtocol, width: Int) -> [String] {
        var rows: [String] = []
        var row = ""
        var rowWidth = 0
        for character in text {
            let characterWidth = of(character)
            if rowWidth + characterWidth > width, !row.isEmpty {
                rows.append(row)
                row = ""
                rowWidth = 0
            }
            row.append(character)
            rowWidth += characterWidth
        }
        rows.append(row)
        return rows
    }

    /// The table with its columns lined up, indented as it was, when that fits `width`; else its lines as written.
    static func alignedTable(_ lines: [Substring], width: Int) -> [String] {
        let indentation = String(lines[0].prefix { $0 == " " })
        let header = tableCells(lines[0])
        let rows = lines.dropFirst(2).map(tableCells)
        let renderer = TableRenderer(columns: header.map { TableRenderer.Column($0) }, border: .plain)
        let aligned = renderer.render(rows).map { indentation + $0 }
        if aligned.allSatisfy({ of($0) <= width }) { return aligned }
        return lines.flatMap { cut($0, width: width) }
    }
}
