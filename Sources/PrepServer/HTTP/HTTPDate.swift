import Glibc
import PrepCore

/// The Date header's value. RFC 9110 §6.6.1: an origin server with a clock sends one in every 2xx, 3xx and
/// 4xx response. Each server thread keeps its own, so reading it takes no lock.
package struct HTTPDate {
    /// IMF-fixdate (RFC 9110 §5.6.7) is fixed-width, which lets a prepared response be patched in place.
    static let length = 29

    private var second = Int.min
    private var value: [UInt8] = []

    package init() {}

    /// The value for this second: the clock read costs a few instructions through the vDSO, formatting
    /// happens once a second.
    mutating func now() -> [UInt8] {
        let current = time(nil)
        if current != second {
            second = current
            value = Self.imfFixdate(secondsSinceEpoch: current)
        }
        return value
    }

    /// "Sun, 06 Nov 1994 08:49:37 GMT" for a time in whole seconds since 1970 (UTC, proleptic Gregorian).
    package static func imfFixdate(secondsSinceEpoch: Int) -> [UInt8] {
        let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
        let secondOfDay = secondsSinceEpoch - days * 86_400
        let (year, month, day) = CivilDate.civilDate(daysSinceEpoch: days)
        // 1 January 1970 was a Thursday.
        let weekday = ((days % 7) + 7 + 4) % 7

        var out: [UInt8] = []
        out.reserveCapacity(length)
        out.append(contentsOf: weekdayNames[weekday * 3..<weekday * 3 + 3])
        out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")])
        appendDigits(day, count: 2, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: monthNames[(month - 1) * 3..<(month - 1) * 3 + 3])
        out.append(UInt8(ascii: " "))
        appendDigits(year, count: 4, to: &out)
        out.append(UInt8(ascii: " "))
        appendDigits(secondOfDay / 3600, count: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, count: 2, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, count: 2, to: &out)
        out.append(contentsOf: Array(" GMT".utf8))
        return out
    }

    private static let weekdayNames = Array("SunMonTueWedThuFriSat".utf8)
    private static let monthNames = Array("JanFebMarAprMayJunJulAugSepOctNovDec".utf8)

    /// Zero-padded; a year outside 0...9999 keeps only its last four digits, which keeps the width fixed.
    private static func appendDigits(_ value: Int, count: Int, to out: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        let value = abs(value)
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
