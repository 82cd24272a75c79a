import Foundation

/// A calendar heatmap like GitHub's contributions: weeks as columns (oldest on the left, the current
/// week last), weekdays as rows, the shade of each day scaled to the busiest day shown.
///
/// Time is a parameter: `today` and `calendar` (its `firstWeekday`, time zone and month names) decide
/// which day lands in which cell, so tests place days exactly.
package struct Heatmap: Sendable {
    /// Light to dark; the first is a day with nothing, the rest split the counts into equal bands.
    package static let blockShades = ["·", "░", "▒", "▓", "█"]
    package static let squareShades = ["·", "▪", "■"]

    package var counts: [Date: Int]
    package var today: Date
    package var calendar: Calendar
    package var weeks: Int
    package var shades: [String]
    /// Words at either end of the legend line, for the session's language.
    package var legend: (less: String, more: String)
    package var style: Style

    /// - Parameter counts: activity per day; several dates on the same calendar day add up.
    package init(
        counts: [Date: Int],
        today: Date,
        calendar: Calendar,
        weeks: Int = 26,
        shades: [String] = Heatmap.blockShades,
        legend: (less: String, more: String) = ("Less", "More"),
        style: Style = .plain
    ) {
        self.counts = counts
        self.today = today
        self.calendar = calendar
        self.weeks = max(weeks, 1)
        self.shades = shades.count >= 2 ? shades : Heatmap.blockShades
        self.legend = legend
        self.style = style
    }

    /// Month names, one row per weekday (labels on every other row), and a legend.
    package func render() -> [String] {
        let lastDay = calendar.startOfDay(for: today)
        let todayRow = row(of: lastDay)
        guard let firstDay = day(-(weeks - 1) * 7 - todayRow, from: lastDay) else { return [] }
        var countsByDay: [Date: Int] = [:]
        for (date, count) in counts {
            countsByDay[calendar.startOfDay(for: date), default: 0] += count
        }
        let grid: [[Date?]] = (0..<7).map { row in
            (0..<weeks).map { week in day(week * 7 + row, from: firstDay).flatMap { $0 > lastDay ? nil : $0 } }
        }
        let busiest = grid.joined().compactMap { $0.flatMap { countsByDay[$0] } }.max() ?? 0

        let weekdayNames = calendar.shortWeekdaySymbols
        let labels = (0..<7).map { row in
            row % 2 == 1 ? weekdayNames[(calendar.firstWeekday - 1 + row) % 7] : ""
        }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var lines = [monthLine(firstDay: firstDay, indent: labelWidth + 1)]
        for row in 0..<7 {
            let cells = grid[row].map { date -> String in
                guard let date else { return " " }
                return shade(for: countsByDay[date] ?? 0, busiest: busiest)
            }
            lines.append(
                (DisplayWidth.pad(labels[row], to: labelWidth) + " " + cells.joined(separator: " "))
                    .droppingTrailingSpaces())
        }
        let scale = shades.indices.map { level in level == 0 ? shades[0] : style.green(shades[level]) }
        lines.append(
            String(repeating: " ", count: labelWidth + 1)
                + ([legend.less] + scale + [legend.more]).joined(separator: " "))
        return lines
    }

    /// Row of a day: 0 for the calendar's first weekday.
    private func row(of date: Date) -> Int {
        (calendar.component(.weekday, from: date) - calendar.firstWeekday + 7) % 7
    }

    private func day(_ offset: Int, from date: Date) -> Date? {
        calendar.date(byAdding: .day, value: offset, to: date)
    }

    private func shade(for count: Int, busiest: Int) -> String {
        guard count > 0, busiest > 0 else { return shades[0] }
        let levels = shades.count - 1
        let level = min(levels, max(1, Int((Double(count) / Double(busiest) * Double(levels)).rounded(.up))))
        return style.green(shades[level])
    }

    /// A short month name above the first week containing the 1st of that month, when it fits.
    private func monthLine(firstDay: Date, indent: Int) -> String {
        let monthNames = calendar.shortMonthSymbols
        var line = String(repeating: " ", count: indent)
        for week in 0..<weeks {
            guard let weekStart = day(week * 7, from: firstDay),
                let firstOfMonth = (0..<7).compactMap({ day($0, from: weekStart) })
                    .first(where: { calendar.component(.day, from: $0) == 1 })
            else { continue }
            let column = indent + week * 2
            let occupied = DisplayWidth.of(line)
            guard column >= occupied, column == indent || column > occupied else { continue }
            line += String(repeating: " ", count: column - occupied)
            line += monthNames[calendar.component(.month, from: firstOfMonth) - 1]
        }
        return line.droppingTrailingSpaces()
    }
}
