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
        expectLines(chart.render(), [
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
        #expect(BarChart(items: items, barWidth: 2, style: Style(enabled: true)).render() == ["a \u{1B}[36m██\u{1B}[0m 1"])
    }
}

struct ColumnChartTests {
    @Test func forecastColumnsWithLabels() {
        let chart = ColumnChart(values: [0, 3, 12, 7, 1, 0, 5], labels: ["今天", "", "", "+3", "", "", "+6"], height: 3)
        expectLines(chart.render(), [
            "12 ┤     █",
            "   │     █ ▆     ▂",
            "   │   ▆ █ █ ▂   █",
            " 0 └──────────────",
            "     今天  +3    +6",
        ])
    }

    @Test func overlappingLabelsAreDropped() {
        let chart = ColumnChart(values: [1, 1, 1], labels: ["11/25", "11/26", "11/27"], height: 1, gap: 0)
        expectLines(chart.render(), ["1 ┤ ███", "0 └────", "    11/25"])
    }

    @Test func thirtyDaysAllZero() {
        let lines = ColumnChart(values: Array(repeating: 0, count: 30), height: 2).render()
        expectLines(lines, ["0 ┤", "  │", "0 └" + String(repeating: "─", count: 60)])
    }
}

struct ProgressBarTests {
    @Test func lines() {
        #expect(ProgressBar(completed: 3, total: 20, width: 10).render() == "[█▌        ] 3/20")
        #expect(ProgressBar(completed: 20, total: 20, width: 10).render() == "[██████████] 20/20")
        #expect(ProgressBar(completed: 0, total: 0, width: 4).render() == "[    ] 0/0")
    }
}
