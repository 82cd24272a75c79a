import Foundation
import PrepScheduling
import PrepStore

/// A progress document turned into store rows, every value checked, before any database is opened:
/// a bad file is refused without a write. Values no use of prep can produce are refused as well
/// (a review in the year 9999 would schedule its card from then on), naming the field and the entry.
package struct RestoreInput: Sendable {
    package var cardKeys: [String]
    /// The exported state of each key that had one.
    package var states: [String: StoredCardState]
    package var reviews: [StoredReview]
    package var quizSessions: [StoredQuizSession]
    package var checkRuns: [StoredCheckRun]
    /// Card-management actions (version 2 files; none in version 1).
    package var actions: [StoredCardAction]
    /// The file's scheduler settings, checked; the restorer decides what it can apply.
    package var parameters: SchedulerParameters
    package var limits: DailyLimits

    /// `now` bounds every past timestamp: an export cannot hold events after it was written, give or
    /// take a day of clock difference between machines.
    package init(_ document: ProgressDocument, now: Date) throws(ProgressFileError) {
        let check = Checker(now: now)
        _ = try check.past(document.exportedAt, field: "exported_at")
        (parameters, limits) = try check.scheduler(document.scheduler)

        reviews = []
        reviews.reserveCapacity(document.reviews.count)
        var reviewIDs = Set<String>()
        var logs: [String: (count: Int, latest: Date, field: String)] = [:]
        for (index, review) in document.reviews.enumerated() {
            let field = "reviews[\(index)]"
            try check.id(review.id, field: field + ".id", unique: &reviewIDs)
            try check.text(review.cardKey, field: field + ".card_key", maximum: Checker.maximumKeyBytes)
            guard Rating(rawValue: review.rating) != nil else {
                throw .invalidValue(field: field + ".rating", reason: .ratingNot1To4(review.rating))
            }
            let reviewedAt = try check.past(review.reviewedAt, field: field + ".reviewed_at")
            if let duration = review.durationMs {
                try check.range(duration, 0...Checker.maximumDurationMs, field: field + ".duration_ms", unit: .milliseconds)
            }
            try check.text(review.mode, field: field + ".mode", maximum: Checker.maximumNameBytes)
            var log = logs[review.cardKey] ?? (0, reviewedAt, field + ".reviewed_at")
            log.count += 1
            if reviewedAt > log.latest { (log.latest, log.field) = (reviewedAt, field + ".reviewed_at") }
            logs[review.cardKey] = log
            reviews.append(StoredReview(
                id: review.id, cardKey: review.cardKey, rating: review.rating, reviewedAt: reviewedAt,
                durationMs: review.durationMs, mode: review.mode
            ))
        }

        actions = try check.actions(document.cardActions ?? [], maximumInterval: parameters.maximumInterval)
        let lastForget = Dictionary(
            actions.lazy.filter { $0.kind == .forget }.map { ($0.cardKey, $0.actedAt) }, uniquingKeysWith: max
        )
        let checkedReviews = reviews

        cardKeys = []
        cardKeys.reserveCapacity(document.cards.count)
        states = [:]
        var seenKeys = Set<String>()
        for (index, card) in document.cards.enumerated() {
            let field = "cards[\(index)]"
            try check.id(card.key, field: field + ".key", unique: &seenKeys, maximum: Checker.maximumKeyBytes)
            cardKeys.append(card.key)
            guard let state = card.state else { continue }
            let stored = try check.state(state, key: card.key, field: field + ".state", maximumInterval: parameters.maximumInterval)
            if let log = logs[card.key] {
                // Reviews before a forget (kept in the history) no longer count toward the card's repetitions.
                var counted = log.count
                if let forget = lastForget[card.key] {
                    counted = checkedReviews.count { $0.cardKey == card.key && $0.reviewedAt > forget }
                }
                guard stored.reps >= counted else {
                    throw .invalidValue(field: field + ".state.reps", reason: .fewerRepsThanReviews(reps: stored.reps, reviews: counted))
                }
                guard let lastReview = stored.lastReview, lastReview >= log.latest else {
                    throw .invalidValue(
                        field: field + ".state.last_review",
                        reason: .beforeLatestReview(state.lastReview ?? "null", latestField: log.field)
                    )
                }
            }
            states[card.key] = stored
        }

        quizSessions = []
        var sessionIDs = Set<String>()
        for (index, session) in document.quizSessions.enumerated() {
            let field = "quiz_sessions[\(index)]"
            try check.id(session.id, field: field + ".id", unique: &sessionIDs)
            let startedAt = try check.past(session.startedAt, field: field + ".started_at")
            let finishedAt = try session.finishedAt.map { text throws(ProgressFileError) in
                try check.past(text, field: field + ".finished_at", notBefore: (startedAt, "started_at"))
            }
            try check.text(session.lang, field: field + ".lang", maximum: Checker.maximumNameBytes)
            if let topic = session.topic { try check.text(topic, field: field + ".topic", maximum: Checker.maximumKeyBytes) }
            try check.range(session.questionCount, 0...Checker.maximumCount, field: field + ".question_count")
            try check.range(session.answeredCount, 0...session.questionCount, field: field + ".answered_count")
            try check.range(session.correctCount, 0...session.answeredCount, field: field + ".correct_count")
            quizSessions.append(StoredQuizSession(
                id: session.id, startedAt: startedAt, finishedAt: finishedAt, lang: session.lang, topic: session.topic,
                questionCount: session.questionCount, answeredCount: session.answeredCount,
                correctCount: session.correctCount, seed: session.seed
            ))
        }

        checkRuns = []
        var runIDs = Set<String>()
        for (index, run) in document.checkRuns.enumerated() {
            let field = "check_runs[\(index)]"
            try check.id(run.id, field: field + ".id", unique: &runIDs)
            try check.text(run.check, field: field + ".check", maximum: Checker.maximumNameBytes)
            if let key = run.cardKey { try check.text(key, field: field + ".card_key", maximum: Checker.maximumKeyBytes) }
            if let measurements = run.measurements {
                try check.text(measurements, field: field + ".measurements", maximum: Checker.maximumMeasurementBytes)
            }
            checkRuns.append(StoredCheckRun(
                id: run.id, checkName: run.check, cardKey: run.cardKey,
                ranAt: try check.past(run.ranAt, field: field + ".ran_at"),
                passed: run.passed, measurements: run.measurements
            ))
        }

    }
}

