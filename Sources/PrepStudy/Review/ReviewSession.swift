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

    package let recorder: GradeRecorder
    package let cram: Bool
    private var cards: [String: StudyCard]
    private let calendar: Calendar
    private var limits: DailyLimits
    private var remainingShows: Int
    private var siblingGroupsSeenToday: Set<String>
    private var cramOrder: [String]
    private var undoStack: [(result: GradeResult, card: StudyCard, wasNew: Bool)] = []
    package private(set) var summary: Summary

    /// Learning steps shorter than this come back in the same session instead of ending it.
    package static let learnAhead: TimeInterval = 20 * 60

    /// - Parameters:
    ///   - reviewedToday: keys graded earlier today, so their siblings stay buried until tomorrow.
    ///   - limit: the most cards this session shows.
    package init(
        cards: [StudyCard], recorder: GradeRecorder, now: Date, calendar: Calendar, limits: DailyLimits,
        reviewedToday: Set<String>, limit: Int, cram: Bool
    ) {
        self.cards = Dictionary(cards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.recorder = recorder
        self.calendar = calendar
        self.limits = limits
        self.remainingShows = limit
        self.cram = cram
        self.siblingGroupsSeenToday = Set(cards.filter { reviewedToday.contains($0.key) }.compactMap(\.card.siblingGroup))
        self.summary = Summary(startedAt: now)
        self.cramOrder = cram ? cards.filter { !$0.isSuspended }.sorted { Self.cramPrecedes($0, $1, now: now) }.map(\.key) : []
    }

    /// The next card to show, or nil when the session is done.
    package func next(now: Date) -> StudyCard? {
        guard remainingShows > 0 else { return nil }
        if cram {
            return cramOrder.first.flatMap { cards[$0] }
        }
        let queue = ReviewQueue(scheduler: recorder.scheduler)
        let candidates = cards.values.map { candidate(for: $0, now: now) }
        if let key = queue.next(candidates, now: now, limits: limits) ?? queue.next(candidates, now: now + Self.learnAhead, limits: limits) {
            return cards[key]
        }
        return nil
    }

    /// What each grade would schedule, for the hints beside 1–4.
    package func preview(_ card: StudyCard, now: Date) -> [Rating: SchedulingCard] {
        recorder.preview(card, now: now)
    }

    @discardableResult
    package func grade(_ card: StudyCard, rating: Rating, now: Date, durationMs: Int?) throws -> GradeResult? {
        remainingShows -= 1
        summary.reviewed += 1
        if rating == .again { summary.again += 1 }
        if cram {
            cramOrder.removeAll { $0 == card.key }
            return nil
        }
        let wasNew = card.isNew
        let result = try recorder.grade(card, rating: rating, at: now, durationMs: durationMs, mode: "review")
        if wasNew {
            summary.newCards += 1
            limits.newCards = max(0, limits.newCards - 1)
        } else if result.previous?.state == CardState.review.rawValue {
            limits.reviews = max(0, limits.reviews - 1)
        }
        if result.becameLeech { summary.leeches.append(card.key) }
        if let group = card.card.siblingGroup { siblingGroupsSeenToday.insert(group) }
        cards[card.key] = StudyCard(card: card.card, state: result.newState)
        undoStack.append((result, card, wasNew))
        return result
    }

    /// Takes back the last grade of this session and returns its card, to be shown again.
    package func undo() throws -> StudyCard? {
        guard let last = undoStack.popLast() else { return nil }
        try recorder.undo(last.result)
        remainingShows += 1
        summary.reviewed -= 1
        if last.result.review.rating == Rating.again.rawValue { summary.again -= 1 }
        if last.wasNew {
            summary.newCards -= 1
            limits.newCards += 1
        } else if last.result.previous?.state == CardState.review.rawValue {
            limits.reviews += 1
        }
        if last.result.becameLeech { summary.leeches.removeAll { $0 == last.card.key } }
        cards[last.card.key] = last.card
        return last.card
    }

    /// Suspends a card until the learner unsuspends it; its history stays.
    package func suspend(_ card: StudyCard, now: Date) throws {
        var state = try recorder.store.state(for: card.key) ?? .fresh(key: card.key, now: now)
        state.suspended = true
        try recorder.store.saveState(state)
        cards[card.key] = StudyCard(card: card.card, state: state)
        cramOrder.removeAll { $0 == card.key }
    }

    /// When the first card of tomorrow is due: the next study day, or an earlier learning step.
    package func dueTomorrowCount(now: Date) -> Int {
        let tomorrow = StudyDay(containing: now, calendar: calendar).end
        let dayAfter = StudyDay(containing: tomorrow, calendar: calendar).end
        return cards.values.filter { card in
            guard let state = card.state, !state.suspended, state.reps > 0 else { return false }
            return state.due < dayAfter
        }.count
    }

    private func candidate(for card: StudyCard, now: Date) -> ReviewCandidate {
        let group = card.card.siblingGroup
        let touchedToday = card.state.map { state in state.lastReview.map { StudyDay(containing: now, calendar: calendar).contains($0) } ?? false } ?? false
        let buried = group.map { siblingGroupsSeenToday.contains($0) } == true && !touchedToday
        return ReviewCandidate(
            key: card.key, card: card.state?.schedulingCard, siblingGroup: group,
            suspended: card.isSuspended, buriedUntil: buried ? StudyDay(containing: now, calendar: calendar).end : nil,
            position: card.card.position
        )
    }

    private static func cramPrecedes(_ lhs: StudyCard, _ rhs: StudyCard, now: Date) -> Bool {
        let lhsDue = lhs.state?.due ?? .distantFuture
        let rhsDue = rhs.state?.due ?? .distantFuture
        return lhsDue != rhsDue ? lhsDue < rhsDue : lhs.card.position < rhs.card.position
    }
}
