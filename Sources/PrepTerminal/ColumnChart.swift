/// A vertical column chart, such as the 30-day due forecast: columns of ▁▂▃▄▅▆▇█ over an axis with
/// labels underneath.
///
/// ```
/// 12 ┤     █
///    │   ▃ █
///    │ ▆ █ █ ▂
///  0 └─────────
///      today +3
/// ```
package struct ColumnChart: Sendable {
    package var values: [Int]
    /// Label under each column; empty strings leave a gap, and a label that would overlap the previous
    /// one is dropped.
    package var labels: [String]
    /// Rows of bars, each worth eight steps.
    package var height: Int
    /// Spaces between columns.
    package var gap: Int
    package var style: Style

    package init(values: [Int], labels: [String] = [], height: Int = 8, gap: Int = 1, style: Style = .plain) {
        self.values = values
        self.labels = labels
        self.height = height
        self.gap = gap
        self.style = style
    }

    package func render() -> [String] {
        let maximum = values.max() ?? 0
        let axisWidth = DisplayWidth.of(String(maximum))
        let step = 1 + gap
        let eighths = values.map { BlockGlyphs.eighths(of: Double($0), maximum: Double(maximum), cells: height) }
        var lines: [String] = []
        for row in 0..<height {
            let level = height - 1 - row
            let axis =
                row == 0
                ? DisplayWidth.pad(String(maximum), to: axisWidth, alignment: .right) + " ┤"
                : String(repeating: " ", count: axisWidth) + " │"
            let bars = eighths.map { total -> String in
                let glyph = BlockGlyphs.verticalEighths[min(max(total - level * 8, 0), 8)]
                return String(glyph) + String(repeating: " ", count: gap)
            }.joined().droppingTrailingSpaces()
            lines.append((axis + " " + style.cyan(bars)).droppingTrailingSpaces())
        }
        let axisLength = max(values.count * step - gap, 0) + 1
        lines.append(
            DisplayWidth.pad("0", to: axisWidth, alignment: .right) + " └" + String(repeating: "─", count: axisLength)
        )
        var labelLine = ""
        for (index, label) in labels.enumerated() where !label.isEmpty && index < values.count {
            let column = index * step
            let occupied = DisplayWidth.of(labelLine)
            guard occupied == 0 || column > occupied else { continue }
            labelLine += String(repeating: " ", count: column - occupied) + label
        }
        if !labelLine.isEmpty {
            lines.append(String(repeating: " ", count: axisWidth + 3) + labelLine)
        }
        return lines
    }
}
