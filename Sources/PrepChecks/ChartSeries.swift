/// Bars a check wants drawn (C10's speedup per I/O fraction, C11's throughput per worker count).
package struct ChartSeries: Sendable {
    package struct Bar: Sendable {
        package var label: String
        package var value: Double
        package var valueText: String
    }

    package var title: Bilingual
    package var bars: [Bar]

    package init(title: Bilingual, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}
