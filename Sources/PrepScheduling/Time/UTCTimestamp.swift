import Foundation

/// A UTC instant written `YYYY-MM-DDTHH:MM:SSZ`, the only datetime form the vector files use, as a
/// `Codable` value; the text is `Timestamp`'s, exact for every year the vectors span (2020–6872).
package struct UTCTimestamp: Sendable, Hashable, Codable, CustomStringConvertible {
    package var date: Date

    package init(_ date: Date) {
        self.date = date
    }

    /// `nil` unless `text` is exactly `YYYY-MM-DDTHH:MM:SSZ` with a real calendar date and time.
    package init?(parsing text: String) {
        guard let date = Timestamp.wholeSecondDate(text) else { return nil }
        self.date = date
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, with a `.ffffff` fraction only if the instant is not a whole second.
    package var description: String {
        Timestamp.wholeSecondString(date)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = UTCTimestamp(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a YYYY-MM-DDTHH:MM:SSZ datetime")
        }
        self = parsed
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
