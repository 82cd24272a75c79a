import Foundation
import PrepContent
import PrepScheduling
import PrepStore

/// A pinned calendar and clock, and rows built inline, for the stats tests.
enum StatsFixtures {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// 2026-03-10 at `hour`:`minute` UTC, shifted by `days`.
    static func date(day: Int = 10, hour: Int = 10, minute: Int = 0, days: Int = 0) -> Date {
        let base = calendar.date(from: DateComponents(year: 2026, month: 3, day: day, hour: hour, minute: minute))!
        return calendar.date(byAdding: .day, value: days, to: base)!
    }

    static let now = date()

    static func reviewed(
        _ key: String, state: CardState = .review, stability: Double = 10, due: Date = now,
        lastReview: Date? = nil, suspended: Bool = false
    ) -> StoredCardState {
        StoredCardState(
            key: key, state: state.rawValue, step: state == .review ? nil : 0, stability: stability, difficulty: 5,
            due: due, lastReview: lastReview ?? due.addingTimeInterval(-86_400 * stability), reps: 3,
            suspended: suspended
        )
    }

    static func card(_ key: String, topic: String = "django") -> StoredCard {
        StoredCard(
            key: key, lang: "en", kind: .qa, topic: topic, front: "front of \(key)", back: "back of \(key)",
            sourcePath: "content/\(topic)/a.en.md", sourceLine: 1, position: 0
        )
    }

    static func review(_ key: String, _ rating: Rating, at date: Date, id: String? = nil) -> StoredReview {
        StoredReview(
            id: id ?? "\(key)@\(date.timeIntervalSince1970)", cardKey: key, rating: rating.rawValue,
            reviewedAt: date, durationMs: 3000, mode: "review"
        )
    }
}
