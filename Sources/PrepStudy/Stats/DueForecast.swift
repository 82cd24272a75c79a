import Foundation
import PrepScheduling
import PrepStore

/// How many reviews fall due on each of the coming study days; what is already overdue counts today.
package struct DueForecast: Sendable, Hashable, Encodable {
    package struct Day: Sendable, Hashable, Encodable {
        /// The study day's calendar date, `YYYY-MM-DD`.
        package var date: String
        package var due: Int
    }

    /// Cards due before today began; already included in the first day.
    package var overdue: Int
    /// Today first.
    package var days: [Day]

    /// - Parameter states: the states to forecast; new and suspended cards are never due and are skipped.
    package init(states: [StoredCardState], now: Date, calendar: Calendar, days dayCount: Int = 30) {
        let today = StudyDay(containing: now, calendar: calendar)
        let studyDays = (0..<max(dayCount, 1)).map { today.advanced(by: $0, calendar: calendar) }
        var counts = Array(repeating: 0, count: studyDays.count)
        overdue = 0
        for state in states where state.reps > 0 && !state.suspended {
            if state.due < today.start {
                overdue += 1
                counts[0] += 1
            } else if let index = Self.index(of: state.due, in: studyDays) {
                counts[index] += 1
            }
        }
        days = zip(studyDays, counts).map { Day(date: $0.dateText(calendar: calendar), due: $1) }
    }

    /// Binary search over the consecutive days; nil past the last one.
    private static func index(of date: Date, in days: [StudyDay]) -> Int? {
        guard let last = days.last, date < last.end else { return nil }
        var low = 0
        var high = days.count - 1
        while low < high {
            let middle = (low + high) / 2
            if date < days[middle].end { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
