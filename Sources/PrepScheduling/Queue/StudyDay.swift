import Foundation

/// The learner's day, which as in Anki starts at 4 am local time rather than midnight, so a late-night
/// session still counts as the evening's.
package struct StudyDay: Sendable, Hashable {
    package var start: Date
    /// When the next study day starts: buried siblings and daily limits reset here.
    package var end: Date

    package static let defaultRolloverHour = 4

    /// The study day containing `date` in the calendar's time zone.
    package init(containing date: Date, calendar: Calendar, rolloverHour: Int = defaultRolloverHour) {
        var midnight = calendar.startOfDay(for: date)
        if calendar.component(.hour, from: date) < rolloverHour {
            midnight = calendar.date(byAdding: .day, value: -1, to: midnight) ?? midnight
        }
        let nextMidnight = calendar.date(byAdding: .day, value: 1, to: midnight) ?? midnight.addingTimeInterval(86400)
        func rollover(after midnight: Date) -> Date {
            calendar.date(bySettingHour: rolloverHour, minute: 0, second: 0, of: midnight)
                ?? midnight.addingTimeInterval(TimeInterval(rolloverHour) * 3600)
        }
        start = rollover(after: midnight)
        end = rollover(after: nextMidnight)
    }

    package func contains(_ date: Date) -> Bool { start <= date && date < end }
}
