import Foundation
import PrepScheduling
import PrepStore

extension ReviewSession {
    /// A session with today's allowance: the daily settings (Anki's defaults when unset) less what was already
    /// studied since the study day began.
    ///
    /// Only what the session can show is loaded: cards due now or within the learn-ahead limit, and the first
    /// new cards in article order, through the store's indexes, so a large collection does not slow the start.
    /// Cram goes through every card of the topic and loads them all.
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
        var buriedGroups = Set<String>()
        for key in activity.reviewedKeys {
            if let group = try store.card(key: key, preferring: options.lang)?.siblingGroup { buriedGroups.insert(group) }
        }
        let cards = options.cram
            ? try allCards(store: store, options: options)
            : try dueCards(store: store, options: options, until: now + learnAhead)
                + newCards(store: store, options: options, count: limits.newCards, buriedGroups: buriedGroups)
        return ReviewSession(
            cards: cards, recorder: GradeRecorder(store: store, scheduler: scheduler), now: now, calendar: calendar,
            limits: limits, siblingGroupsReviewedToday: buriedGroups, limit: options.limit, cram: options.cram,
            topic: options.topic
        )
    }

    private static func allCards(store: Store, options: ReviewSessionOptions) throws -> [StudyCard] {
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return try store.cards(topic: options.topic, preferring: options.lang).map { StudyCard(card: $0, state: states[$0.key]) }
    }

    private static func dueCards(store: Store, options: ReviewSessionOptions, until date: Date) throws -> [StudyCard] {
        try store.dueCandidates(now: date, limit: .max, topic: options.topic).compactMap { state in
            try store.card(key: state.key, preferring: options.lang).map { StudyCard(card: $0, state: state) }
        }
    }

    /// The first new cards in article order, enough of them that `count` can be shown once siblings (only one
    /// per table row a day) are left out.
    private static func newCards(
        store: Store, options: ReviewSessionOptions, count: Int, buriedGroups: Set<String>
    ) throws -> [StudyCard] {
        guard count > 0 else { return [] }
        var fetch = count
        while true {
            let keys = try store.newCandidates(limit: fetch, topic: options.topic)
            let cards = try keys.compactMap { try store.card(key: $0, preferring: options.lang) }
            var units = Set<String>()
            for card in cards where !(card.siblingGroup.map(buriedGroups.contains) ?? false) {
                units.insert(card.siblingGroup ?? card.key)
            }
            if units.count >= count || keys.count < fetch {
                return cards.map { StudyCard(card: $0, state: nil) }
            }
            fetch *= 2
        }
    }
}
