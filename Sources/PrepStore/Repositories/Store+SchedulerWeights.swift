import Foundation
import PrepScheduling
import PrepCore

extension Store {
    /// Where `prep scheduler optimize --apply` keeps the learner's fitted FSRS weights (comma-separated).
    package static let schedulerWeightsSetting = "scheduler.weights"

    /// The learner's saved weights; nil when none were saved, or when the saved text is not 21 weights within
    /// the scheduler's bounds (then the defaults are used rather than a broken schedule).
    package func schedulerWeights() throws -> [Double]? {
        try setting(Self.schedulerWeightsSetting, as: String.self).flatMap(Self.weights(stored:))
    }

    /// Saved weights read back; nil unless they are 21 numbers the scheduler accepts.
    package static func weights(stored text: String) -> [Double]? {
        let weights = text.split(separator: ",").compactMap { Double($0.trimmingWhitespace()) }
        guard (try? SchedulerParameters(weights: weights).validate()) != nil else { return nil }
        return weights
    }

    package func setSchedulerWeights(_ weights: [Double]) throws {
        try SchedulerParameters(weights: weights).validate()
        try setSetting(Self.schedulerWeightsSetting, to: weights.map { "\($0)" }.joined(separator: ","))
    }
}
