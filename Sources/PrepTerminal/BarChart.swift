/// A horizontal bar chart: one line per item, label, bar with eighth-block precision, value.
package struct BarChart: Sendable {
    package struct Item: Sendable {
        package var label: String
        package var value: Double
        package var valueText: String

        /// `valueText` defaults to the value, without decimals when it is whole.
        package init(label: String, value: Double, valueText: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText ?? BarChart.format(value)
        }
    }

    package var items: [Item]
    /// Columns of the longest bar.
    package var barWidth: Int
    /// The value of a full-width bar; the largest item's value when `nil`.
    package var maximum: Double?
    package var style: Style

    package init(items: [Item], barWidth: Int = 30, maximum: Double? = nil, style: Style = .plain) {
        self.items = items
        self.barWidth = barWidth
        self.maximum = maximum
        self.style = style
    }

    package func render() -> [String] {
        let labelWidth = items.map { DisplayWidth.of($0.label) }.max() ?? 0
        let maximum = maximum ?? items.map(\.value).max() ?? 0
        return items.map { item in
            let eighths = BlockGlyphs.eighths(of: item.value, maximum: maximum, cells: barWidth)
            let bar = BlockGlyphs.horizontalBar(eighths: eighths, cells: barWidth)
            return DisplayWidth.pad(item.label, to: labelWidth) + " " + style.cyan(bar) + " " + item.valueText
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format1: value)
    }
}

extension String {
    /// One decimal place, without Foundation's locale-dependent formatting.
    fileprivate init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        self = "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
