import Foundation
import PrepScheduling
import PrepStore

/// Days studied, from the review log: the current run of consecutive study days and the longest.
/// A run is still current when the last study day was yesterday: today is not over yet.
///
/// The one definition of a study day and a streak: a study day (4 am to 4 am) with at least one review, from
/// a quiz or a review session alike. The quiz summary, the review summary and `prep stats` all count this way.
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

    /// Today's streak over the whole review log, as the session summaries show it.
    package static func current(in store: Store, now: Date, calendar: Calendar) throws -> Int {
        StudyStreak(reviewDates: try store.allReviews().map(\.reviewedAt), now: now, calendar: calendar).current
    }
}
