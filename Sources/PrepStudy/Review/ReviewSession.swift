import Foundation
import PrepScheduling
import PrepStore

/// The logic of `prep flashcards review`: which card comes next, grading, undo and suspend.
/// Every grade is committed before `next` can hand out another card.
package final class ReviewSession {
    package struct Summary: Sendable, Equatable {
        package var reviewed = 0
        package var again = 0
        package var newCards = 0
        package var leeches: [String] = []
        package var startedAt: Date
        package var againRate: Double { reviewed == 0 ? 0 : Double(again) / Double(reviewed) }
    }

    /// One grade this session can take back.
    private struct Step {
        /// Nil in cram mode, where nothing was written.
        var result: GradeResult?
        var card: StudyCard
        var rating: Rating
        var wasNew: Bool
        var countedAsReview: Bool
        /// The grade was the first of its sibling group today, so undoing it unburies the siblings.
        var claimedGroup: String?
    }

    package let recorder: GradeRecorder
    package let cram: Bool
    private var cards: [String: StudyCard]
    /// Index in the order the cards were given (article by article), which is the order new cards come in.
    private let order: [String: Int]
    private let calendar: Calendar
    private var limits: DailyLimits
    private var remainingShows: Int
    private var siblingGroupsSeenToday: Set<String>
    private var cramOrder: [String]
    private var undoStack: [Step] = []
    package private(set) var summary: Summary

    /// Anki's learn-ahead limit: when nothing else is left, a learning step due within this long is shown
    /// now rather than ending the session.
    package static let learnAhead: TimeInterval = 20 * 60

    /// - Parameters:
    ///   - reviewedToday: keys graded earlier today, so their siblings stay buried until tomorrow.
    ///   - limits: what is left of today's allowance.
    ///   - limit: the most cards this session shows, repeats of learning steps included.
    package init(
        cards: [StudyCard], recorder: GradeRecorder, now: Date, calendar: Calendar, limits: DailyLimits,
        reviewedToday: Set<String>, limit: Int, cram: Bool
    ) {
        self.cards = Dictionary(cards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(cards.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.order = order
        self.recorder = recorder
        self.calendar = calendar
        self.limits = limits
        self.remainingShows = limit
        self.cram = cram
        self.siblingGroupsSeenToday = Set(cards.filter { reviewedToday.contains($0.key) }.compactMap(\.card.siblingGroup))
        self.summary = Summary(startedAt: now)
        self.cramOrder = cram ? cards.filter { !$0.isSuspended }.sorted { Self.cramPrecedes($0, $1, order: order) }.map(\.key) : []
    }

    /// The next card to show, or nil when the session is done.
    package func next(now: Date) -> StudyCard? {
        guard remainingShows > 0 else { return nil }
        if cram {
            return cramOrder.first.flatMap { cards[$0] }
        }
        let queue = ReviewQueue(scheduler: recorder.scheduler)
        let day = StudyDay(containing: now, calendar: calendar)
        let candidates = cards.values.map { candidate(for: $0, day: day) }
        let key = queue.next(candidates, now: now, limits: limits)
            ?? queue.next(candidates.filter(\.isInLearningSteps), now: now + Self.learnAhead, limits: limits)
        return key.flatMap { cards[$0] }
    }

    /// About how many cards are left: those the queue would show now, within the session's limit. Learning
    /// steps that are not yet due are not counted.
    package func remainingCount(now: Date) -> Int {
        guard !cram else { return min(remainingShows, cramOrder.count) }
        let day = StudyDay(containing: now, calendar: calendar)
        let queued = ReviewQueue(scheduler: recorder.scheduler).order(cards.values.map { candidate(for: $0, day: day) }, now: now, limits: limits)
        return min(remainingShows, queued.count)
    }

    /// What each grade would schedule, for the hints beside 1–4.
    package func preview(_ card: StudyCard, now: Date) -> [Rating: SchedulingCard] {
        recorder.preview(card, now: now)
    }

    /// Grades `card`, committing the log row and new state before returning; in cram mode nothing is written.
    @discardableResult
    package func grade(_ card: StudyCard, rating: Rating, now: Date, durationMs: Int?) throws -> GradeResult? {
        let wasNew = card.isNew
        var step = Step(result: nil, card: card, rating: rating, wasNew: wasNew, countedAsReview: false)
        if cram {
            cramOrder.removeAll { $0 == card.key }
        } else {
            let result = try recorder.grade(card, rating: rating, at: now, durationMs: durationMs, mode: "review")
            step.result = result
            step.countedAsReview = result.previous?.state == CardState.review.rawValue && result.previous?.reps ?? 0 > 0
            if wasNew {
                limits.newCards = max(0, limits.newCards - 1)
            } else if step.countedAsReview {
                limits.reviews = max(0, limits.reviews - 1)
            }
            if result.becameLeech { summary.leeches.append(card.key) }
            if let group = card.card.siblingGroup, siblingGroupsSeenToday.insert(group).inserted {
                step.claimedGroup = group
            }
            cards[card.key] = StudyCard(card: card.card, state: result.newState)
        }
        remainingShows -= 1
        summary.reviewed += 1
        if rating == .again { summary.again += 1 }
        if wasNew { summary.newCards += 1 }
        undoStack.append(step)
        return step.result
    }

    /// Takes back the last grade of this session (its log row and state change) and returns its card as it
    /// was before, to be shown again.
    package func undo() throws -> StudyCard? {
        guard let last = undoStack.popLast() else { return nil }
        if let result = last.result {
            try recorder.undo(result)
            if last.wasNew {
                limits.newCards += 1
            } else if last.countedAsReview {
                limits.reviews += 1
            }
            if result.becameLeech { summary.leeches.removeAll { $0 == last.card.key } }
            if let group = last.claimedGroup { siblingGroupsSeenToday.remove(group) }
        } else {
            cramOrder.insert(last.card.key, at: 0)
        }
        remainingShows += 1
        summary.reviewed -= 1
        if last.rating == .again { summary.again -= 1 }
        if last.wasNew { summary.newCards -= 1 }
        cards[last.card.key] = last.card
        return last.card
    }

    /// Whether there is a grade to undo.
    package var canUndo: Bool { !undoStack.isEmpty }

    /// Suspends a card until the learner unsuspends it; its history stays. Not undoable.
    package func suspend(_ card: StudyCard, now: Date) throws {
        var state = try recorder.store.state(for: card.key) ?? .fresh(key: card.key, now: now)
        state.suspended = true
        try recorder.store.saveState(state)
        cards[card.key] = StudyCard(card: card.card, state: state)
        cramOrder.removeAll { $0 == card.key }
    }

    /// How many of this session's cards fall due before the end of tomorrow's study day, today's leftovers
    /// included.
    package func dueTomorrowCount(now: Date) -> Int {
        let tomorrow = StudyDay(containing: StudyDay(containing: now, calendar: calendar).end, calendar: calendar)
        return cards.values.filter { card in
            guard let state = card.state, !state.suspended, state.reps > 0 else { return false }
            return state.due < tomorrow.end
        }.count
    }

    private func candidate(for card: StudyCard, day: StudyDay) -> ReviewCandidate {
        let group = card.card.siblingGroup
        // The card that claimed its group today keeps coming back for its learning steps; only the others wait.
        let touchedToday = card.state?.lastReview.map(day.contains) ?? false
        let buriedAsSibling = group.map(siblingGroupsSeenToday.contains) == true && !touchedToday
        let storedBurial = card.state?.buriedUntil
        return ReviewCandidate(
            key: card.key, card: card.state?.schedulingCard, siblingGroup: group,
            suspended: card.isSuspended, buriedUntil: buriedAsSibling ? max(day.end, storedBurial ?? day.end) : storedBurial,
            position: order[card.key] ?? 0
        )
    }

    /// Cram goes through what is due soonest first, then cards never reviewed, in article order.
    private static func cramPrecedes(_ lhs: StudyCard, _ rhs: StudyCard, order: [String: Int]) -> Bool {
        let lhsDue = lhs.state?.schedulingCard?.due ?? .distantFuture
        let rhsDue = rhs.state?.schedulingCard?.due ?? .distantFuture
        return lhsDue != rhsDue ? lhsDue < rhsDue : order[lhs.key] ?? 0 < order[rhs.key] ?? 0
    }
}

extension ReviewCandidate {
    /// Reviewed but not yet graduated (or relapsed): the only cards worth learning ahead.
    fileprivate var isInLearningSteps: Bool {
        guard let card else { return false }
        return card.state != .review
    }
}
