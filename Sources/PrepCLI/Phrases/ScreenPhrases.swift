import Foundation
import PrepScheduling

/// Every word the review and stats screens show, for one language. A language is one value of this type in
/// its own file (`ScreenPhrases+English.swift`, `ScreenPhrases+TraditionalChinese.swift`); the compiler
/// refuses a language that leaves a phrase out.
struct ScreenPhrases: Sendable {
    // Review: keys and grades.
    var gradeNames: [Rating: String]
    /// Interval units beside each grade, most compact first: seconds, minutes, hours, days, months, years.
    var intervalUnits: [String]
    var lessThanAMinute: String
    var revealKey: @Sendable (_ interactive: Bool) -> String
    var gradeKey: String
    var undoKey: String
    var suspendKey: String
    var sourceKey: String
    var checkKey: String
    var quitKey: String
    var scrollKey: String
    var hintSeparator: String

    // Review: the card.
    var cardTitle: @Sendable (_ topic: String, _ kind: String, _ state: String, _ cram: Bool, _ done: Int, _ left: Int) -> String
    var pipedCardHeader: @Sendable (_ number: Int, _ topic: String, _ state: String) -> String
    var questionLabel: String
    var answerLabel: String
    var kindNames: [String: String]
    var stateNames: [String: String]
    var claimCue: String
    var moreBelow: @Sendable (_ lines: Int) -> String
    var sourceTitle: @Sendable (_ location: String) -> String
    var sourceUnreadable: @Sendable (_ location: String) -> String

    // Review: notices.
    var showAnswerFirst: @Sendable (_ interactive: Bool) -> String
    var undidGrade: String
    var unsuspended: String
    var nothingToUndo: String
    var suspended: @Sendable (_ front: String) -> String
    var becameLeech: @Sendable (_ front: String, _ lapses: Int) -> String
    var unknownKey: @Sendable (_ key: String) -> String

    // Review: the summary.
    var nothingToReview: String
    var noCardsReviewed: String
    var reviewedSummary: @Sendable (_ cards: Int, _ new: Int, _ againPercent: Int, _ minutes: Int, _ seconds: Int) -> String
    var leechSuspended: @Sendable (_ key: String) -> String
    var cramUnchanged: String
    var dueByTomorrow: @Sendable (_ cards: Int) -> String

    // Stats.
    var topicHeading: @Sendable (_ topic: String) -> String
    var forecastHeading: @Sendable (_ days: Int) -> String
    var forecastDetail: @Sendable (_ today: Int, _ overdue: Int, _ week: Int, _ days: Int, _ total: Int) -> String
    var today: String
    var reviewsHeading: @Sendable (_ days: Int) -> String
    var reviewsDetail: @Sendable (_ total: Int) -> String
    var retention: @Sendable (_ percent: String, _ recalled: Int, _ reviews: Int) -> String
    var noRetentionYet: String
    var calendarHeading: String
    var streakDetail: @Sendable (_ current: Int, _ longest: Int, _ studied: Int) -> String
    /// Weekday and month names of the study calendar come from this locale.
    var calendarLocale: String
    var heatmapLegend: (less: String, more: String)
    var readinessHeading: String
    var readinessDetail: String
    var readinessCounts: @Sendable (_ new: Int, _ learning: Int, _ young: Int, _ mature: Int, _ suspended: Int) -> String

    /// The phrases of `code` (`zh-Hant`, `en`); any Chinese code reads as Traditional Chinese, the only
    /// Chinese content is written in.
    static func forLanguage(_ code: String) -> ScreenPhrases {
        code.lowercased().hasPrefix("zh") ? .traditionalChinese : .english
    }

    static let all: [String: ScreenPhrases] = ["en": .english, "zh-Hant": .traditionalChinese]

    /// "45s", "5.5m", "10d" as Anki shows them beside the grades, with this language's units.
    func interval(_ seconds: TimeInterval) -> String {
        if seconds < 60 { return lessThanAMinute }
        let compact = intervalDescription(seconds)
        let number = compact.prefix { $0.isNumber || $0 == "." }
        let latinUnits = ["s", "m", "h", "d", "mo", "y"]
        let unit = latinUnits.firstIndex(of: String(compact.dropFirst(number.count))).map { intervalUnits[$0] } ?? ""
        return "\(number)\(unit)"
    }
}
