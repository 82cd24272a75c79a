import Foundation

/// A review log as JSON Lines: one object per line with `card_id` (number or string), `review_time`
/// (ISO 8601 UTC), `rating` 1–4 and optionally `elapsed_days`; other fields are ignored, blank lines skipped.
package enum ReviewLogFile {
    package static func parse(_ data: Data) throws(ReviewLogFileError) -> [ReviewLogEntry] {
        var entries: [ReviewLogEntry] = []
        for (offset, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            guard line.contains(where: { !($0 == 32 || $0 == 9 || $0 == 13) }) else { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw .invalidLine(number, .notAnObject)
            }
            let cardID: String
            switch object["card_id"] {
            case let text as String: cardID = text
            case let number as NSNumber: cardID = number.stringValue
            default: throw .invalidLine(number, .cardID)
            }
            guard let time = object["review_time"] as? String, let reviewedAt = UTCTimestamp(parsing: time)?.date else {
                throw .invalidLine(number, .reviewTime)
            }
            guard let grade = (object["rating"] as? NSNumber)?.doubleValue, let rating = Rating(rawValue: Int(grade)),
                Double(rating.rawValue) == grade
            else {
                throw .invalidLine(number, .rating)
            }
            var elapsedDays: Int?
            if let elapsed = object["elapsed_days"], !(elapsed is NSNull) {
                guard let days = (elapsed as? NSNumber)?.doubleValue, days >= 0, days == days.rounded(.down) else {
                    throw .invalidLine(number, .elapsedDays)
                }
                elapsedDays = Int(days)
            }
            entries.append(ReviewLogEntry(cardID: cardID, reviewedAt: reviewedAt, rating: rating, elapsedDays: elapsedDays))
        }
        return entries
    }

    /// The same format, as `parse` reads it (with `elapsed_days`), for handing a log to other tools.
    package static func lines(_ log: [ReviewLogEntry]) -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return log.map { entry in
            let line = Line(
                card_id: entry.cardID, review_time: UTCTimestamp(entry.reviewedAt).description,
                rating: entry.rating.rawValue, elapsed_days: entry.elapsedDays
            )
            return String(decoding: try! encoder.encode(line), as: UTF8.self)
        }
    }

    private struct Line: Encodable {
        var card_id: String
        var review_time: String
        var rating: Int
        var elapsed_days: Int?
    }
}

/// Why a review log file cannot be read, naming the line.
package enum ReviewLogFileError: Error {
    case invalidLine(Int, Reason)

    /// Which rule of the format a line breaks, as data, so a screen can word it in its own language.
    package enum Reason: Sendable, CaseIterable {
        case notAnObject, cardID, reviewTime, rating, elapsedDays
    }
}
