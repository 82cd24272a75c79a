import Foundation

/// The versioned JSON of `prep export` / `prep restore`: everything a learner has done, by card key.
package struct ProgressDocument: Codable, Equatable, Sendable {
    package static let formatName = "prep-progress"
    /// 2 added `card_actions` and a card's `buried_until`; version 1 files restore as before.
    package static let currentVersion = 2

    package var format: String
    package var version: Int
    package var exportedAt: String
    package var scheduler: SchedulerSettings
    package var cards: [CardProgress]
    package var reviews: [Review]
    package var quizSessions: [QuizSession]
    package var checkRuns: [CheckRun]
    /// Nil in a version 1 file, which had no card management.
    package var cardActions: [CardAction]?

    enum CodingKeys: String, CodingKey {
        case format, version, scheduler, cards, reviews
        case exportedAt = "exported_at"
        case quizSessions = "quiz_sessions"
        case checkRuns = "check_runs"
        case cardActions = "card_actions"
    }

    package struct SchedulerSettings: Codable, Equatable, Sendable {
        package var algorithm: String
        package var parameters: [Double]
        package var desiredRetention: Double
        package var learningStepsSeconds: [Int]
        package var relearningStepsSeconds: [Int]
        package var maximumIntervalDays: Int
        package var newCardsPerDay: Int
        package var reviewsPerDay: Int

        enum CodingKeys: String, CodingKey {
            case algorithm, parameters
            case desiredRetention = "desired_retention"
            case learningStepsSeconds = "learning_steps_seconds"
            case relearningStepsSeconds = "relearning_steps_seconds"
            case maximumIntervalDays = "maximum_interval_days"
            case newCardsPerDay = "new_cards_per_day"
            case reviewsPerDay = "reviews_per_day"
        }
    }

    /// A card key with its memory state. Topic, kind and front are absent for a key whose content this
    /// database never imported (restored from another machine): its progress is kept all the same.
    package struct CardProgress: Codable, Equatable, Sendable {
        package var key: String
        package var topic: String?
        package var kind: String?
        package var front: String?
        package var archived: Bool
        /// Nil while the card has never been reviewed.
        package var state: MemoryState?
    }

    package struct MemoryState: Codable, Equatable, Sendable {
        /// `learning`, `review` or `relearning`.
        package var state: String
        package var step: Int?
        package var stability: Double?
        package var difficulty: Double?
        package var due: String
        package var lastReview: String?
        package var reps: Int
        package var lapses: Int
        package var suspended: Bool
        package var leech: Bool
        /// Hidden from study until then (bury); absent when not buried and in version 1 files.
        package var buriedUntil: String?

        enum CodingKeys: String, CodingKey {
            case state, step, stability, difficulty, due, reps, lapses, suspended, leech
            case lastReview = "last_review"
            case buriedUntil = "buried_until"
        }
    }

    package struct Review: Codable, Equatable, Sendable {
        package var id: String
        package var cardKey: String
        package var rating: Int
        package var reviewedAt: String
        package var durationMs: Int?
        package var mode: String

        enum CodingKeys: String, CodingKey {
            case id, rating, mode
            case cardKey = "card_key"
            case reviewedAt = "reviewed_at"
            case durationMs = "duration_ms"
        }
    }

    package struct QuizSession: Codable, Equatable, Sendable {
        package var id: String
        package var startedAt: String
        package var finishedAt: String?
        package var lang: String
        package var topic: String?
        package var questionCount: Int
        package var answeredCount: Int
        package var correctCount: Int
        package var seed: Int64?

        enum CodingKeys: String, CodingKey {
            case id, lang, topic, seed
            case startedAt = "started_at"
            case finishedAt = "finished_at"
            case questionCount = "question_count"
            case answeredCount = "answered_count"
            case correctCount = "correct_count"
        }
    }

    package struct CheckRun: Codable, Equatable, Sendable {
        package var id: String
        package var check: String
        package var cardKey: String?
        package var ranAt: String
        package var passed: Bool
        /// The check's measurements as it reported them (JSON object text).
        package var measurements: String?

        enum CodingKeys: String, CodingKey {
            case id, check, passed, measurements
            case cardKey = "card_key"
            case ranAt = "ran_at"
        }
    }

    /// One card-management action (suspend, unsuspend, forget, bury, unbury, reschedule), merged by id.
    package struct CardAction: Codable, Equatable, Sendable {
        package var id: String
        package var cardKey: String
        package var action: String
        package var actedAt: String
        /// bury: hidden until then; reschedule: the new due date.
        package var until: String?
        /// forget: the reviews before it were kept.
        package var keepHistory: Bool?

        enum CodingKeys: String, CodingKey {
            case id, action, until
            case cardKey = "card_key"
            case actedAt = "acted_at"
            case keepHistory = "keep_history"
        }
    }
}
