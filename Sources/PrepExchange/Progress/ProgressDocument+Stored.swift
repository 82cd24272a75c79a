import Foundation
import PrepScheduling
import PrepStore

extension ProgressDocument.SchedulerSettings {
    init(parameters: SchedulerParameters, limits: DailyLimits) {
        self.init(
            algorithm: "FSRS-6",
            parameters: parameters.weights,
            desiredRetention: parameters.desiredRetention,
            learningStepsSeconds: parameters.learningSteps.map { Int($0) },
            relearningStepsSeconds: parameters.relearningSteps.map { Int($0) },
            maximumIntervalDays: parameters.maximumInterval,
            newCardsPerDay: limits.newCards,
            reviewsPerDay: limits.reviews
        )
    }
}

extension ProgressDocument.MemoryState {
    init(_ state: StoredCardState) {
        self.init(
            state: CardState(rawValue: state.state).map(Self.name) ?? String(state.state),
            step: state.step,
            stability: state.stability,
            difficulty: state.difficulty,
            due: Timestamp.string(state.due),
            lastReview: state.lastReview.map(Timestamp.string),
            reps: state.reps,
            lapses: state.lapses,
            suspended: state.suspended,
            leech: state.leech,
            buriedUntil: state.buriedUntil.map(Timestamp.string)
        )
    }

    static func name(_ state: CardState) -> String { state.referenceName.lowercased() }
}

extension ProgressDocument.Review {
    init(_ review: StoredReview) {
        self.init(
            id: review.id, cardKey: review.cardKey, rating: review.rating,
            reviewedAt: Timestamp.string(review.reviewedAt), durationMs: review.durationMs, mode: review.mode
        )
    }
}

extension ProgressDocument.QuizSession {
    init(_ session: StoredQuizSession) {
        self.init(
            id: session.id, startedAt: Timestamp.string(session.startedAt),
            finishedAt: session.finishedAt.map(Timestamp.string), lang: session.lang, topic: session.topic,
            questionCount: session.questionCount, answeredCount: session.answeredCount,
            correctCount: session.correctCount, seed: session.seed
        )
    }
}

extension ProgressDocument.CheckRun {
    init(_ run: StoredCheckRun) {
        self.init(
            id: run.id, check: run.checkName, cardKey: run.cardKey, ranAt: Timestamp.string(run.ranAt),
            passed: run.passed, measurements: run.measurements
        )
    }
}

extension ProgressDocument.CardAction {
    init(_ action: StoredCardAction) {
        self.init(
            id: action.id, cardKey: action.cardKey, action: action.kind.rawValue, actedAt: Timestamp.string(action.actedAt),
            until: action.until.map(Timestamp.string), keepHistory: action.kind == .forget ? action.keepHistory : nil
        )
    }
}
