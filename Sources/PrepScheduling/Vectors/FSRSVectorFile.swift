import Foundation

/// A reference-vector file (fsrs-spec.md §0): cases produced by py-fsrs 6.3.2 with fuzzing off.
package struct FSRSVectorFile: Sendable, Codable {
    package var schemaVersion: Int
    /// `public` or `hidden`.
    package var kind: String
    package var reference: String?
    package var generator: String?
    package var tolerances: Tolerances?
    package var caseCount: Int
    package var cases: [Case]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case kind, reference, generator, tolerances
        case caseCount = "case_count"
        case cases
    }

    /// Informational: the replay applies the spec's tolerances whatever the file says.
    package struct Tolerances: Sendable, Codable {
        package var stability: Double?
        package var difficulty: Double?
        package var retrievability: Double?
    }

    /// One card's history: a new card created at `start`, then every review in order.
    package struct Case: Sendable, Codable {
        package var id: String
        /// What the case exercises, in words.
        package var description: String
        package var tags: [String]
        package var scheduler: SchedulerConfiguration
        package var start: UTCTimestamp
        package var reviews: [Review]
        /// Checked on the card after the last review.
        package var retrievabilityChecks: [RetrievabilityCheck]

        enum CodingKeys: String, CodingKey {
            case id, description, tags, scheduler, start, reviews
            case retrievabilityChecks = "retrievability_checks"
        }
    }

    package struct SchedulerConfiguration: Sendable, Codable {
        package var parameters: [Double]
        package var desiredRetention: Double
        package var learningStepsSeconds: [Int]
        package var relearningStepsSeconds: [Int]
        package var maximumIntervalDays: Int
        package var enableFuzzing: Bool

        enum CodingKeys: String, CodingKey {
            case parameters
            case desiredRetention = "desired_retention"
            case learningStepsSeconds = "learning_steps_seconds"
            case relearningStepsSeconds = "relearning_steps_seconds"
            case maximumIntervalDays = "maximum_interval_days"
            case enableFuzzing = "enable_fuzzing"
        }

        package var schedulerParameters: SchedulerParameters {
            SchedulerParameters(
                weights: parameters,
                desiredRetention: desiredRetention,
                learningSteps: learningStepsSeconds.map(TimeInterval.init),
                relearningSteps: relearningStepsSeconds.map(TimeInterval.init),
                maximumInterval: maximumIntervalDays,
                enableFuzzing: enableFuzzing
            )
        }
    }

    package struct Review: Sendable, Codable {
        package var rating: Rating
        package var reviewDatetime: UTCTimestamp
        /// `nil` on the first review.
        package var elapsedDays: Int?
        /// Of the card before this review, at the review time; 0 for a never-reviewed card.
        package var retrievabilityBefore: Double
        package var expected: Expected

        enum CodingKeys: String, CodingKey {
            case rating
            case reviewDatetime = "review_datetime"
            case elapsedDays = "elapsed_days"
            case retrievabilityBefore = "retrievability_before"
            case expected
        }
    }

    /// The card after a review.
    package struct Expected: Sendable, Codable {
        package var state: String
        package var stateCode: Int
        /// `nil` in review.
        package var step: Int?
        package var stability: Double
        package var difficulty: Double
        package var due: UTCTimestamp
        package var lastReview: UTCTimestamp
        package var intervalSeconds: Int
        package var memoryUpdate: MemoryUpdate
        package var retrievabilityAtDue: Double

        enum CodingKeys: String, CodingKey {
            case state
            case stateCode = "state_code"
            case step, stability, difficulty, due
            case lastReview = "last_review"
            case intervalSeconds = "interval_seconds"
            case memoryUpdate = "memory_update"
            case retrievabilityAtDue = "retrievability_at_due"
        }
    }

    package struct RetrievabilityCheck: Sendable, Codable {
        package var datetime: UTCTimestamp
        package var retrievability: Double
    }
}
