/// A one-line progress indicator: `[████▌     ] 3/20`.
package struct ProgressBar: Sendable {
    package var completed: Int
    package var total: Int
    /// Columns inside the brackets.
    package var width: Int
    package var style: Style

    package init(completed: Int, total: Int, width: Int = 20, style: Style = .plain) {
        self.completed = completed
        self.total = total
        self.width = width
        self.style = style
    }

    package func render() -> String {
        let eighths = BlockGlyphs.eighths(of: Double(completed), maximum: Double(max(total, 1)), cells: width)
        let bar = BlockGlyphs.horizontalBar(eighths: eighths, cells: width)
        return "[" + style.green(bar) + "] \(completed)/\(total)"
    }
}