/// The bounds of a restorable value, in one place, and the checks that name the field breaking one.
struct Checker {
    static let maximumKeyBytes = 512
    static let maximumIDBytes = 128
    static let maximumNameBytes = 64
    static let maximumMeasurementBytes = 64 * 1024
    /// A day: longer is a grade left on screen overnight, or a wrong unit.
    static let maximumDurationMs = 86_400_000
    static let maximumCount = 1_000_000
    /// Before any prep existed: an earlier date is a wrong clock or a wrong unit.
    static let earliest = Date(timeIntervalSince1970: 946_684_800)
    static let clockSlack: TimeInterval = 86_400
    /// FSRS never takes stability below this (py-fsrs's STABILITY_MIN); above a million days is no memory.
    static let stabilityRange = 0.001...1_000_000.0
    static let difficultyRange = 1.0...10.0
    static let maximumStepSeconds = 365 * 86_400
    static let maximumSteps = 32
    static let maximumIntervalDays = SchedulerParameters.default.maximumInterval
    static let maximumNewCardsPerDay = 10_000
    static let maximumReviewsPerDay = 1_000_000

    let now: Date

    init(now: Date) { self.now = now }

    var latest: Date { now.addingTimeInterval(Self.clockSlack) }

    /// A timestamp of something that has happened: from 2000-01-01 to now, plus a day of clock slack.
    func past(_ text: String, field: String, notBefore earlier: (Date, String)? = nil) throws(ProgressFileError) -> Date {
        let date = try timestamp(text, field: field)
        try within(date, text, Self.earliest...latest, field: field)
        if let (bound, name) = earlier, date < bound {
            throw .invalidValue(field: field, reason: .before(text, bound: name))
        }
        return date
    }

    func timestamp(_ text: String, field: String) throws(ProgressFileError) -> Date {
        guard let date = Timestamp.date(text) else {
            throw .invalidValue(field: field, reason: .notTimestamp(String(text.prefix(40))))
        }
        return date
    }

    func within(_ date: Date, _ text: String, _ range: ClosedRange<Date>, field: String) throws(ProgressFileError) {
        guard date >= range.lowerBound else {
            throw .invalidValue(field: field, reason: .before(text, bound: Timestamp.string(range.lowerBound)))
        }
        guard date <= range.upperBound else {
            throw .invalidValue(field: field, reason: .after(text, bound: Timestamp.string(range.upperBound)))
        }
    }

    func text(_ value: String, field: String, maximum: Int) throws(ProgressFileError) {
        guard !value.isEmpty else { throw .invalidValue(field: field, reason: .empty) }
        guard value.utf8.count <= maximum else {
            throw .invalidValue(field: field, reason: .tooLong(bytes: value.utf8.count, maximum: maximum))
        }
    }

    func id(_ value: String, field: String, unique seen: inout Set<String>, maximum: Int = maximumIDBytes) throws(ProgressFileError) {
        try text(value, field: field, maximum: maximum)
        guard seen.insert(value).inserted else { throw .invalidValue(field: field, reason: .appearsTwice(value)) }
    }

    func range(_ value: Int, _ range: ClosedRange<Int>, field: String, unit: ValueProblem.RangeUnit? = nil) throws(ProgressFileError) {
        guard value >= range.lowerBound else {
            throw .invalidValue(
                field: field, reason: value < 0 ? .negative(value, unit: unit) : .lessThan(value, unit: unit, minimum: range.lowerBound))
        }
        guard value <= range.upperBound else {
            throw .invalidValue(field: field, reason: .moreThan(value, unit: unit, maximum: range.upperBound))
        }
    }

