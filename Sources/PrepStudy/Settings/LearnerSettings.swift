import Foundation
import PrepCore
import PrepScheduling
import PrepStore

/// The learner's preferences, kept in the database's `setting` table so that an export carries them and every
/// command — quiz, review, stats, interview planning — reads the same values.
package struct LearnerSettings: Sendable, Hashable {
    package var newCardsPerDay = DailyLimits.default.newCards
    package var reviewsPerDay = DailyLimits.default.reviews
    package var desiredRetention = SchedulerParameters.default.desiredRetention
    package var learningSteps = SchedulerParameters.default.learningSteps
    package var relearningSteps = SchedulerParameters.default.relearningSteps
    package var maximumInterval = SchedulerParameters.default.maximumInterval
    package var leechThreshold = LeechRule.lapseThreshold
    /// Nil until the learner picks one; the language then comes from `PREP_LANG` or the default.
    package var language: Language?
    package var quizLength = 20
    package var color = ColorPreference.auto
    /// Anki's "Bury new siblings" and "Bury review siblings", off as in Anki's defaults.
    package var buryNewSiblings = SiblingBurial.anki.new
    package var buryReviewSiblings = SiblingBurial.anki.review
    /// FSRS weights fitted to the learner (`prep scheduler optimize --apply`), else FSRS-6's defaults.
    package var weights = SchedulerParameters.defaultWeights

    package init() {}

    package enum ColorPreference: String, Sendable, Hashable, CaseIterable {
        case auto, always, never
    }

    /// The scheduler these settings ask for.
    package func schedulerParameters() -> SchedulerParameters {
        SchedulerParameters(
            weights: weights, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, keepsIntervalOrder: true)
    }

    package var dailyLimits: DailyLimits { DailyLimits(newCards: newCardsPerDay, reviews: reviewsPerDay) }

    package var siblingBurial: SiblingBurial { SiblingBurial(new: buryNewSiblings, review: buryReviewSiblings) }

    /// Reads every setting; a stored value that no longer validates (written by hand, or by an older prep)
    /// falls back to its default rather than stopping the learner from studying.
    package init(stored: [String: String]) {
        self.init()
        for setting in LearnerSetting.allCases {
            guard let text = stored[setting.rawValue] else { continue }
            try? setting.apply(text, to: &self)
        }
        if let weights = stored[Store.schedulerWeightsSetting].flatMap(Store.weights(stored:)) { self.weights = weights }
    }

    package static func load(from store: Store) throws -> LearnerSettings {
        LearnerSettings(stored: try store.allSettings())
    }
}
