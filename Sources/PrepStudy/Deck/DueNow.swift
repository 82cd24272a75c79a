import Foundation
import PrepCore
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
    ///   - cards: the states of live cards (of a topic, when limited to one) with their sibling groups; cards
    ///     not due now are passed over, so the due ones alone will do.
    ///   - reviewedToday: keys graded since today's study day began.
    ///   - groupsStudied: the sibling groups of those keys; their other cards are buried.
    ///   - reviewsLeft: what is left of today's review allowance.
    package init(
        cards: [(state: StoredCardState, siblingGroup: String?)], now: Date, reviewedToday: Set<String>,
        groupsStudied: Set<String>, reviewsLeft: Int, scheduler: Scheduler, burial: SiblingBurial
    ) {
        var candidates: [ReviewCandidate] = []
        buried = 0
        buriedSiblings = 0
        for (state, group) in cards {
            guard let scheduling = state.schedulingCard, !state.suspended, scheduling.due <= now else { continue }
            if let until = state.buriedUntil, until > now {
                buried += 1
                continue
            }
            if let group, groupsStudied.contains(group), !reviewedToday.contains(state.key), burial.buries(scheduling) {
                buriedSiblings += 1
                continue
            }
            candidates.append(ReviewCandidate(key: state.key, card: scheduling, siblingGroup: group))
        }
        let queue = ReviewQueue(scheduler: scheduler, burial: burial)
        let oneAGroup = queue.order(candidates, now: now, limits: DailyLimits(newCards: 0, reviews: .max))
        buriedSiblings += candidates.count - oneAGroup.count
        keys = queue.order(candidates, now: now, limits: DailyLimits(newCards: 0, reviews: max(0, reviewsLeft)))
        overLimit = oneAGroup.count - keys.count
    }

    /// Today's numbers from the store: the learner's `reviews_per_day` less what was reviewed since the study
    /// day began, as review and the quiz count it, and the learner's bury settings. Reads the due cards and
    /// today's through the indexes, so a review session of a large collection still starts at once.
    package static func load(
        store: Store, topic: String?, language: Language, now: Date, calendar: Calendar, settings: LearnerSettings, scheduler: Scheduler
    ) throws -> DueNow {
        let cards = try store.dueStates(at: now, topic: topic)
        let activity = try store.reviewActivity(since: StudyDay(containing: now, calendar: calendar).start)
        let groupsStudied = Set(try activity.reviewedKeys.compactMap { try store.card(key: $0, preferring: language)?.siblingGroup })
        return DueNow(
            cards: cards, now: now, reviewedToday: activity.reviewedKeys, groupsStudied: groupsStudied,
            reviewsLeft: settings.reviewsPerDay - activity.reviewedCount, scheduler: scheduler, burial: settings.siblingBurial
        )
    }
}
