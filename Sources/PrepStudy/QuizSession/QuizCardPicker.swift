import Foundation
import PrepContent
import PrepScheduling
import PrepStore

/// Chooses the cards of today's quiz: pure, so the order is tested with an injected clock and calendar.
package struct QuizCardPicker: Sendable {
    package let scheduler: Scheduler
    package let calendar: Calendar
    /// Which siblings of a card studied today wait for tomorrow (the learner's bury settings).
    package let burial: SiblingBurial

    package init(scheduler: Scheduler, calendar: Calendar, burial: SiblingBurial = .all) {
        self.scheduler = scheduler
        self.calendar = calendar
        self.burial = burial
    }

    /// The keys to ask, in order, at most `count`.
    ///
    /// Without an interview: due cards, lowest retrievability first, then new cards within the day's new
    /// limit (``ReviewQueue``), spread across the deck by `seed` rather than in article order. With one: the cards that most need a review before it — due ones,
    /// ones that would stand below the desired retention on the day, new ones within the limit — ranked by
    /// retrievability on that day, lowest first (``InterviewPlanner``). Either way suspended and buried cards
    /// are skipped and, as `burial` says, only one sibling (cell of one table row) is taken per day. Then ``compose(_:count:tables:)``
    /// keeps each fact once and table cells to half the session.
    ///
    /// - Parameters:
    ///   - reviewedToday: keys graded earlier in today's study day, whose siblings stay buried.
    ///   - seed: chooses the spread of new cards; the same seed and cards give the same keys.
    ///   - tables: the index of `cards`' table cells, when the caller has built it already.
    ///   - isAsked: whether a question asks the card; called only for the cards the session reaches, in order,
    ///     so that a card no question asks neither takes a place nor uses up the day's reviews.
    package func pick(
        _ cards: [StudyCard], now: Date, limits: DailyLimits, reviewedToday: Set<String>, count: Int,
        interview: Date? = nil, seed: UInt64, tables: TableIndex? = nil, isAsked: (String) -> Bool = { _ in true }
    ) -> [String] {
        guard count > 0 else { return [] }
        let tables = tables ?? TableIndex(cards: cards.map { QuizCard(stored: $0.card) })
        let candidates = candidates(for: cards, now: now, reviewedToday: reviewedToday, seed: seed, tables: tables)
        let newKeys = Set(candidates.filter { $0.card == nil }.map(\.key))
        // Compared only for the keys a session reaches, not for every card of the deck at each launch.
        let cardsByKey = Dictionary(cards.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
        let questionOf = { (key: String) in cardsByKey[key].flatMap(Self.question(of:)) }
        guard let interview, now < interview else {
            // New cards are limited while composing, so that cells held back make room for other new cards.
            let unlimitedNew = DailyLimits(newCards: Int.max, reviews: limits.reviews)
            let ordered = ReviewQueue(scheduler: scheduler, burial: burial)
                .order(candidates, now: now, limits: unlimitedNew, including: isAsked)
            return Self.compose(ordered, count: count, newCards: limits.newCards, isNew: { newKeys.contains($0) }, tables: tables,
                questionOf: questionOf, isAsked: isAsked)
        }
        let byKey = Dictionary(candidates.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var reviewsLeft = limits.reviews
        var claimedGroups: Set<String> = []
        var keys: [String] = []
        for key in InterviewPlanner.rank(candidates, at: interview, now: now, scheduler: scheduler) {
            guard let candidate = byKey[key] else { continue }
            if let card = candidate.card {
                let needsReview = card.due <= now
                    || scheduler.retrievability(of: card, at: interview) < scheduler.parameters.desiredRetention
                let countsAsReview = card.state == .review
                guard needsReview, !countsAsReview || reviewsLeft > 0, isAsked(key) else { continue }
                guard claim(candidate, in: &claimedGroups) else { continue }
                if countsAsReview { reviewsLeft -= 1 }
            } else {
                guard claim(candidate, in: &claimedGroups) else { continue }
            }
            keys.append(key)
        }
        return Self.compose(keys, count: count, newCards: limits.newCards, isNew: { newKeys.contains($0) }, tables: tables,
                questionOf: questionOf, isAsked: isAsked)
    }

    /// The session out of every card that could be asked, in the order they should come: at most `newCards`
    /// new ones, each fact once (a cell repeated in two tables is one), and table cells at most half of it
    /// while other cards are left, because a table makes many cards and would otherwise crowd out the claims
    /// and Q&A.
    ///
    /// `questionOf` gives a question card's prompt as compared (folded, without spacing and punctuation): two
    /// cards asking the same question (one collection copying another's) are one question in a session.
    static func compose(
        _ ordered: [String], count: Int, newCards: Int, isNew: (String) -> Bool, tables: TableIndex,
        questionOf: (String) -> String? = { _ in nil }, isAsked: (String) -> Bool = { _ in true }
    ) -> [String] {
        var facts = Set<String>()
        var chosen: [String] = []
        var waiting: [String] = []
        var newLeft = newCards
        var cellsLeft = count / 2
        func take(_ key: String) {
            guard chosen.count < count, !isNew(key) || newLeft > 0 else { return }
            if isNew(key) { newLeft -= 1 }
            chosen.append(key)
        }
        var asked = Set<String>()
        for key in ordered where chosen.count < count {
            guard isAsked(key) else { continue }
            if let question = questionOf(key) {
                guard asked.insert(question).inserted else { continue }
            }
            if let fact = tables.fact(ofCardKey: key) {
                guard facts.insert(fact).inserted else { continue }
                guard cellsLeft > 0 else {
                    waiting.append(key)
                    continue
                }
                if !isNew(key) || newLeft > 0 { cellsLeft -= 1 }
            }
            take(key)
        }
        waiting.forEach(take)
        return chosen
    }

    /// Question and answer, cloze and claim cards by their prompt as compared; a cell by its row label and the
    /// columns it is compared across, since two tables with a "Performance" row for WSGI and ASGI both ask to
    /// compare WSGI and ASGI on performance.
    static func question(of card: StudyCard) -> String? {
        if let cell = card.card.cell {
            let compared = cell.columns.dropFirst().map(AnswerText.normalized).joined(separator: "|")
            return "row \(card.card.lang) \(AnswerText.normalized(cell.rowLabel)) \(compared)"
        }
        let prompt = AnswerText.normalized(card.card.front)
        return prompt.isEmpty ? nil : prompt
    }

    private func candidates(
        for cards: [StudyCard], now: Date, reviewedToday: Set<String>, seed: UInt64, tables: TableIndex
    ) -> [ReviewCandidate] {
        let spread = Self.spreadRanks(of: cards, seed: seed)
        let today = StudyDay(containing: now, calendar: calendar)
        let groupsSeenToday = Set(cards.filter { reviewedToday.contains($0.key) }.compactMap(\.card.siblingGroup))
        return cards.map { card in
            let group = card.card.siblingGroup
            // The sibling that was reviewed today may come back (a learning step); the others wait for tomorrow.
            let buriedBySibling = group.map(groupsSeenToday.contains) == true && !reviewedToday.contains(card.key)
                && burial.buries(card.state?.schedulingCard)
            return ReviewCandidate(
                key: card.key, card: card.state?.schedulingCard, siblingGroup: group,
                // A column that never changes is asked through one of its cells; the others stay out of quizzes.
                suspended: card.isSuspended || !tables.isAsked(cardKey: card.key),
                buriedUntil: buriedBySibling ? today.end : card.state?.buriedUntil,
                // The queues introduce new cards by position: the spread rank takes its place.
                position: spread[card.key] ?? card.card.position
            )
        }
    }

    private func claim(_ candidate: ReviewCandidate, in claimedGroups: inout Set<String>) -> Bool {
        guard let group = candidate.siblingGroup else { return true }
        return claimedGroups.insert(group).inserted || !burial.buries(candidate.card)
    }
}
