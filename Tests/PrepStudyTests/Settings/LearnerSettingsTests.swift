import Foundation
import PrepScheduling
import PrepStore
import Testing

@testable import PrepStudy

@Suite struct LearnerSettingsTests {
    @Test(arguments: [
        (LearnerSetting.desiredRetention, "0.69"), (.desiredRetention, "1"), (.desiredRetention, "nan"),
        (.newCardsPerDay, "-1"), (.newCardsPerDay, "twenty"), (.reviewsPerDay, "100000"),
        (.learningSteps, "1x"), (.learningSteps, "0m"), (.learningSteps, "400d"), (.maximumInterval, "0"),
        (.leechThreshold, "0"), (.language, "fr"), (.quizLength, "0"), (.color, "sometimes"),
    ])
    func refusesValuesOutOfRange(setting: LearnerSetting, text: String) {
        var settings = LearnerSettings()
        #expect(throws: LearnerSettingError.self) { try setting.apply(text, to: &settings) }
        #expect(settings == LearnerSettings())
    }

    @Test func refusalSaysWhatIsAccepted() {
        var settings = LearnerSettings()
        #expect(throws: LearnerSettingError(setting: "desired_retention", value: "0.5", expected: .retention)) {
            try LearnerSetting.desiredRetention.apply("0.5", to: &settings)
        }
    }

    @Test func stepsReadAnkiNotationAndPrintBackTheSame() throws {
        var settings = LearnerSettings()
        try LearnerSetting.learningSteps.apply("30s, 5m 1h 2d", to: &settings)
        #expect(settings.learningSteps == [30, 300, 3600, 172_800])
        #expect(LearnerSetting.learningSteps.value(in: settings) == "30s 5m 1h 2d")
        try LearnerSetting.relearningSteps.apply("none", to: &settings)
        #expect(settings.relearningSteps.isEmpty)
        #expect(LearnerSetting.relearningSteps.value(in: settings) == "none")
    }

    @Test func everyValueRoundTripsThroughItsStoredText() throws {
        var settings = LearnerSettings()
        try LearnerSetting.newCardsPerDay.apply("7", to: &settings)
        try LearnerSetting.desiredRetention.apply("0.85", to: &settings)
        try LearnerSetting.language.apply("en", to: &settings)
        try LearnerSetting.color.apply("never", to: &settings)
        let stored = Dictionary(uniqueKeysWithValues: LearnerSetting.allCases.map { ($0.rawValue, $0.value(in: settings)) })
        #expect(LearnerSettings(stored: stored) == settings)
    }

    @Test func aStoredValueThatNoLongerValidatesFallsBackToTheDefault() {
        let settings = LearnerSettings(stored: ["desired_retention": "5", "new_cards_per_day": "3"])
        #expect(settings.desiredRetention == 0.9)
        #expect(settings.newCardsPerDay == 3)
    }

    @Test func schedulerAndLimitsFollowTheSettings() throws {
        let store = try Store.openInMemory()
        try store.setSetting("desired_retention", to: "0.8")
        try store.setSetting("maximum_interval", to: "100")
        try store.setSetting("reviews_per_day", to: "50")
        let settings = try LearnerSettings.load(from: store)
        let parameters = settings.schedulerParameters()
        #expect(parameters.desiredRetention == 0.8)
        #expect(parameters.maximumInterval == 100)
        #expect(parameters.weights == SchedulerParameters.defaultWeights)
        #expect(settings.dailyLimits == DailyLimits(newCards: 20, reviews: 50))
    }

    @Test func theLeechThresholdDecidesWhenACardIsSuspended() {
        let state = StoredCardState(
            key: "k", state: CardState.review.rawValue, stability: 10, difficulty: 5,
            due: Date(timeIntervalSince1970: 86_400 * 10), lastReview: Date(timeIntervalSince1970: 0), reps: 5, lapses: 2)
        let now = Date(timeIntervalSince1970: 86_400 * 20)
        let atDefault = GradeRecorder.apply(.again, to: state, at: now, scheduler: Scheduler())
        let atThree = GradeRecorder.apply(.again, to: state, at: now, scheduler: Scheduler(), leechThreshold: 3)
        #expect(!atDefault.becameLeech)
        #expect(atThree.becameLeech && atThree.state.suspended)
    }
}
