import Foundation
import PrepCore

/// Tables in card text: markdown tables with or without their outer pipes, and rows a note set apart by pipes
/// alone ("Volume:  kept by the engine | portable"), all drawn without a pipe on screen.
extension MarkdownDisplay {
    /// The widest table shown with its columns aligned; a wider one would wrap on an 80-column screen and
    /// lose its columns, so it is shown one row a line instead.
    static let alignedTableMaxWidth = 76

    /// The indices of `lines` that belong to a table: lines opening with a pipe; a header with a "---|---" rule
    /// under it and the piped lines after them (a table written without outer pipes); and two or more lines in a
    /// row split by the same number of pipes (two or more, or one after a label opening each), the rows of a note. A lone line with pipes in it
    /// ("cat log | grep error | wc -l") is none of these. Code is never a table, but a fence without a language
    /// holding nothing but such rows, each opening with a label ("Disk: slow | cheap"), is rows a note kept from
    /// being reflowed: its fence lines are returned in `fences`, to be left out.
    static func tableLineIndices(_ lines: [String]) -> (rows: Set<Int>, fences: Set<Int>) {
        var indices = Set<Int>()
        var fences = Set<Int>()
        var fence: (marker: String, start: Int, plain: Bool)?
        var code = Set<Int>()
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingWhitespace()
            if let open = fence {
                code.insert(index)
                guard trimmed.hasPrefix(open.marker) else { continue }
                fence = nil
                let inside = lines[(open.start + 1)..<index].map { $0.trimmingWhitespace() }
                let counts = Set(inside.map(separators))
                if open.plain, inside.count >= 2, counts.count == 1, let count = counts.first ?? nil, count >= 1,
                   labelled(inside.map(cells)) != nil {
                    code.subtract(open.start...index)
                    fences.formUnion([open.start, index])
                    indices.formUnion((open.start + 1)..<index)
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                code.insert(index)
                fence = (String(trimmed.prefix(3)), index, trimmed.dropFirst(3).trimmingWhitespace().isEmpty)
            }
        }
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingWhitespace()
            guard !code.contains(index), !fences.contains(index), !indices.contains(index), !trimmed.isEmpty else { index += 1; continue }
            if trimmed.hasPrefix("|") {
                indices.insert(index)
            } else if index + 1 < lines.count, !code.contains(index + 1), trimmed.containsBytes("|"), isRule(lines[index + 1]) {
                var end = index + 2
                while end < lines.count, !code.contains(end), lines[end].containsBytes("|") { end += 1 }
                indices.formUnion(index..<end)
                index = end
                continue
            } else if let count = separators(trimmed), count >= 1 {
                var end = index + 1
                while end < lines.count, !code.contains(end), separators(lines[end].trimmingWhitespace()) == count { end += 1 }
                if end - index >= 2, count >= 2 || labelled(lines[index..<end].map(cells)) != nil { indices.formUnion(index..<end) }
                index = end
                continue
            }
            index += 1
        }
        return (indices, fences)
    }

    /// "|---|:---:|", "--- | ---": a table's rule.
    private static func isRule(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return trimmed.contains("|") && trimmed.contains("-") && trimmed.allSatisfy { "-:| ".contains($0) }
    }

    /// The pipes splitting a line into cells, outside code spans; "||" is an operator, not two separators.
    private static func separators(_ line: String) -> Int? {
        guard line.contains("|"), !line.contains("||") else { return nil }
        var inCode = false
        var count = 0
        var previous: Character?
        for character in line {
            if character == "`" { inCode.toggle() }
            if character == "|", !inCode, previous != "\\" { count += 1 }
            previous = character
        }
        return count
    }

    /// A table's lines without their pipes and rule: aligned columns (under an underlined header when a rule
    /// marks one) when they fit, else one line per row naming each cell by its column
    /// ("• Storage — Clustered: whole rows · Secondary: primary keys"). A lone line opening with a pipe is shown as written.
    static func table(_ lines: [String], style: Style) -> [String] {
        let isRuleRow = { (row: [String]) in row.allSatisfy { cell in !cell.isEmpty && cell.allSatisfy { "-:= ".contains($0) } } }
        var rows = lines.map(cells).filter { !isRuleRow($0) }
        let ruled = rows.count < lines.count
        guard ruled || rows.count >= 2 else { return lines.map { inline($0, style: style) } }
        if !ruled { rows = labelled(rows) ?? rows }
        guard let header = ruled ? rows.first : Array(repeating: "", count: rows.map(\.count).max() ?? 0), header.count >= 2 else {
            return lines.map { inline($0, style: style) }
        }
        let body = ruled ? Array(rows.dropFirst()) : rows
        let columns = header.map { TableRenderer.Column($0) }
        let aligned = TableRenderer(columns: columns, border: ruled ? .plain : .columns, style: style).render(body)
        if aligned.allSatisfy({ DisplayWidth.of($0) <= alignedTableMaxWidth }) { return aligned }
        return body.map { row in
            let named = row.indices.dropFirst().filter { !row[$0].isEmpty }.map { index in
                let title = index < header.count ? header[index] : ""
                let colon = title.unicodeScalars.contains(where: isCJK) ? "：" : ": "
                return title.isEmpty ? row[index] : title + colon + row[index]
            }
            let label = row.first ?? ""
            return "  • " + (label.isEmpty ? "" : style.bold(label) + " — ") + named.joined(separator: " · ")
        }
    }

    /// Rows whose first cells each open with a short label ("Docker:\tShares the kernel", "Bind mount: a host
    /// path") have the label as a column of its own, without its colon.
    private static func labelled(_ rows: [[String]]) -> [[String]]? {
        let split = rows.map { row -> [String]? in
            guard let first = row.first,
                  let colon = first.firstIndex(where: { ":：\t".contains($0) }) else { return nil }
            let label = first[..<colon].trimmingWhitespace()
            let rest = first[first.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: ":：").union(.whitespaces))
            guard !label.isEmpty, label.count <= 24, !rest.isEmpty, !label.contains(where: { ",.;，。；".contains($0) }) else { return nil }
            return [label, rest] + row.dropFirst()
        }
        guard split.allSatisfy({ $0 != nil }) else { return nil }
        return split.compactMap { $0 }
    }

    /// "| **a** | `b` |" → ["a", "b"], each cell's inline markup rendered plainly (an aligned column cannot hold colour).
    private static func cells(_ line: String) -> [String] {
        var text = Substring(line.trimmingWhitespace())
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text = text.dropLast() }
        // An escaped pipe ("\|") belongs to its cell.
        let placeholder = "\u{0}"
        return text.replacingOccurrences(of: "\\|", with: placeholder).split(separator: "|", omittingEmptySubsequences: false).map {
            inline($0.replacingOccurrences(of: placeholder, with: "|").trimmingWhitespace(), style: .plain)
        }
    }
}
