import PrepScheduling
import PrepStore

extension Store {
    /// The daily limits the learner set, Anki's defaults where unset.
    package func dailyLimits() throws -> DailyLimits {
        try LearnerSettings.load(from: self).dailyLimits
    }

    package func saveDailyLimits(_ limits: DailyLimits) throws {
        try setSetting(LearnerSetting.newCardsPerDay.rawValue, to: limits.newCards)
        try setSetting(LearnerSetting.reviewsPerDay.rawValue, to: limits.reviews)
    }

    /// Keeps the scheduler settings of `parameters` that `prep config` accepts (desired retention, steps,
    /// maximum interval); returns the parameters the learner's settings now give, for the caller to compare.
    package func saveSchedulerSettings(_ parameters: SchedulerParameters) throws -> SchedulerParameters {
        var settings = try LearnerSettings.load(from: self)
        var candidate = settings
        candidate.desiredRetention = parameters.desiredRetention
        candidate.learningSteps = parameters.learningSteps
        candidate.relearningSteps = parameters.relearningSteps
        candidate.maximumInterval = parameters.maximumInterval
        for setting in [LearnerSetting.desiredRetention, .learningSteps, .relearningSteps, .maximumInterval] {
            let text = setting.value(in: candidate)
            // A value outside what `prep config` allows is left as it was; the caller reports the difference.
            guard (try? setting.apply(text, to: &settings)) != nil else { continue }
            try setSetting(setting.rawValue, to: setting.value(in: settings))
        }
        return settings.schedulerParameters()
    }
}
