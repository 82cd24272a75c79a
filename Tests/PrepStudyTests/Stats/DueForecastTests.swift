import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepStudy

struct DueForecastTests {
    typealias F = StatsFixtures

    /// Overdue cards count today; a due time before 4 am belongs to the previous study day.
    @Test func bucketsByStudyDayWithOverdueToday() {
        let states = [
            F.reviewed("overdue", due: F.date(days: -2)),
            F.reviewed("tonight", due: F.date(hour: 23)),
            F.reviewed("before-rollover", due: F.date(day: 11, hour: 3, minute: 59)),
            F.reviewed("after-rollover", due: F.date(day: 11, hour: 4)),
            F.reviewed("last-day", due: F.date(days: 29)),
            F.reviewed("beyond", due: F.date(day: 11, hour: 5, days: 29)),
            F.reviewed("suspended", due: F.date(hour: 12), suspended: true),
            StoredCardState(key: "never-graded", state: 1, due: F.date(hour: 12)),
        ]
        let forecast = DueForecast(states: states, now: F.now, calendar: F.calendar)
        #expect(forecast.days.count == 30)
        #expect(forecast.overdue == 1)
        #expect(forecast.days[0] == .init(date: "2026-03-10", due: 3))
        #expect(forecast.days[1] == .init(date: "2026-03-11", due: 1))
        #expect(forecast.days[29] == .init(date: "2026-04-08", due: 1))
        #expect(forecast.days.map(\.due).reduce(0, +) == 5)
    }

    /// Just after midnight it is still yesterday's study day, so today's bucket starts at yesterday's 4 am.
    @Test func nightOwlSeesYesterdaysStudyDay() {
        let now = F.date(day: 11, hour: 1)
        let forecast = DueForecast(states: [F.reviewed("a", due: F.date(day: 11, hour: 3))], now: now, calendar: F.calendar)
        #expect(forecast.days[0] == .init(date: "2026-03-10", due: 1))
        #expect(forecast.overdue == 0)
    }
}
