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

    /// What `undo` took back, with the card as it was before, to be shown again.
    package enum Undone: Equatable {
        case grade(StudyCard)
        case suspension(StudyCard)
        case forgetting(StudyCard)

        package var card: StudyCard {
            switch self {
            case .grade(let card), .suspension(let card), .forgetting(let card): card
            }
        }
    }

    /// One action this session can take back.
    private enum Action {
        case grade(Step)
        /// A suspension or a forget, logged as a card action, with the card as it was.
        case managed(card: StudyCard, result: CardManager.Result)
    }

    /// One grade.
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
    /// Which siblings of a card studied today wait for tomorrow (the learner's bury settings).
    package let burial: SiblingBurial
    /// The session's cards in the order given (article by article), which is the order new cards come in.
    private var cards: [StudyCard]
    private let indexByKey: [String: Int]
    private let indicesByGroup: [String: [Int]]
    /// The queue's view of `cards`, index for index, kept up to date card by card so picking the next card
    /// costs one pass of the queue and nothing more.
    private var candidates: [ReviewCandidate] = []
    private var candidatesDay: StudyDay?
    private let calendar: Calendar
    private let topic: String?
    private var limits: DailyLimits
    private var remainingShows: Int
    private var siblingGroupsSeenToday: Set<String>
    private var cramOrder: [String]
    private var undoStack: [Action] = []
    /// Cards suspended or forgotten in this session: not shown again in it.
    private var setAside = Set<String>()
    package private(set) var summary: Summary

    /// Anki's learn-ahead limit: when nothing else is left, a learning step due within this long is shown
    /// now rather than ending the session.
    package static let learnAhead: TimeInterval = 20 * 60

    /// - Parameters:
    ///   - cards: what the session may show; see ``start(store:options:now:calendar:scheduler:)`` for which.
    ///   - siblingGroupsReviewedToday: groups of which a card was graded earlier today; their other cards
    ///     stay buried until tomorrow.
    ///   - limits: what is left of today's allowance.
    ///   - limit: the most cards this session shows, repeats of learning steps included.
    ///   - topic: the topic the session is limited to, for the count of cards due tomorrow.
    package init(
        cards: [StudyCard], recorder: GradeRecorder, now: Date, calendar: Calendar, limits: DailyLimits,
        siblingGroupsReviewedToday: Set<String> = [], limit: Int, cram: Bool, topic: String? = nil,
        burial: SiblingBurial = .all
    ) {
        var seen = Set<String>()
        let unique = cards.filter { seen.insert($0.key).inserted }
        self.cards = unique
        self.indexByKey = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1.key, $0) })
        self.indicesByGroup = Dictionary(grouping: unique.indices.filter { unique[$0].card.siblingGroup != nil }) {
            unique[$0].card.siblingGroup!
        }
        self.recorder = recorder
        self.calendar = calendar
        self.topic = topic
        self.limits = limits
        self.remainingShows = limit
        self.cram = cram
        self.burial = burial
        self.siblingGroupsSeenToday = siblingGroupsReviewedToday
        self.summary = Summary(startedAt: now)
        let indices = unique.indices.filter { !unique[$0].isSuspended }
        self.cramOrder = cram ? indices.sorted { Self.cramPrecedes(unique[$0], $0, unique[$1], $1) }.map { unique[$0].key } : []
    }

    /// The next card to show, or nil when the session is done.
    package func next(now: Date) -> StudyCard? {
        guard remainingShows > 0 else { return nil }
        if cram {
            return cramOrder.first.flatMap(card(forKey:))
        }
        refreshCandidatesIfTheDayChanged(now: now)
        let queue = ReviewQueue(scheduler: recorder.scheduler, burial: burial)
        let key = queue.next(candidates, now: now, limits: limits)
            ?? queue.next(candidates.filter(\.isInLearningSteps), now: now + Self.learnAhead, limits: limits)
        return key.flatMap(card(forKey:))
    }

    /// About how many cards are left: those the queue would show now, within the session's limit. Learning
    /// steps that are not yet due are not counted.
    package func remainingCount(now: Date) -> Int {
        guard !cram else { return min(remainingShows, cramOrder.count) }
        refreshCandidatesIfTheDayChanged(now: now)
        let queued = ReviewQueue(scheduler: recorder.scheduler, burial: burial).order(candidates, now: now, limits: limits)
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
            step.countedAsReview = result.previous.map { $0.state == CardState.review.rawValue && $0.reps > 0 } ?? false
            if wasNew {
                limits.newCards = max(0, limits.newCards - 1)
            } else if step.countedAsReview {
                limits.reviews = max(0, limits.reviews - 1)
            }
            if result.becameLeech { summary.leeches.append(card.key) }
            if let group = card.card.siblingGroup, siblingGroupsSeenToday.insert(group).inserted {
                step.claimedGroup = group
            }
            replace(StudyCard(card: card.card, state: result.newState))
        }
        remainingShows -= 1
        summary.reviewed += 1
        if rating == .again { summary.again += 1 }
        if wasNew { summary.newCards += 1 }
        undoStack.append(.grade(step))
        return step.result
    }

    /// Takes back the last grade (its log row and state change) or suspension of this session.
    package func undo() throws -> Undone? {
        switch undoStack.popLast() {
        case nil:
            return nil
        case .managed(let card, let result):
            try CardManager(store: recorder.store).undo(result)
            setAside.remove(card.key)
            if cram, !cramOrder.contains(card.key) { cramOrder.insert(card.key, at: 0) }
            replace(card)
            return result.action?.kind == .forget ? .forgetting(card) : .suspension(card)
        case .grade(let last):
            try undoGrade(last)
            return .grade(last.card)
        }
    }

    private func undoGrade(_ last: Step) throws {
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
        replace(last.card)
    }

    /// Suspends a card until the learner unsuspends it (`prep flashcards unsuspend`); its history stays.
    package func suspend(_ card: StudyCard, now: Date) throws {
        try manage(card, .suspend, now: now)
    }

    /// Makes a card new again (review's `!`), keeping its reviews in the log so `undo` can bring it back whole.
    /// Returns false for a card that is new already, which stays on screen.
    package func forget(_ card: StudyCard, now: Date) throws -> Bool {
        try manage(card, .forget, now: now)
    }

    @discardableResult
    private func manage(_ card: StudyCard, _ kind: StoredCardAction.Kind, now: Date) throws -> Bool {
        guard let result = try CardManager(store: recorder.store).perform(kind, keys: [card.key], at: now, keepHistory: true).first,
            result.outcome == .changed
        else { return false }
        // A forgotten card is new again but waits for another session rather than coming straight back.
        setAside.insert(card.key)
        replace(StudyCard(card: card.card, state: try recorder.store.state(for: card.key)))
        cramOrder.removeAll { $0 == card.key }
        undoStack.append(.managed(card: card, result: result))
        return true
    }

    /// How many cards (of the session's topic) fall due before the end of tomorrow's study day, today's
    /// leftovers included.
    package func dueTomorrowCount(now: Date) throws -> Int {
        let tomorrow = StudyDay(containing: StudyDay(containing: now, calendar: calendar).end, calendar: calendar)
        return try recorder.store.scheduledCount(dueBefore: tomorrow.end, topic: topic)
    }

    /// Study days in a row with a review, counted as the quiz and `prep stats` count them.
    package func streak(now: Date) throws -> Int {
        try StudyStreak.current(in: recorder.store, now: now, calendar: calendar)
    }

    private func card(forKey key: String) -> StudyCard? {
        indexByKey[key].map { cards[$0] }
    }

    /// Puts a card's new state in place, and re-evaluates its siblings, whose burial may have changed with it.
    private func replace(_ card: StudyCard) {
        guard let index = indexByKey[card.key] else { return }
        cards[index] = card
        guard let day = candidatesDay else { return }
        let affected = card.card.siblingGroup.flatMap { indicesByGroup[$0] } ?? [index]
        for member in affected {
            candidates[member] = candidate(for: cards[member], at: member, day: day)
        }
    }

    /// Burial lasts until the next study day, so candidates are rebuilt when a session crosses the rollover.
    private func refreshCandidatesIfTheDayChanged(now: Date) {
        let day = StudyDay(containing: now, calendar: calendar)
        guard day != candidatesDay else { return }
        candidatesDay = day
        candidates = cards.indices.map { candidate(for: cards[$0], at: $0, day: day) }
    }

    private func candidate(for card: StudyCard, at index: Int, day: StudyDay) -> ReviewCandidate {
        let group = card.card.siblingGroup
        // The card that claimed its group today keeps coming back for its learning steps; only the others wait.
        let touchedToday = card.state?.lastReview.map(day.contains) ?? false
        let buriedAsSibling = group.map(siblingGroupsSeenToday.contains) == true && !touchedToday
            && burial.buries(card.state?.schedulingCard)
        let storedBurial = card.state?.buriedUntil
        return ReviewCandidate(
            key: card.key, card: card.state?.schedulingCard, siblingGroup: group,
            suspended: card.isSuspended || setAside.contains(card.key),
            buriedUntil: buriedAsSibling ? max(day.end, storedBurial ?? day.end) : storedBurial, position: index
        )
    }

    /// Cram goes through what is due soonest first, then cards never reviewed, in the order given.
    private static func cramPrecedes(_ lhs: StudyCard, _ lhsIndex: Int, _ rhs: StudyCard, _ rhsIndex: Int) -> Bool {
        let lhsDue = lhs.state?.schedulingCard?.due ?? .distantFuture
        let rhsDue = rhs.state?.schedulingCard?.due ?? .distantFuture
        return lhsDue != rhsDue ? lhsDue < rhsDue : lhsIndex < rhsIndex
    }
}

extension ReviewCandidate {
    /// Reviewed but not yet graduated (or relapsed): the only cards worth learning ahead.
    fileprivate var isInLearningSteps: Bool {
        guard let card else { return false }
        return card.state != .review
    }
}
