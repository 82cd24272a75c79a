import Foundation
import PrepStudy
import Testing

@Suite struct QuizStreakTests {
    typealias F = QuizSessionFixtures

    private func streak(_ finished: [Date], now: Date) -> Int {
        let sessions = finished.enumerated().map { F.session(id: "s\($0.offset)", finished: $0.element) }
        return QuizStreak.days(sessions: sessions, now: now, calendar: F.calendar)
    }

    @Test func countsDaysInARowIncludingTodayOnceFinished() {
        let finished = [F.local(2026, 11, 22, 20), F.local(2026, 11, 23, 8), F.local(2026, 11, 24, 21), F.local(2026, 11, 25, 9)]
        #expect(streak(finished, now: F.local(2026, 11, 25, 10)) == 4)
    }

    @Test func todayWithoutAQuizYetKeepsYesterdaysStreakAlive() {
        let finished = [F.local(2026, 11, 23, 8), F.local(2026, 11, 24, 21)]
        #expect(streak(finished, now: F.local(2026, 11, 25, 10)) == 2)
        // A day with no quiz at all ends it.
        #expect(streak(finished, now: F.local(2026, 11, 26, 10)) == 0)
    }

    @Test func aMissedDayBreaksTheStreak() {
        let finished = [F.local(2026, 11, 21, 8), F.local(2026, 11, 22, 8), F.local(2026, 11, 24, 8), F.local(2026, 11, 25, 8)]
        #expect(streak(finished, now: F.local(2026, 11, 25, 23)) == 2)
    }

    @Test func aQuizBeforeFourAMCountsForThePreviousDay() {
        // 01:30 on the 25th belongs to the 24th's study day; with the 23rd that is two days, and the
        // 25th (from 04:00) has no quiz yet.
        let finished = [F.local(2026, 11, 23, 20), F.local(2026, 11, 25, 1, 30)]
        #expect(streak(finished, now: F.local(2026, 11, 25, 3)) == 2)
        #expect(streak(finished, now: F.local(2026, 11, 25, 12)) == 2)
        // Two quizzes in one study day (23:00 and 02:00) count once.
        let sameDay = [F.local(2026, 11, 24, 23), F.local(2026, 11, 25, 2)]
        #expect(streak(sameDay, now: F.local(2026, 11, 25, 3)) == 1)
    }

    @Test func unfinishedOrEmptySessionsDoNotCount() {
        let sessions = [
            F.session(id: "killed", finished: nil, answered: 4, started: F.local(2026, 11, 24, 9)),
            F.session(id: "empty", finished: F.local(2026, 11, 25, 9), answered: 0),
        ]
        #expect(QuizStreak.days(sessions: sessions, now: F.local(2026, 11, 25, 10), calendar: F.calendar) == 0)
    }

    @Test func daylightSavingDaysCountOnce() {
        var berlin = Calendar(identifier: .gregorian)
        berlin.timeZone = TimeZone(identifier: "Europe/Berlin")!
        func at(_ day: Int, _ month: Int) -> Date {
            berlin.date(from: DateComponents(year: 2026, month: month, day: day, hour: 12))!
        }
        // Clocks go forward on 29 March 2026: that study day is 23 hours long.
        let sessions = [at(28, 3), at(29, 3), at(30, 3)].enumerated().map { F.session(id: "d\($0.offset)", finished: $0.element) }
        #expect(QuizStreak.days(sessions: sessions, now: at(30, 3), calendar: berlin) == 3)
    }
}
