import Testing

@testable import PrepTerminal

struct BarChartTests {
    @Test func eighthBlockPrecisionAndAlignedLabels() {
        let chart = BarChart(
            items: [
                .init(label: "同步 sync", value: 4), .init(label: "async", value: 9.5), .init(label: "zero", value: 0),
                .init(label: "tiny", value: 0.01, valueText: "<1%"),
            ],
            barWidth: 10)
        expectLines(
            chart.render(),
            [
                "同步 sync ████▎      4",
                "async     ██████████ 9.5",
                "zero                 0",
                "tiny      ▏          <1%",
            ])
    }

    @Test(arguments: [(1.0, "▏"), (2, "▎"), (3, "▍"), (4, "▌"), (5, "▋"), (6, "▊"), (7, "▉"), (8, "█"), (12, "█▌")])
    func eachEighth(eighths: Double, bar: String) {
        let chart = BarChart(items: [.init(label: "x", value: eighths)], barWidth: 2, maximum: 16)
        #expect(chart.render() == ["x " + DisplayWidth.pad(bar, to: 2) + " " + BarChart.format(eighths)])
    }

    @Test func colouredOnlyWhenEnabled() {
        let items = [BarChart.Item(label: "a", value: 1)]
        #expect(BarChart(items: items, barWidth: 2).render() == ["a ██ 1"])
        #expect(
            BarChart(items: items, barWidth: 2, style: Style(enabled: true)).render() == ["a \u{1B}[36m██\u{1B}[0m 1"])
    }
}
