import Foundation

/// The FSRS memory state Anki keeps in a card's `data`: `{"s": …, "d": …, "lrt": seconds}`.
package struct AnkiMemoryState: Sendable, Equatable {
    package var stability: Double
    package var difficulty: Double
    package var lastReview: Date?

    package init?(json: String) {
        guard json.contains("\"s\""),
            let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
            let stability = (object["s"] as? NSNumber)?.doubleValue, let difficulty = (object["d"] as? NSNumber)?.doubleValue
        else { return nil }
        self.stability = stability
        self.difficulty = difficulty
        lastReview = (object["lrt"] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue) }
    }
}
