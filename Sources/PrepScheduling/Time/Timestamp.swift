import Foundation
import PrepCore

/// ISO 8601 in UTC, prep's one timestamp codec: `YYYY-MM-DDTHH:MM:SS.mmmZ` for exports and `--json` output,
/// `YYYY-MM-DDTHH:MM:SSZ` for the FSRS vector and review-log files (through `UTCTimestamp`).
///
/// Formatting and parsing are done by hand with calendar arithmetic: an export writes two timestamps per
/// review, and Foundation's format styles cost microseconds each and carry locale and time-zone state.
/// Milliseconds are rounded, not truncated, so a parsed timestamp formats back to the same text (the
/// identity that `prep restore` then `prep export` relies on).
package enum Timestamp {
    /// `YYYY-MM-DDTHH:MM:SS.mmmZ`, the milliseconds rounded.
    package static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, millisecondOfDay) = floorDivision(milliseconds, 86_400_000)
        return dateAndTime(days: days, secondOfDay: millisecondOfDay / 1000) + "." + padded(millisecondOfDay % 1000, 3) + "Z"
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, with a `.ffffff` fraction only if the instant is not a whole second.
    package static func wholeSecondString(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        let (days, secondOfDay) = floorDivision(Int64(whole), 86_400)
        var text = dateAndTime(days: days, secondOfDay: secondOfDay)
        let microseconds = Int64(((seconds - whole) * 1_000_000).rounded())
        if microseconds > 0 {
            text += "." + padded(min(microseconds, 999_999), 6)
        }
        return text + "Z"
    }

    /// Any ISO 8601 instant: the forms prep writes (with milliseconds or whole seconds) by hand, another
    /// fraction or a zone offset through Foundation. A day past its month's end is refused, where Foundation
    /// would roll 2026-02-30 over to March 2.
    package static func date(_ string: String) -> Date? {
        let bytes = Array(string.utf8)
        guard isOnTheCalendar(bytes) else { return nil }
        if let parsed = fields(bytes) {
            switch parsed.fraction.count {
            case 0: return Date(timeIntervalSince1970: Double(parsed.seconds))
            case 3: return Date(timeIntervalSince1970: Double(parsed.seconds * 1000 + number(parsed.fraction)) / 1000)
            default: break
            }
        }
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).parse(string) {
            return date
        }
        return try? Date.ISO8601FormatStyle(timeZone: .gmt).parse(string)
    }

    /// Only exactly `YYYY-MM-DDTHH:MM:SSZ` with a real calendar date and time.
    package static func wholeSecondDate(_ string: String) -> Date? {
        guard let parsed = fields(Array(string.utf8)), parsed.fraction.isEmpty else { return nil }
        return Date(timeIntervalSince1970: Double(parsed.seconds))
    }

    /// `YYYY-MM-DDTHH:MM:SS`, then an optional `.` and digits, then `Z`: the seconds since the epoch and
    /// the fraction's digits. `nil` for any other shape or a date or time that does not exist.
    private static func fields(_ bytes: [UInt8]) -> (seconds: Int64, fraction: ArraySlice<UInt8>)? {
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        let separators: [(Int, UInt8)] = [
            (4, UInt8(ascii: "-")), (7, UInt8(ascii: "-")), (10, UInt8(ascii: "T")), (13, UInt8(ascii: ":")), (16, UInt8(ascii: ":")),
        ]
        for (index, separator) in separators where bytes[index] != separator { return nil }
        let fraction = bytes[20..<max(20, bytes.count - 1)]
        if bytes.count > 20 {
            guard bytes[19] == UInt8(ascii: "."), !fraction.isEmpty, fraction.allSatisfy(isDigit) else { return nil }
        } else {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
        }
        let digitRanges = [0..<4, 5..<7, 8..<10, 11..<13, 14..<16, 17..<19]
        guard digitRanges.allSatisfy({ bytes[$0].allSatisfy(isDigit) }) else { return nil }
        let values = digitRanges.map { number(bytes[$0]) }
        let (year, month, day, hour, minute, second) = (Int(values[0]), Int(values[1]), Int(values[2]), values[3], values[4], values[5])
        guard isRealDay(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else { return nil }
        let days = Int64(CivilDate.daysSinceEpoch(year: year, month: month, day: day))
        return (((days * 24 + hour) * 60 + minute) * 60 + second, fraction)
    }

    /// Whether the date part names a real day, when it has the `YYYY-MM-DD` shape at all (any other shape
    /// is left to the parser to refuse).
    private static func isOnTheCalendar(_ bytes: [UInt8]) -> Bool {
        let date = bytes.prefix(10)
        guard date.count == 10, date[4] == UInt8(ascii: "-"), date[7] == UInt8(ascii: "-"),
              let year = Int(String(decoding: date[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: date[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: date[8..<10], as: UTF8.self))
        else { return true }
        return isRealDay(year: year, month: month, day: day)
    }

    /// Converting there and back finds any day past the month's end.
    private static func isRealDay(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), (1...31).contains(day) else { return false }
        let civil = CivilDate.civilDate(daysSinceEpoch: CivilDate.daysSinceEpoch(year: year, month: month, day: day))
        return civil.month == month && civil.day == day
    }

    private static func dateAndTime(days: Int64, secondOfDay: Int64) -> String {
        let civil = CivilDate.civilDate(daysSinceEpoch: Int(days))
        var text = ""
        text.reserveCapacity(27)
        text += padded(Int64(civil.year), 4) + "-" + padded(Int64(civil.month), 2) + "-" + padded(Int64(civil.day), 2)
        text += "T" + padded(secondOfDay / 3600, 2) + ":" + padded(secondOfDay / 60 % 60, 2) + ":" + padded(secondOfDay % 60, 2)
        return text
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int64 {
        digits.reduce(0) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
