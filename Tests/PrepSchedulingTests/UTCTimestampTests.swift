import Foundation
import Testing

@testable import PrepScheduling

@Suite struct UTCTimestampTests {
    @Test(arguments: ["2024-01-01T09:00:00Z", "2024-02-29T23:59:59Z", "1970-01-01T00:00:00Z",
                      "1969-12-31T23:59:59Z", "6872-11-30T04:05:06Z", "2000-03-01T00:00:00Z"])
    func roundTrips(_ text: String) throws {
        let timestamp = try #require(UTCTimestamp(parsing: text))
        #expect(timestamp.description == text)
    }

    @Test func agreesWithFoundation() throws {
        let formatter = ISO8601DateFormatter()
        for text in ["2024-03-10T02:30:00Z", "2100-02-28T12:00:00Z", "6872-01-01T00:00:00Z"] {
            #expect(UTCTimestamp(parsing: text)?.date == formatter.date(from: text))
        }
    }

    @Test(arguments: ["2024-01-01 09:00:00Z", "2024-01-01T09:00:00", "2024-13-01T09:00:00Z",
                      "2023-02-29T09:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T09:00:00+00:00",
                      "2024-01-01T09:00:00.5Z", ""])
    func rejects(_ text: String) {
        #expect(UTCTimestamp(parsing: text) == nil)
    }

    @Test func showsFractionalSecondsInsteadOfHidingThem() {
        let date = utc("2024-01-01T09:05:30Z") + 0.5
        #expect(UTCTimestamp(date).description == "2024-01-01T09:05:30.500000Z")
    }
}
