import Foundation
import PrepScheduling
import PrepStudy
import PrepTerminal

/// The terminal picture of a stats report: charts from PrepTerminal, fitted to the width.
struct StatsDrawing {
    var report: StatsReport
    var now: Date
    var calendar: Calendar
    var width: Int
    var style: Style
    var phrases: ScreenPhrases

    func lines() -> [String] {
        var lines: [String] = []
        if let topic = report.topic {
            lines += [style.bold(phrases.topicHeading(topic)), ""]
        }
        lines += forecast() + [""] + reviews() + [""] + streak() + [""] + readiness()
        return lines
    }

    private func forecast() -> [String] {
        let days = report.forecast.days
        let detail = phrases.forecastDetail(
            days.first?.due ?? 0, report.forecast.overdue, days.prefix(7).map(\.due).reduce(0, +), days.count,
            days.map(\.due).reduce(0, +))
        let header = style.bold(phrases.forecastHeading(days.count)) + "  " + detail
        let labels = days.indices.map { index in
            index == 0 ? phrases.today : index % 7 == 0 ? "+\(index)" : ""
        }
        let dueNow = report.dueNow.map { [phrases.manage.dueNowLine($0)] } ?? []
        return [header] + dueNow + ColumnChart(values: days.map(\.due), labels: labels, height: 6, gap: gap(for: days.count), style: style).render()
    }

    private func reviews() -> [String] {
        let history = report.reviews
        let retention = history.retention.map {
            phrases.retention(Self.percent($0), history.reviewStateRecalled, history.reviewStateReviews)
        } ?? phrases.noRetentionYet
        let header = style.bold(phrases.reviewsHeading(history.days.count)) + "  \(phrases.reviewsDetail(history.total)) · " + retention
        let labels = history.days.indices.map { index in
            index == history.days.count - 1 ? phrases.today : (history.days.count - 1 - index) % 7 == 0 ? "-\(history.days.count - 1 - index)" : ""
        }
        return [header] + ColumnChart(values: history.days.map(\.reviews), labels: labels, height: 4, gap: gap(for: history.days.count), style: style).render()
    }

    private func streak() -> [String] {
        let streak = report.streak
        let header = style.bold(phrases.calendarHeading) + "  " + phrases.streakDetail(streak.current, streak.longest, streak.days.count)
        // Weekday labels take 4 columns, each week 2.
        let weeks = max(4, min(26, (width - 5) / 2))
        let today = StudyDay(containing: now, calendar: calendar).start
        var named = calendar
        named.locale = Locale(identifier: phrases.calendarLocale)
        return [header] + Heatmap(
            counts: streak.countsByDay, today: today, calendar: named, weeks: weeks, legend: phrases.heatmapLegend, style: style
        ).render()
    }

    private func readiness() -> [String] {
        let header = style.bold(phrases.readinessHeading) + "  " + phrases.readinessDetail
        let details = report.readiness.map { topic in
            phrases.readinessCounts(topic.new, topic.learning, topic.young, topic.mature, topic.suspended)
        }
        let labelWidth = report.readiness.map { DisplayWidth.of($0.topic) }.max() ?? 0
        let valueWidth = 5 + (details.map { DisplayWidth.of($0) }.max() ?? 0)
        let barWidth = max(8, min(30, width - labelWidth - valueWidth - 3))
        let items = zip(report.readiness, details).map { topic, detail in
            BarChart.Item(
                label: topic.topic, value: topic.readiness * 100,
                valueText: DisplayWidth.pad(Self.percent(topic.readiness), to: 4, alignment: .right) + "  " + detail
            )
        }
        return [header] + BarChart(items: items, barWidth: barWidth, maximum: 100, style: style).render()
    }

    /// Columns with a space between them while they fit, packed when the terminal is narrow.
    private func gap(for columns: Int) -> Int {
        width >= columns * 2 + 8 ? 1 : 0
    }

    private static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
