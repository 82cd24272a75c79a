import Foundation
import Testing

@testable import PrepTerminal

struct HeatmapTests {
    private static func calendar(firstWeekday: Int, locale: String = "en_US_POSIX") -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.locale = Locale(identifier: locale)
        calendar.firstWeekday = firstWeekday
        return calendar
    }

    private static func day(_ month: Int, _ day: Int, hour: Int = 9) -> Date {
        calendar(firstWeekday: 1).date(from: DateComponents(year: 2026, month: month, day: day, hour: hour))!
    }

    /// Wednesday afternoon.
    private let today = day(11, 25, hour: 15)

    @Test func sundayFirstPlacesEachDayInItsWeekAndWeekday() {
        let counts = [
            Self.day(11, 25): 4,  // Wednesday, today: last column, 4/8 → second shade
            Self.day(11, 24): 1,  // Tuesday
            Self.day(11, 22): 2,  // Sunday, top row
            Self.day(11, 1): 3,  // Sunday: first of the month, labelled "Nov"
            Self.day(10, 30): 8,  // Friday: the busiest day, darkest shade
            Self.day(10, 30, hour: 10): 0,
            Self.day(11, 26): 5,  // tomorrow: never drawn
        ]
        let heatmap = Heatmap(counts: counts, today: today, calendar: Self.calendar(firstWeekday: 1), weeks: 8)
        expectLines(
            heatmap.render(),
            [
                "            Nov",
                "    · · · · ▒ · · ░",
                "Mon · · · · · · · ·",
                "    · · · · · · · ░",
                "Wed · · · · · · · ▒",
                "    · · · · · · ·",
                "Fri · · · █ · · ·",
                "    · · · · · · ·",
                "    Less · ░ ▒ ▓ █ More",
            ])
    }

    @Test func mondayFirstMovesSundayToTheBottomRow() {
        let counts = [Self.day(11, 22): 1, Self.day(11, 23): 1]
        let heatmap = Heatmap(
            counts: counts, today: today, calendar: Self.calendar(firstWeekday: 2), weeks: 2,
            shades: Heatmap.squareShades)
        expectLines(
            heatmap.render(),
            [
                "",
                "    · ■",
                "Tue · ·",
                "    · ·",
                "Thu ·",
                "    ·",
                "Sat ·",
                "    ■",
                "    Less · ▪ ■ More",
            ])
    }

    @Test func chineseMonthAndWeekdayLabelsAlign() {
        let heatmap = Heatmap(
            counts: [today: 3], today: today,
            calendar: Self.calendar(firstWeekday: 2, locale: "zh_Hant_TW"), weeks: 10, legend: ("少", "多"))
        expectLines(
            heatmap.render(),
            [
                "       10月    11月",
                "     · · · · · · · · · ·",
                "週二 · · · · · · · · · ·",
                "     · · · · · · · · · █",
                "週四 · · · · · · · · ·",
                "     · · · · · · · · ·",
                "週六 · · · · · · · · ·",
                "     · · · · · · · · ·",
                "     少 · ░ ▒ ▓ █ 多",
            ])
    }

    @Test func countsOnTheSameDayAddUp() {
        let counts = [Self.day(11, 25, hour: 1): 1, Self.day(11, 25, hour: 23): 1, Self.day(11, 24): 2]
        let lines = Heatmap(counts: counts, today: today, calendar: Self.calendar(firstWeekday: 1), weeks: 1).render()
        // Both days hold 2, so both get the darkest shade.
        #expect(lines[3] == "    █")
        #expect(lines[4] == "Wed █")
    }

    @Test func monthLabelsOfAHalfYear() {
        let lines = Heatmap(counts: [:], today: today, calendar: Self.calendar(firstWeekday: 1)).render()
        // The first column is the week of Sunday 31 May, which holds 1 June.
        #expect(lines[0] == "    Jun     Jul     Aug       Sep     Oct       Nov")
        #expect(lines.count == 9)
        #expect(DisplayWidth.of(lines[1]) == 4 + 26 * 2 - 1)
    }
}
