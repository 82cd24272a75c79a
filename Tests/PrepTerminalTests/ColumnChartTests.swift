import Testing

@testable import PrepTerminal

struct ColumnChartTests {
    @Test func forecastColumnsWithLabels() {
        let chart = ColumnChart(values: [0, 3, 12, 7, 1, 0, 5], labels: ["今天", "", "", "+3", "", "", "+6"], height: 3)
        expectLines(
            chart.render(),
            [
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
