import Foundation
import PrepScheduling
import PrepStore

extension ReviewSession {
    /// A session over the store's live cards, with today's allowance: the daily settings (Anki's defaults when
    /// unset) less what was already studied since the study day began.
    package static func start(
        store: Store, options: ReviewSessionOptions, now: Date, calendar: Calendar = .current,
        scheduler: Scheduler = Scheduler()
    ) throws -> ReviewSession {
        let day = StudyDay(containing: now, calendar: calendar)
        let activity = try store.reviewActivity(since: day.start)
        let newPerDay = try store.setting(ReviewSessionOptions.newCardsPerDaySetting, as: Int.self) ?? DailyLimits.default.newCards
        let reviewsPerDay = try store.setting(ReviewSessionOptions.reviewsPerDaySetting, as: Int.self) ?? DailyLimits.default.reviews
        let limits = DailyLimits(
            newCards: max(0, options.newCards ?? newPerDay - activity.introducedKeys.count),
            reviews: max(0, reviewsPerDay - activity.reviewedCount)
        )
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let cards = try store.cards(topic: options.topic, preferring: options.lang).map { StudyCard(card: $0, state: states[$0.key]) }
        return ReviewSession(
            cards: cards, recorder: GradeRecorder(store: store, scheduler: scheduler), now: now, calendar: calendar,
            limits: limits, reviewedToday: activity.reviewedKeys, limit: options.limit, cram: options.cram
        )
    }
}
