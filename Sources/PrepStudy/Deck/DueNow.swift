import Foundation
import PrepScheduling
import PrepStore

/// What is due now, the one count `flashcards list --due`, review, the quiz and `stats` all give, with what
/// is held back and why: a study screen shows the same cards however it is reached.
///
/// Due now: graded, not suspended, due at `now` (learning steps and reviews). Held back: cards buried by hand
/// (`flashcards bury`) until their burial ends; siblings (cells of one table row) when another one was studied
/// today or comes first today and `bury_review_siblings` is on; review cards over what is left of today's
/// `reviews_per_day`, least remembered first as the queue takes them.
package struct DueNow: Sendable, Hashable, Encodable {
    /// The due cards a session would show today, in the queue's order.
    package var keys: [String]
    package var buried: Int
    package var buriedSiblings: Int
    package var overLimit: Int

    package var heldBack: Int { buried + buriedSiblings + overLimit }

    enum CodingKeys: String, CodingKey {
        case keys, buried
        case buriedSiblings = "buried_siblings"
        case overLimit = "over_review_limit"
    }

    /// - Parameters:
    ///   - cards: the live cards (of a topic, when limited to one), one per key, with their states.
    ///   - reviewedToday: keys graded since today's study day began; their siblings are buried.
    ///   - reviewsLeft: what is left of today's review allowance.
    package init(
        cards: [StudyCard], now: Date, reviewedToday: Set<String>, reviewsLeft: Int, scheduler: Scheduler, burial: SiblingBurial
    ) {
        let groupsStudied = Set(cards.filter { reviewedToday.contains($0.key) }.compactMap(\.card.siblingGroup))
        var candidates: [ReviewCandidate] = []
        buried = 0
        buriedSiblings = 0
        for (position, card) in cards.enumerated() {
            guard let state = card.state, let scheduling = state.schedulingCard, !state.suspended, scheduling.due <= now else { continue }
            if let until = state.buriedUntil, until > now {
                buried += 1
                continue
            }
            let group = card.card.siblingGroup
            if let group, groupsStudied.contains(group), !reviewedToday.contains(card.key), burial.buries(scheduling) {
                buriedSiblings += 1
                continue
            }
            candidates.append(ReviewCandidate(key: card.key, card: scheduling, siblingGroup: group, position: position))
        }
        let queue = ReviewQueue(scheduler: scheduler, burial: burial)
        let oneAGroup = queue.order(candidates, now: now, limits: DailyLimits(newCards: 0, reviews: .max))
        buriedSiblings += candidates.count - oneAGroup.count
        keys = queue.order(candidates, now: now, limits: DailyLimits(newCards: 0, reviews: max(0, reviewsLeft)))
        overLimit = oneAGroup.count - keys.count
    }

    /// Today's numbers from the store: the learner's `reviews_per_day` less what was reviewed since the study
    /// day began, as review and the quiz count it, and the learner's bury settings.
    package static func load(
        store: Store, topic: String?, lang: String, now: Date, calendar: Calendar, settings: LearnerSettings, scheduler: Scheduler
    ) throws -> DueNow {
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let cards = try store.cards(topic: topic, preferring: lang).map { StudyCard(card: $0, state: states[$0.key]) }
        let activity = try store.reviewActivity(since: StudyDay(containing: now, calendar: calendar).start)
        return DueNow(
            cards: cards, now: now, reviewedToday: activity.reviewedKeys,
            reviewsLeft: settings.reviewsPerDay - activity.reviewedCount, scheduler: scheduler, burial: settings.siblingBurial
        )
    }
}
