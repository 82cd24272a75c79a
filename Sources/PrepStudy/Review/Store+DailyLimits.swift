import PrepScheduling
import PrepStore

extension Store {
    /// The daily limits the learner set, Anki's defaults where unset.
    package func dailyLimits() throws -> DailyLimits {
        DailyLimits(
            newCards: try setting(ReviewSessionOptions.newCardsPerDaySetting, as: Int.self) ?? DailyLimits.default.newCards,
            reviews: try setting(ReviewSessionOptions.reviewsPerDaySetting, as: Int.self) ?? DailyLimits.default.reviews
        )
    }

    package func saveDailyLimits(_ limits: DailyLimits) throws {
        try setSetting(ReviewSessionOptions.newCardsPerDaySetting, to: limits.newCards)
        try setSetting(ReviewSessionOptions.reviewsPerDaySetting, to: limits.reviews)
    }
}
