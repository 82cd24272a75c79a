import Foundation
import PrepScheduling

extension StudyDay {
    /// The study day `offset` days after this one (before it when negative), by the same calendar.
    func advanced(by offset: Int, calendar: Calendar) -> StudyDay {
        let noon = calendar.date(byAdding: .hour, value: 12, to: start) ?? start.addingTimeInterval(43_200)
        let shifted = calendar.date(byAdding: .day, value: offset, to: noon) ?? noon.addingTimeInterval(Double(offset) * 86_400)
        return StudyDay(containing: shifted, calendar: calendar)
    }

    /// `YYYY-MM-DD` of the calendar date the study day starts on.
    func dateText(calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: start)
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day))"
    }

    /// Consecutive study days have consecutive ordinals, whatever daylight saving does to their length.
    func ordinal(calendar: Calendar) -> Int {
        calendar.ordinality(of: .day, in: .era, for: start) ?? Int(start.timeIntervalSince1970 / 86_400)
    }
}