    func scheduler(_ settings: ProgressDocument.SchedulerSettings) throws(ProgressFileError) -> (SchedulerParameters, DailyLimits) {
        let field = "scheduler"
        guard settings.algorithm == "FSRS-6" else {
            throw .invalidValue(field: field + ".algorithm", reason: .notFSRS6(String(settings.algorithm.prefix(40))))
        }
        let parameters = SchedulerParameters(
            weights: settings.parameters, desiredRetention: settings.desiredRetention,
            learningSteps: settings.learningStepsSeconds.map(TimeInterval.init),
            relearningSteps: settings.relearningStepsSeconds.map(TimeInterval.init),
            maximumInterval: settings.maximumIntervalDays
        )
        do {
            try parameters.validate()
        } catch {
            throw .invalidValue(field: field + ".parameters", reason: .parameters(error))
        }
        guard settings.desiredRetention > 0, settings.desiredRetention < 1 else {
            throw .invalidValue(field: field + ".desired_retention", reason: .retentionNotBetween0And1(settings.desiredRetention))
        }
        for (name, steps) in [("learning_steps_seconds", settings.learningStepsSeconds), ("relearning_steps_seconds", settings.relearningStepsSeconds)] {
            try range(steps.count, 0...Self.maximumSteps, field: "\(field).\(name)", unit: .steps)
            for (index, step) in steps.enumerated() {
                try range(step, 1...Self.maximumStepSeconds, field: "\(field).\(name)[\(index)]", unit: .seconds)
            }
        }
        try range(settings.maximumIntervalDays, 1...Self.maximumIntervalDays, field: field + ".maximum_interval_days", unit: .days)
        try range(settings.newCardsPerDay, 0...Self.maximumNewCardsPerDay, field: field + ".new_cards_per_day")
        try range(settings.reviewsPerDay, 0...Self.maximumReviewsPerDay, field: field + ".reviews_per_day")
        return (parameters, DailyLimits(newCards: settings.newCardsPerDay, reviews: settings.reviewsPerDay))
    }

    /// A memory state as the scheduler leaves it: within FSRS's ranges, due after its last review and no
    /// later than the longest interval allows.
    func state(
        _ state: ProgressDocument.MemoryState, key: String, field: String, maximumInterval: Int
    ) throws(ProgressFileError) -> StoredCardState {
        guard let cardState = CardState.allCases.first(where: { ProgressDocument.MemoryState.name($0) == state.state }) else {
            throw .invalidValue(field: field + ".state", reason: .notACardState(String(state.state.prefix(40))))
        }
        switch (state.stability, state.difficulty) {
        case (let stability?, let difficulty?):
            guard stability.isFinite, Self.stabilityRange.contains(stability) else {
                throw .invalidValue(field: field + ".stability", reason: .stabilityNotWithin(stability, low: Self.stabilityRange.lowerBound, high: Self.stabilityRange.upperBound))
            }
            guard difficulty.isFinite, Self.difficultyRange.contains(difficulty) else {
                throw .invalidValue(field: field + ".difficulty", reason: .difficultyNotWithin1To10(difficulty))
            }
        case (nil, nil):
            guard cardState == .learning, state.reps == 0 else {
                throw .invalidValue(field: field + ".stability", reason: .missingThoughReviewed)
            }
        case (nil, _?):
            throw .invalidValue(field: field + ".stability", reason: .missingWhileGiven("difficulty"))
        case (_?, nil):
            throw .invalidValue(field: field + ".difficulty", reason: .missingWhileGiven("stability"))
        }
        switch (cardState, state.step) {
        case (.review, let step?):
            throw .invalidValue(field: field + ".step", reason: .stepInReview(step))
        case (.learning, let step?), (.relearning, let step?):
            try range(step, 0...Self.maximumSteps, field: field + ".step")
        default:
            break
        }
        try range(state.reps, 0...Self.maximumCount, field: field + ".reps")
        try range(state.lapses, 0...state.reps, field: field + ".lapses")
        let lastReview = try state.lastReview.map { text throws(ProgressFileError) in
            try past(text, field: field + ".last_review")
        }
        if state.reps > 0, lastReview == nil {
            throw .invalidValue(field: field + ".last_review", reason: .missingThoughReps(state.reps))
        }
        let due = try timestamp(state.due, field: field + ".due")
        let base = lastReview ?? latest
        let longest = base.addingTimeInterval(Double(maximumInterval + 1) * 86_400)
        try within(due, state.due, Self.earliest...longest, field: field + ".due")
        if let lastReview, due < lastReview {
            throw .invalidValue(field: field + ".due", reason: .before(state.due, bound: "last_review"))
        }
        let buriedUntil = try state.buriedUntil.map { text throws(ProgressFileError) in
            let date = try timestamp(text, field: field + ".buried_until")
            try within(date, text, Self.earliest...longest, field: field + ".buried_until")
            return date
        }
        return StoredCardState(
            key: key, state: cardState.rawValue, step: state.step, stability: state.stability,
            difficulty: state.difficulty, due: due, lastReview: lastReview,
            reps: state.reps, lapses: state.lapses, suspended: state.suspended, leech: state.leech, buriedUntil: buriedUntil
        )
    }
}
