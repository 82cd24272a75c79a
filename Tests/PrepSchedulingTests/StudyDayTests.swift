import Foundation
import Testing

@testable import PrepScheduling

@Suite struct StudyDayTests {
    private func calendar(_ identifier: String) throws -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: identifier))
        return calendar
    }

    @Test func theDayStartsAtFourInTheMorningLocalTime() throws {
        let tokyo = try calendar("Asia/Tokyo")
        // 23:30 and 03:59 Tokyo time belong to the same study day, 04:00 starts the next.
        let evening = StudyDay(containing: utc("2024-06-01T14:30:00Z"), calendar: tokyo)
        let lateNight = StudyDay(containing: utc("2024-06-01T18:59:00Z"), calendar: tokyo)
        let morning = StudyDay(containing: utc("2024-06-01T19:00:00Z"), calendar: tokyo)
        #expect(evening == lateNight)
        #expect(evening.start == utc("2024-05-31T19:00:00Z"))
        #expect(evening.end == utc("2024-06-01T19:00:00Z"))
        #expect(morning.start == evening.end)
        #expect(evening.contains(utc("2024-06-01T18:59:59Z")) && !evening.contains(evening.end))
    }

    @Test func aDaylightSavingChangeMakesAShorterDay() throws {
        let newYork = try calendar("America/New_York")
        // Clocks went forward at 2 am on 2024-03-10, so the study day running through that night lasts 23 hours.
        let day = StudyDay(containing: utc("2024-03-10T05:00:00Z"), calendar: newYork)
        #expect(day.start == utc("2024-03-09T09:00:00Z"))
        #expect(day.end == utc("2024-03-10T08:00:00Z"))
        #expect(day.end.timeIntervalSince(day.start) == 23 * 3600)
    }

    @Test func theRolloverHourIsAParameter() throws {
        let utcCalendar = try calendar("UTC")
        let midnightDay = StudyDay(containing: utc("2024-06-01T02:00:00Z"), calendar: utcCalendar, rolloverHour: 0)
        #expect(midnightDay.start == utc("2024-06-01T00:00:00Z"))
    }
}
