import Foundation
import PrepScheduling

/// Days studied, from the review log: the current run of consecutive study days and the longest.
/// A run is still current when the last study day was yesterday: today is not over yet.
package struct StudyStreak: Sendable, Hashable, Encodable {
    package struct Day: Sendable, Hashable, Encodable {
        package var date: String
        package var reviews: Int
    }

    package var current: Int
    package var longest: Int
    /// Every study day with at least one review, oldest first.
    package var days: [Day]
    /// Reviews by the start of their study day, for a heatmap.
    package var countsByDay: [Date: Int]

    enum CodingKeys: String, CodingKey {
        case current, longest, days
    }

    package init(reviewDates: [Date], now: Date, calendar: Calendar) {
        var byOrdinal: [Int: (day: StudyDay, count: Int)] = [:]
        for date in reviewDates {
            let day = StudyDay(containing: date, calendar: calendar)
            byOrdinal[day.ordinal(calendar: calendar), default: (day, 0)].count += 1
        }
        let ordinals = byOrdinal.keys.sorted()
        var longest = 0
        var run = 0
        for (index, ordinal) in ordinals.enumerated() {
            run = index > 0 && ordinals[index - 1] == ordinal - 1 ? run + 1 : 1
            longest = max(longest, run)
        }
        let today = StudyDay(containing: now, calendar: calendar).ordinal(calendar: calendar)
        var cursor = byOrdinal[today] != nil ? today : today - 1
        var current = 0
        while byOrdinal[cursor] != nil {
            current += 1
            cursor -= 1
        }
        self.current = current
        self.longest = longest
        days = ordinals.compactMap { byOrdinal[$0] }.map { Day(date: $0.day.dateText(calendar: calendar), reviews: $0.count) }
        countsByDay = Dictionary(byOrdinal.values.map { ($0.day.start, $0.count) }, uniquingKeysWith: +)
    }
}
