/// Renders rows as a table whose columns line up by display width, so CJK cells align.
package struct TableRenderer: Sendable {
    package enum Border: Sendable {
        /// Box-drawing frame and separators.
        case box
        /// Columns separated by two spaces, the header underlined.
        case plain
        /// Columns separated by two spaces and no header: rows a note wrote without one.
        case columns
    }

    package struct Column: Sendable {
        package var title: String
        package var alignment: DisplayWidth.Alignment
        /// Longer cells are truncated with an ellipsis.
        package var maxWidth: Int?

        package init(_ title: String, alignment: DisplayWidth.Alignment = .left, maxWidth: Int? = nil) {
            self.title = title
            self.alignment = alignment
            self.maxWidth = maxWidth
        }
    }

    package var columns: [Column]
    package var border: Border
    package var style: Style

    package init(columns: [Column], border: Border = .box, style: Style = .plain) {
        self.columns = columns
        self.border = border
        self.style = style
    }

    /// The table's lines; missing cells are empty and extra cells are ignored.
    package func render(_ rows: [[String]]) -> [String] {
        let cells = rows.map { row in
            columns.indices.map { index in
                let cell = index < row.count ? row[index] : ""
                return columns[index].maxWidth.map { DisplayWidth.truncate(cell, to: $0) } ?? cell
            }
        }
        let widths = columns.indices.map { index in
            cells.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1[index])) }
        }
        let header = columns.map { style.bold($0.title) }
        func padded(_ row: [String]) -> [String] {
            row.indices.map { DisplayWidth.pad(row[$0], to: widths[$0], alignment: columns[$0].alignment) }
        }
        let rules = widths.map { String(repeating: "─", count: $0) }
        switch border {
        case .box:
            func ruled(_ left: String, _ middle: String, _ right: String) -> String {
                left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
            }
            func framed(_ cells: [String]) -> String { "│ " + cells.joined(separator: " │ ") + " │" }
            return [ruled("┌", "┬", "┐"), framed(padded(header)), ruled("├", "┼", "┤")]
                + cells.map { framed(padded($0)) }
                + [ruled("└", "┴", "┘")]
        case .plain, .columns:
            func joined(_ cells: [String]) -> String { cells.joined(separator: "  ").droppingTrailingSpaces() }
            return (border == .plain ? [joined(padded(header)), joined(rules)] : [])
                + cells.map { joined(padded($0)) }
        }
    }
}
