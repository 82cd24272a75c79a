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
            : try dueCards(store: store, options: options, now: now, reviews: limits.reviews, buriedGroups: buriedGroups)
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

    /// Cards in learning steps due within the learn-ahead limit, and the review cards that fit today's
    /// allowance, least remembered first.
    private static func dueCards(
        store: Store, options: ReviewSessionOptions, now: Date, reviews: Int, buriedGroups: Set<String>
    ) throws -> [StudyCard] {
        try fill(reviews, buriedGroups: buriedGroups) { limit in
            let (keys, exhausted) = try store.sessionKeys(now: now, learningUntil: now + learnAhead, reviewLimit: limit)
            let cards = try keys.compactMap { key -> StudyCard? in
                guard let card = try liveCard(key, store: store, options: options), let state = try store.state(for: key) else { return nil }
                return StudyCard(card: card, state: state)
            }
            return (cards, exhausted)
        }
    }

    /// The first new cards in article order.
    private static func newCards(
        store: Store, options: ReviewSessionOptions, count: Int, buriedGroups: Set<String>
    ) throws -> [StudyCard] {
        guard count > 0 else { return [] }
        return try fill(count, buriedGroups: buriedGroups) { limit in
            let keys = try store.newCandidates(limit: limit, topic: options.topic)
            let cards = try keys.compactMap { key in try liveCard(key, store: store, options: options).map { StudyCard(card: $0, state: nil) } }
            return (cards, keys.count < limit)
        }
    }

    private static func liveCard(_ key: String, store: Store, options: ReviewSessionOptions) throws -> StoredCard? {
        guard let card = try store.card(key: key, preferring: options.lang), !card.archived,
            options.topic.map({ $0 == card.topic }) ?? true
        else { return nil }
        return card
    }

    /// Fetches with a limit of `count` and more until `count` cards can be shown or none are left: of a table
    /// row only one cell a day (none when the row was reviewed today), and the caller may drop cards it cannot
    /// show, so fetched cards are not all shown. Cards in learning steps come on top, unlimited.
    private static func fill(
        _ count: Int, buriedGroups: Set<String>, fetch: (Int) throws -> (cards: [StudyCard], exhausted: Bool)
    ) throws -> [StudyCard] {
        var limit = max(count, 1)
        while true {
            let (cards, exhausted) = try fetch(limit)
            var units = Set<String>()
            for card in cards where card.state?.schedulingCard.map({ $0.state == .review }) ?? true {
                guard !(card.card.siblingGroup.map(buriedGroups.contains) ?? false) else { continue }
                units.insert(card.card.siblingGroup ?? card.key)
            }
            if units.count >= count || exhausted {
                return cards
            }
            limit *= 2
        }
    }
}
