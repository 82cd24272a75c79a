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
        scheduler: Scheduler? = nil
    ) throws -> ReviewSession {
        let day = StudyDay(containing: now, calendar: calendar)
        let activity = try store.reviewActivity(since: day.start)
        let settings = try LearnerSettings.load(from: store)
        let limits = DailyLimits(
            newCards: max(0, options.newCards ?? settings.newCardsPerDay - activity.introducedKeys.count),
            reviews: max(0, settings.reviewsPerDay - activity.reviewedCount)
        )
        var buriedGroups = Set<String>()
        for key in activity.reviewedKeys {
            if let group = try store.card(key: key, preferring: options.language)?.siblingGroup { buriedGroups.insert(group) }
        }
        let cards = options.cram
            ? try allCards(store: store, options: options)
            : try dueCards(store: store, options: options, now: now, reviews: limits.reviews, buriedGroups: buriedGroups, bury: settings.buryReviewSiblings)
                + newCards(store: store, options: options, now: now, count: limits.newCards, buriedGroups: buriedGroups, bury: settings.buryNewSiblings)
        var recorder = GradeRecorder(store: store, scheduler: scheduler ?? Scheduler(settings.schedulerParameters()))
        recorder.leechThreshold = settings.leechThreshold
        return ReviewSession(
            cards: cards, recorder: recorder, now: now, calendar: calendar,
            limits: limits, siblingGroupsReviewedToday: buriedGroups, limit: options.limit, cram: options.cram,
            topic: options.topic, burial: settings.siblingBurial
        )
    }

    private static func allCards(store: Store, options: ReviewSessionOptions) throws -> [StudyCard] {
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        return try store.cards(topic: options.topic, preferring: options.language).map { StudyCard(card: $0, state: states[$0.key]) }
    }

    /// Cards in learning steps due within the learn-ahead limit, then the review cards that fit today's
    /// allowance, least remembered first. With `bury` (bury_review_siblings) only one cell of a table row a day
    /// can be shown (none when the row was reviewed today), so siblings are loaded but do not count toward the
    /// allowance.
    private static func dueCards(
        store: Store, options: ReviewSessionOptions, now: Date, reviews: Int, buriedGroups: Set<String>, bury: Bool
    ) throws -> [StudyCard] {
        var cards: [StudyCard] = []
        var shownReviews = Set<String>()
        try store.forEachSessionKey(now: now, learningUntil: now + learnAhead) { key, inReview in
            guard !(inReview && shownReviews.count >= reviews) else { return false }
            guard let card = try liveCard(key, store: store, options: options), let state = try store.state(for: key) else { return true }
            cards.append(StudyCard(card: card, state: state))
            guard inReview else { return true }
            if !bury {
                shownReviews.insert(key)
            } else if !(card.siblingGroup.map(buriedGroups.contains) ?? false) {
                shownReviews.insert(card.siblingGroup ?? key)
            }
            return true
        }
        return cards
    }

    /// The first new cards in article order, enough that `count` can be shown once siblings are left out
    /// (with `bury`, bury_new_siblings).
    private static func newCards(
        store: Store, options: ReviewSessionOptions, now: Date, count: Int, buriedGroups: Set<String>, bury: Bool
    ) throws -> [StudyCard] {
        guard count > 0 else { return [] }
        var limit = count
        while true {
            let keys = try store.newCandidates(limit: limit, topic: options.topic, now: now)
            let cards = try keys.compactMap { key in try liveCard(key, store: store, options: options) }
            let shown = bury
                ? Set(cards.filter { !($0.siblingGroup.map(buriedGroups.contains) ?? false) }.map { $0.siblingGroup ?? $0.key })
                : Set(cards.map(\.key))
            if shown.count >= count || keys.count < limit {
                return cards.map { StudyCard(card: $0, state: nil) }
            }
            limit *= 2
        }
    }

    private static func liveCard(_ key: String, store: Store, options: ReviewSessionOptions) throws -> StoredCard? {
        guard let card = try store.card(key: key, preferring: options.language), !card.archived,
            options.topic.map({ $0 == card.topic }) ?? true
        else { return nil }
        return card
    }
}
