import Foundation
import PrepScheduling
import PrepStore

/// Everything `prep stats` shows, computed from plain rows with time and calendar given.
package struct StatsReport: Sendable, Hashable, Encodable {
    package var generatedAt: String
    /// The topic the numbers are limited to, if any.
    package var topic: String?
    package var forecast: DueForecast
    package var reviews: ReviewHistory
    package var streak: StudyStreak
    package var readiness: [TopicReadiness]
    /// What a session would show now and what is held back; read from the store by the caller, since it
    /// depends on today's allowance.
    package var dueNow: DueNow?

    enum CodingKeys: String, CodingKey {
        case topic, forecast, reviews, streak, readiness
        case generatedAt = "generated_at"
        case dueNow = "due_now"
    }

    /// - Parameters:
    ///   - cards: the live cards shown, one per key (already limited to `topic` when there is one).
    ///   - reviews: the whole review log; with a topic, only the reviews of `cards` count.
    package init(
        cards: [StoredCard], states: [StoredCardState], reviews: [StoredReview], topic: String?,
        now: Date, calendar: Calendar, scheduler: Scheduler
    ) {
        let keys = Set(cards.map(\.key))
        let liveStates = states.filter { keys.contains($0.key) }
        let countedReviews = topic == nil ? reviews : reviews.filter { keys.contains($0.cardKey) }
        generatedAt = Timestamp.string(now)
        self.topic = topic
        forecast = DueForecast(states: liveStates, now: now, calendar: calendar)
        self.reviews = ReviewHistory(reviews: countedReviews, now: now, calendar: calendar, scheduler: scheduler)
        streak = StudyStreak(reviewDates: countedReviews.map(\.reviewedAt), now: now, calendar: calendar)
        readiness = TopicReadiness.byTopic(
            cards: cards, states: Dictionary(liveStates.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first }),
            now: now, scheduler: scheduler
        )
    }
}
