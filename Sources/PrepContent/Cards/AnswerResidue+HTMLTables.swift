import Foundation
import PrepCore

extension AnswerResidue {
    /// An answer written as an HTML table, one cell a line (`<th>Port</th>`, `<td>25</td>`), whose row and table
    /// tags the answer's layout lines already lost: shown, every tag is on screen. Cells on consecutive lines
    /// make a row, rows set apart by a blank line, and the rows become a markdown table when each holds as many
    /// cells as the first.
    static func htmlTablesAsMarkdown(_ text: String) -> String {
        // Most answers hold no table cell; splitting each into lines first would slow every import.
        guard text.containsBytes("<td>", ignoringASCIICase: true) else { return text }
        let lines = text.components(separatedBy: "\n")
        var output: [String] = []
        var index = 0
        while index < lines.count {
            guard cell(lines[index]) != nil, let (table, end) = table(in: lines, from: index) else {
                output.append(lines[index])
                index += 1
                continue
            }
            output += table
            index = end
        }
        return output.joined(separator: "\n")
    }

    /// The markdown table of the cell lines from `start`, and the index after them; nil for fewer than two
    /// rows or rows of unequal width.
    private static func table(in lines: [String], from start: Int) -> (table: [String], end: Int)? {
        var rows: [[String]] = []
        var index = start
        var row: [String] = []
        while index < lines.count {
            if let cell = cell(lines[index]) {
                row.append(cell)
            } else if lines[index].trimmingWhitespace().isEmpty, !row.isEmpty {
                rows.append(row)
                row = []
            } else {
                break
            }
            index += 1
        }
        if !row.isEmpty { rows.append(row) }
        guard rows.count >= 2, let width = rows.first?.count, width >= 2, rows.allSatisfy({ $0.count == width }) else { return nil }
        let markdown = rows.map { "| " + $0.joined(separator: " | ") + " |" }
        return ([markdown[0], "|" + String(repeating: "---|", count: width)] + markdown.dropFirst(), index)
    }

    /// `<td>25</td>` → "25"; nil for any other line.
    private static func cell(_ line: String) -> String? {
        let text = line.trimmingWhitespace()
        guard let match = text.range(of: #"^<t[dh]>(.*)</t[dh]>$"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let inner = text[match].dropFirst(4).dropLast(5)
        return inner.replacingOccurrences(of: "|", with: "\\|").trimmingWhitespace()
    }
}
