import Foundation

/// Everything that configures the scheduler, as py-fsrs's `Scheduler` constructor takes it.
package struct SchedulerParameters: Sendable, Hashable, Codable {
    /// The 21 FSRS-6 weights w0…w20.
    package var weights: [Double]
    package var desiredRetention: Double
    /// Learning step lengths in seconds; may be empty (a new card then goes straight to review).
    package var learningSteps: [TimeInterval]
    /// Relearning step lengths in seconds; may be empty (a lapse then stays in review).
    package var relearningSteps: [TimeInterval]
    /// The longest interval in days.
    package var maximumInterval: Int
    package var enableFuzzing: Bool
    /// Anki's order of the passing grades: Good at least a day past Hard, Easy at least a day past Good, where
    /// FSRS alone would round them to the same day. Off as in py-fsrs, whose reference vectors stay exact;
    /// prep's own grading turns it on.
    package var keepsIntervalOrder: Bool

    package init(
        weights: [Double] = SchedulerParameters.defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500,
        enableFuzzing: Bool = true,
        keepsIntervalOrder: Bool = false
    ) {
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
        self.keepsIntervalOrder = keepsIntervalOrder
    }

    /// py-fsrs 6.3.2's defaults, fuzzing on.
    package static let `default` = SchedulerParameters()

    /// FSRS-6 default weights.
    package static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// Inclusive bounds of each weight, as the reference library enforces them.
    package static let weightBounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1.0...10.0, 0.001...4.0, 0.001...4.0,
        0.001...0.75, 0.0...4.5, 0.0...0.8, 0.001...3.5, 0.001...5.0, 0.001...0.25, 0.001...0.9,
        0.0...4.0, 0.0...1.0, 1.0...6.0, 0.0...2.0, 0.0...2.0, 0.0...0.8, 0.1...0.8,
    ]

    /// Rejects what the reference library rejects, and nothing more, naming every offending weight at once.
    package func validate() throws(SchedulerParametersError) {
        guard weights.count == Self.weightBounds.count else {
            throw .wrongWeightCount(weights.count)
        }
        let outOfRange = weights.indices.filter { !Self.weightBounds[$0].contains(weights[$0]) }
        guard outOfRange.isEmpty else {
            throw .weightsOutOfRange(outOfRange.map { ($0, weights[$0], Self.weightBounds[$0]) })
        }
        // The reference fails here too (0 ** negative), just less helpfully.
        guard desiredRetention > 0 else { throw .desiredRetentionNotPositive(desiredRetention) }
    }
}

/// Why a set of scheduler parameters cannot be used, as data, so a screen can word it in its own language.
package enum SchedulerParametersError: Error, Sendable, Equatable {
    case wrongWeightCount(Int)
    case weightsOutOfRange([(index: Int, value: Double, bounds: ClosedRange<Double>)])
    case desiredRetentionNotPositive(Double)

    /// Tuples are not `Equatable`, so the weights out of range are compared field by field.
    package static func == (left: Self, right: Self) -> Bool {
        switch (left, right) {
        case (.wrongWeightCount(let a), .wrongWeightCount(let b)): a == b
        case (.weightsOutOfRange(let a), .weightsOutOfRange(let b)):
            a.map(\.index) == b.map(\.index) && a.map(\.value) == b.map(\.value) && a.map(\.bounds) == b.map(\.bounds)
        case (.desiredRetentionNotPositive(let a), .desiredRetentionNotPositive(let b)): a == b
        default: false
        }
    }
}
