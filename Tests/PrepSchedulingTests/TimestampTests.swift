import Foundation
import PrepCore
import Testing
@testable import PrepScheduling

struct TimestampTests {
    @Test func formatsUTCWithRoundedMilliseconds() {
        #expect(Timestamp.string(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(Timestamp.string(Date(timeIntervalSince1970: 1_780_000_000.0004)) == "2026-05-28T20:26:40.000Z")
        #expect(Timestamp.string(Date(timeIntervalSince1970: 1_780_000_000.0006)) == "2026-05-28T20:26:40.001Z")
        #expect(Timestamp.string(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    }

    /// Whatever the binary rounding of a parsed value, it formats back to the same text.
    @Test func parsedTimestampsFormatBackUnchanged() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let milliseconds = Int64(random.next() % 4_102_444_800_000)
            let text = Timestamp.string(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            let parsed = try #require(Timestamp.date(text))
            #expect(Timestamp.string(parsed) == text)
            #expect(Int64((parsed.timeIntervalSince1970 * 1000).rounded()) == milliseconds)
        }
    }

    @Test func agreesWithFoundation() throws {
        let date = Date(timeIntervalSince1970: 1_234_567_890.125)
        let foundation = date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
        #expect(Timestamp.string(date) == foundation)
        #expect(Timestamp.date("2009-02-13T23:31:30Z") == Date(timeIntervalSince1970: 1_234_567_890))
        #expect(Timestamp.date("2009-13-13T23:31:30.000Z") == nil)
    }

    /// The whole-second form the vector files use goes through the same codec and back unchanged.
    @Test(arguments: ["2024-02-29T23:59:59Z", "1969-12-31T23:59:59Z", "6872-11-30T04:05:06Z"])
    func wholeSecondFormRoundTrips(_ text: String) throws {
        let date = try #require(Timestamp.wholeSecondDate(text))
        #expect(Timestamp.wholeSecondString(date) == text)
        #expect(Timestamp.date(text) == date)
        #expect(Timestamp.string(date) == text.dropLast() + ".000Z")
    }

    /// With and without a fraction, in every length, the instant is Foundation's.
    @Test(arguments: ["2009-02-13T23:31:30Z", "2009-02-13T23:31:30.125Z", "2009-02-13T23:31:30.5Z",
                      "2009-02-13T23:31:30.123456Z", "2009-02-13T23:31:30.000Z"])
    func fractionalAndWholeFormsAgreeWithFoundation(_ text: String) throws {
        let foundation = try Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains("."), timeZone: .gmt).parse(text)
        let parsed = try #require(Timestamp.date(text))
        #expect(abs(parsed.timeIntervalSince1970 - foundation.timeIntervalSince1970) < 0.000_001)
    }

    @Test func wholeSecondFormIsStrict() {
        #expect(Timestamp.wholeSecondDate("2009-02-13T23:31:30.125Z") == nil)
        #expect(Timestamp.wholeSecondDate("2009-02-30T23:31:30Z") == nil)
        #expect(Timestamp.wholeSecondDate("2009-02-13T23:31:30+00:00") == nil)
        #expect(Timestamp.wholeSecondString(Date(timeIntervalSince1970: 1_234_567_890.25)) == "2009-02-13T23:31:30.250000Z")
    }
}
