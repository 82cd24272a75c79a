import Foundation
import Testing
@testable import PrepStudy

struct StudyStreakTests {
    typealias F = StatsFixtures

    /// 1, 2, 3 March, then the evening of the 8th, 3:30 am on the 9th (still the 8th's study day) and
    /// 2 am on the 10th (the 9th's).
    static let reviewDates = [
        F.date(day: 1), F.date(day: 2), F.date(day: 3),
        F.date(day: 8, hour: 23, minute: 30), F.date(day: 9, hour: 3, minute: 30), F.date(day: 10, hour: 2),
    ]

    @Test func countsAcrossTheFourAMRollover() {
        let streak = StudyStreak(reviewDates: Self.reviewDates, now: F.date(day: 10, hour: 3), calendar: F.calendar)
        #expect(streak.current == 2)
        #expect(streak.longest == 3)
        #expect(streak.days.map(\.date) == ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-08", "2026-03-09"])
        #expect(streak.days.map(\.reviews) == [1, 1, 1, 2, 1])
    }

    /// Today is not over: a streak ending yesterday is still current, one ending the day before is not.
    @Test func streakSurvivesUntilTheEndOfToday() {
        #expect(StudyStreak(reviewDates: Self.reviewDates, now: F.date(day: 10, hour: 12), calendar: F.calendar).current == 2)
        #expect(StudyStreak(reviewDates: Self.reviewDates, now: F.date(day: 11, hour: 12), calendar: F.calendar).current == 0)
    }

    @Test func heatmapCountsAreKeyedByStudyDayStart() {
        let streak = StudyStreak(reviewDates: Self.reviewDates, now: F.now, calendar: F.calendar)
        #expect(streak.countsByDay[F.date(day: 8, hour: 4)] == 2)
        #expect(streak.countsByDay.values.reduce(0, +) == Self.reviewDates.count)
    }

    @Test func noReviewsNoStreak() {
        let streak = StudyStreak(reviewDates: [], now: F.now, calendar: F.calendar)
        #expect(streak.current == 0 && streak.longest == 0 && streak.days.isEmpty)
    }

    @Test func daylightSavingDaysCountOnce() {
        var berlin = Calendar(identifier: .gregorian)
        berlin.timeZone = TimeZone(identifier: "Europe/Berlin")!
        func at(_ day: Int, _ month: Int) -> Date {
            berlin.date(from: DateComponents(year: 2026, month: month, day: day, hour: 12))!
        }
        // Clocks go forward on 29 March 2026: that study day is 23 hours long.
        #expect(StudyStreak(reviewDates: [at(28, 3), at(29, 3), at(30, 3)], now: at(30, 3), calendar: berlin).current == 3)
    }
}
