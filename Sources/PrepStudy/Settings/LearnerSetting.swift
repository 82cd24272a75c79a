import Foundation
import PrepCore
import PrepScheduling

/// One setting `prep config` can show and change: its stored key and how a value is checked. What it means is
/// worded in each language's phrases (PrepCLI).
package enum LearnerSetting: String, Sendable, CaseIterable {
    case newCardsPerDay = "new_cards_per_day"
    case reviewsPerDay = "reviews_per_day"
    case desiredRetention = "desired_retention"
    case learningSteps = "learning_steps"
    case relearningSteps = "relearning_steps"
    case maximumInterval = "maximum_interval"
    case leechThreshold = "leech_threshold"
    case language = "lang"
    case quizLength = "quiz_length"
    case color
    case buryNewSiblings = "bury_new_siblings"
    case buryReviewSiblings = "bury_review_siblings"

    package var valueName: String {
        switch self {
        case .desiredRetention: "R"
        case .learningSteps, .relearningSteps: "STEPS"
        case .maximumInterval: "DAYS"
        case .language: "zh-Hant|en"
        case .color: "auto|always|never"
        case .buryNewSiblings, .buryReviewSiblings: "on|off"
        default: "N"
        }
    }

    package static let languages = Language.codes

    /// Checks `text` and writes it into `settings`; the error says what values are allowed.
    package func apply(_ text: String, to settings: inout LearnerSettings) throws(LearnerSettingError) {
        let trimmed = text.trimmingWhitespace()
        switch self {
        case .newCardsPerDay: settings.newCardsPerDay = try wholeNumber(trimmed, in: 0...9999)
        case .reviewsPerDay: settings.reviewsPerDay = try wholeNumber(trimmed, in: 0...99_999)
        case .desiredRetention:
            guard let value = Double(trimmed), value.isFinite, (0.70...0.99).contains(value) else {
                throw invalid(trimmed, .retention)
            }
            settings.desiredRetention = value
        case .learningSteps: settings.learningSteps = try steps(trimmed)
        case .relearningSteps: settings.relearningSteps = try steps(trimmed)
        case .maximumInterval: settings.maximumInterval = try wholeNumber(trimmed, in: 1...36500)
        case .leechThreshold: settings.leechThreshold = try wholeNumber(trimmed, in: 1...99)
        case .language:
            // Saved as prep writes it, so `zh-TW` and `zh-Hant` are one setting.
            guard let language = Language(tag: trimmed) else { throw invalid(trimmed, .language) }
            settings.language = language
        case .quizLength: settings.quizLength = try wholeNumber(trimmed, in: 1...1000)
        case .color:
            guard let preference = LearnerSettings.ColorPreference(rawValue: trimmed) else {
                throw invalid(trimmed, .color)
            }
            settings.color = preference
        case .buryNewSiblings: settings.buryNewSiblings = try onOff(trimmed)
        case .buryReviewSiblings: settings.buryReviewSiblings = try onOff(trimmed)
        }
    }

    /// The value as `prep config` shows it and as it is stored.
    package func value(in settings: LearnerSettings) -> String {
        switch self {
        case .newCardsPerDay: "\(settings.newCardsPerDay)"
        case .reviewsPerDay: "\(settings.reviewsPerDay)"
        case .desiredRetention: "\(settings.desiredRetention)"
        case .learningSteps: Self.describe(settings.learningSteps)
        case .relearningSteps: Self.describe(settings.relearningSteps)
        case .maximumInterval: "\(settings.maximumInterval)"
        case .leechThreshold: "\(settings.leechThreshold)"
        case .language: settings.language?.code ?? ""
        case .quizLength: "\(settings.quizLength)"
        case .color: settings.color.rawValue
        case .buryNewSiblings: settings.buryNewSiblings ? "on" : "off"
        case .buryReviewSiblings: settings.buryReviewSiblings ? "on" : "off"
        }
    }

    /// Settings whose change alters intervals given from now on (never the ones already given).
    package var affectsScheduling: Bool {
        switch self {
        case .desiredRetention, .learningSteps, .relearningSteps, .maximumInterval: true
        default: false
        }
    }

    private func invalid(_ text: String, _ expected: LearnerSettingError.Expected) -> LearnerSettingError {
        LearnerSettingError(setting: rawValue, value: text, expected: expected)
    }

    private func wholeNumber(_ text: String, in range: ClosedRange<Int>) throws(LearnerSettingError) -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw invalid(text, .wholeNumber(range))
        }
        return value
    }

    /// `on`/`off`, also `true`/`false` and `yes`/`no` as a script might write them.
    private func onOff(_ text: String) throws(LearnerSettingError) -> Bool {
        switch text.lowercased() {
        case "on", "true", "yes", "1": return true
        case "off", "false", "no", "0": return false
        default: throw invalid(text, .onOff)
        }
    }

    /// `1m 10m`, `30s,1h`, `1d` or `none`: Anki's step notation.
    private func steps(_ text: String) throws(LearnerSettingError) -> [TimeInterval] {
        if text.lowercased() == "none" || text.isEmpty { return [] }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var steps: [TimeInterval] = []
        for word in words {
            let units: [Character: TimeInterval] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
            guard let unit = word.last, let scale = units[unit], let amount = Double(word.dropLast()),
                amount.isFinite, amount > 0, amount * scale <= 365 * 86400
            else {
                throw invalid(text, .steps)
            }
            steps.append(amount * scale)
        }
        guard steps.count <= 20 else { throw invalid(text, .tooManySteps) }
        return steps
    }

    private static func describe(_ steps: [TimeInterval]) -> String {
        guard !steps.isEmpty else { return "none" }
        return steps.map { seconds in
            for (unit, scale) in [("d", 86400.0), ("h", 3600), ("m", 60)] where seconds >= scale && seconds.truncatingRemainder(dividingBy: scale) == 0 {
                return "\(Int(seconds / scale))\(unit)"
            }
            return seconds == seconds.rounded() ? "\(Int(seconds))s" : "\(seconds)s"
        }.joined(separator: " ")
    }
}

/// A value `prep config` refuses, with what would have been accepted; the phrase tables word it from `expected`.
package struct LearnerSettingError: Error, Sendable, Equatable {
    package var setting: String
    package var value: String
    package var expected: Expected

    package enum Expected: Sendable, Equatable {
        case wholeNumber(ClosedRange<Int>)
        case retention
        case steps
        case tooManySteps
        case language
        case color
        case onOff
    }
}
