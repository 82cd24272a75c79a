import Foundation

@testable import PrepScheduling

/// Parses a `YYYY-MM-DDTHH:MM:SSZ` literal that a test knows to be well formed.
func utc(_ text: String) -> Date {
    guard let timestamp = UTCTimestamp(parsing: text) else { fatalError("bad test datetime \(text)") }
    return timestamp.date
}

let minute: TimeInterval = 60
let day: TimeInterval = 86400
