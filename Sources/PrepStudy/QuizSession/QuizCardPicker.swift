import Foundation
import PrepScheduling
import PrepStore

/// Chooses the cards of today's quiz: pure, so the order is tested with an injected clock and calendar.
package struct QuizCardPicker: Sendable {
    package let scheduler: Scheduler
    package let calendar: Calendar

    package init(scheduler: Scheduler, calendar: Calendar) {
        self.scheduler = scheduler
        self.calendar = calendar
    }

    /// The keys to ask, in order, at most `count`.
    ///
    /// Without an interview: due cards, lowest retrievability first, then new cards within the day's new
    /// limit (``ReviewQueue``), spread across the deck by `seed` rather than in article order. With one: the cards that most need a review before it — due ones,
    /// ones that would stand below the desired retention on the day, new ones within the limit — ranked by
    /// retrievability on that day, lowest first (``InterviewPlanner``). Either way suspended and buried cards
    /// are skipped and only one sibling (cell of one table row) is taken per day.
    ///
    /// - Parameters:
    ///   - reviewedToday: keys graded earlier in today's study day, whose siblings stay buried.
    ///   - seed: chooses the spread of new cards; the same seed and cards give the same keys.
    package func pick(
        _ cards: [StudyCard], now: Date, limits: DailyLimits, reviewedToday: Set<String>, count: Int,
        interview: Date? = nil, seed: UInt64
    ) -> [String] {
        guard count > 0 else { return [] }
        let candidates = candidates(for: cards, now: now, reviewedToday: reviewedToday, seed: seed)
        guard let interview, now < interview else {
            return Array(ReviewQueue(scheduler: scheduler).order(candidates, now: now, limits: limits).prefix(count))
        }
        let byKey = Dictionary(candidates.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var newLeft = limits.newCards
        var reviewsLeft = limits.reviews
        var claimedGroups: Set<String> = []
        var keys: [String] = []
        for key in InterviewPlanner.rank(candidates, at: interview, now: now, scheduler: scheduler) {
            guard keys.count < count, let candidate = byKey[key] else { continue }
            if let card = candidate.card {
                let needsReview = card.due <= now
                    || scheduler.retrievability(of: card, at: interview) < scheduler.parameters.desiredRetention
                let countsAsReview = card.state == .review
                guard needsReview, !countsAsReview || reviewsLeft > 0 else { continue }
                guard claim(candidate, in: &claimedGroups) else { continue }
                if countsAsReview { reviewsLeft -= 1 }
            } else {
                guard newLeft > 0, claim(candidate, in: &claimedGroups) else { continue }
                newLeft -= 1
            }
            keys.append(key)
        }
        return keys
    }

    private func candidates(for cards: [StudyCard], now: Date, reviewedToday: Set<String>, seed: UInt64) -> [ReviewCandidate] {
        let spread = Self.spreadRanks(of: cards, seed: seed)
        let today = StudyDay(containing: now, calendar: calendar)
        let groupsSeenToday = Set(cards.filter { reviewedToday.contains($0.key) }.compactMap(\.card.siblingGroup))
        return cards.map { card in
            let group = card.card.siblingGroup
            // The sibling that was reviewed today may come back (a learning step); the others wait for tomorrow.
            let buriedBySibling = group.map(groupsSeenToday.contains) == true && !reviewedToday.contains(card.key)
            return ReviewCandidate(
                key: card.key, card: card.state?.schedulingCard, siblingGroup: group, suspended: card.isSuspended,
                buriedUntil: buriedBySibling ? today.end : card.state?.buriedUntil,
                // The queues introduce new cards by position: the spread rank takes its place.
                position: spread[card.key] ?? card.card.position
            )
        }
    }

    private func claim(_ candidate: ReviewCandidate, in claimedGroups: inout Set<String>) -> Bool {
        guard let group = candidate.siblingGroup else { return true }
        return claimedGroups.insert(group).inserted
    }
}
