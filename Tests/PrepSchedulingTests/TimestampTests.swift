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
}
