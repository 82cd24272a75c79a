import Foundation
import PrepCore
import PrepScheduling
import PrepTerminal

/// What `prep scheduler optimize`, `evaluate` and `simulate` print, laid out in columns; the words come from
/// ``SchedulerPhrases`` in the learner's language.
struct SchedulerText {
    private let words: SchedulerPhrases

    init(lang: Language) {
        words = ScreenPhrases.forLanguage(lang).scheduler
    }

    func notEnoughData(have: Int, need: Int) -> String { words.notEnoughData(have, need) }

    func fitted(items: Int, reviews: Int, seconds: Double) -> String {
        words.fitted(items, reviews, String(format: "%.2f", seconds))
    }

    func evaluated(items: Int, reviews: Int, saved: Bool) -> String { words.evaluated(items, reviews, saved) }

    var metricsHeader: String {
        DisplayWidth.pad("", to: 12) + DisplayWidth.pad(words.logLossColumn, to: 12, alignment: .right)
            + DisplayWidth.pad(words.rmseColumn, to: 14, alignment: .right)
    }

    func metricsRow(_ label: String, _ evaluation: ModelEvaluation) -> String {
        DisplayWidth.pad(label, to: 12) + DisplayWidth.pad(String(format: "%.4f", evaluation.logLoss), to: 12, alignment: .right)
            + DisplayWidth.pad(String(format: "%.4f", evaluation.rmseBins), to: 14, alignment: .right)
    }

    var before: String { words.before }
    var after: String { words.after }
    var current: String { words.current }

    func weightsLine(_ weights: [Double]) -> String {
        words.weightsLabel + weights.map { String(format: "%.4f", $0) }.joined(separator: ", ")
    }

    /// "0.0400 → 0.0422".
    func change(_ before: Double, _ after: Double) -> String {
        String(format: "%.4f → %.4f", before, after)
    }

    var applied: String { words.applied }
    var notApplied: String { words.notApplied }
}

extension SchedulerText {
    func simulationIntro(days: Int, studied: Int, newCards: Int, perDay: Int) -> String {
        words.simulationIntro(days, studied, newCards, perDay)
    }

    var simulationHeader: String {
        DisplayWidth.pad(words.retentionColumn, to: 12)
            + DisplayWidth.pad(words.reviewsPerDayColumn, to: 14, alignment: .right)
            + DisplayWidth.pad(words.totalReviewsColumn, to: 15, alignment: .right)
            + DisplayWidth.pad(words.rememberedColumn, to: 14, alignment: .right)
    }

    func simulationRow(_ outcome: RetentionSimulator.Outcome) -> String {
        DisplayWidth.pad(String(format: "%.0f%%", outcome.retention * 100), to: 12)
            + DisplayWidth.pad(String(format: "%.1f", outcome.reviewsPerDay), to: 14, alignment: .right)
            + DisplayWidth.pad("\(outcome.totalReviews)", to: 15, alignment: .right)
            + DisplayWidth.pad(String(format: "%.0f / %d", outcome.cardsRemembered, outcome.cardsStudied), to: 14, alignment: .right)
    }
}
