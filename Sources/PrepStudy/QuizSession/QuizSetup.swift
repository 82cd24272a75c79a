import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore

/// What the learner asked for (`prep quiz` options), and how today's session is built from the store.
package struct QuizSetup: Sendable {
    package var count: Int
    package var topic: String?
    /// A card missing in it is asked in the other language.
    package var language: Language
    /// The instant reviews should be done by (the interview day's start); nil without `--interview`.
    package var interview: Date?
    package var seed: UInt64
    /// The day's allowance before today's reviews are subtracted.
    package var limits: DailyLimits
    /// Lapses that make a card a leech (the learner's `leech_threshold`).
    package var leechThreshold = LeechRule.lapseThreshold
    /// Which siblings of a card studied today wait for tomorrow (the learner's bury settings).
    package var burial = SiblingBurial.all
    /// New cards this quiz may introduce (`--new N`), in place of what is left of the day's allowance.
    package var newCards: Int?

    package init(
        count: Int = 20, topic: String? = nil, language: Language = .zhHant, interview: Date? = nil, seed: UInt64,
        limits: DailyLimits = .default, newCards: Int? = nil
    ) {
        self.newCards = newCards
        self.count = count
        self.topic = topic
        self.language = language
        self.interview = interview
        self.seed = seed
        self.limits = limits
    }

    package enum Start {
        case session(QuizSession)
        /// Nothing is due and no new card is left for today; `nextDue` is when the next card will be (nil: never),
        /// `newCardsWaiting` how many new cards the day's allowance holds back.
        case nothingToDo(nextDue: Date?, newCardsWaiting: Int)
    }

    /// Picks today's cards, readies their questions (made as they are asked) and saves the session's row.
    package func start(
        store: Store, scheduler: Scheduler, calendar: Calendar, now: Date, sessionID: String,
        makeReviewID: @escaping () -> String = { UUID().uuidString.lowercased() }
    ) throws -> Start {
        let generator = QuizGenerator(screenLanguage: language)
        let candidates = try store.cards(topic: topic, preferring: language)
        // Cards no question can ask fairly on this screen are left out of picking as well as asking. Deciding is
        // tens of thousands of instructions a card: a card that shares a sibling group (a table row, a cloze
        // sentence) is decided now, since it may take its siblings' place for the day, and on both cores; any
        // other only when the picker reaches it, so a launch does not grow with the deck.
        let decidedNow = candidates.filter { $0.siblingGroup != nil || $0.kind == .cell }
        let decisions = Dictionary(
            zip(decidedNow.map(\.key), decidedNow.concurrentMap(minimumCount: 64) { generator.asks(QuizCard(stored: $0)) }),
            uniquingKeysWith: { first, _ in first })
        let storedCards = candidates.filter { decisions[$0.key] ?? true }
        let quizCards = storedCards.map(QuizCard.init(stored:))
        let byKey = Dictionary(quizCards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var askable = decisions
        func isAsked(_ key: String) -> Bool {
            if let known = askable[key] { return known }
            let verdict = byKey[key].map(generator.asks) ?? false
            askable[key] = verdict
            return verdict
        }
        // Built once for picking (facts, constant columns) and for the questions (distractors).
        let tables = TableIndex(cards: quizCards)
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let studyCards = storedCards.map { StudyCard(card: $0, state: states[$0.key]) }
        let today = StudyDay(containing: now, calendar: calendar)
        let reviewedToday = try store.reviewedKeys(since: today.start)
        let introducedToday = try store.firstReviewCount(since: today.start)
        let remaining = DailyLimits(
            newCards: newCards ?? max(0, limits.newCards - introducedToday),
            reviews: max(0, limits.reviews - (reviewedToday.count - introducedToday))
        )
        let picker = QuizCardPicker(scheduler: scheduler, calendar: calendar, burial: burial)
        func pick(at time: Date) -> [String] {
            picker.pick(
                studyCards, now: time, limits: remaining, reviewedToday: reviewedToday, count: count, interview: interview,
                seed: seed, tables: tables, isAsked: isAsked
            )
        }
        // With nothing due, learning steps due within minutes are asked now rather than sending the learner away.
        var keys = pick(at: now)
        if keys.isEmpty { keys = pick(at: now + ReviewSession.learnAhead) }
        let heldBack = Self.newCardsHeldBack(studyCards, picked: keys, count: count, newCardsLeft: remaining.newCards)
        guard !keys.isEmpty else {
            let nextDue = Self.nextDue(studyCards, now: now, newCardsLeftToday: remaining.newCards, today: today, isAsked: isAsked)
            return .nothingToDo(nextDue: nextDue, newCardsWaiting: heldBack)
        }
        let questions = QuizQuestions(generator.questionStream(
            for: keys.compactMap { byKey[$0] }, pool: quizCards, count: count, seed: seed, tables: tables))
        let record = StoredQuizSession(
            id: sessionID, startedAt: now, lang: language.code, topic: topic, questionCount: questions.count,
            seed: Int64(bitPattern: seed)
        )
        var recorder = GradeRecorder(store: store, scheduler: scheduler, interview: interview, makeReviewID: makeReviewID)
        recorder.leechThreshold = leechThreshold
        let askedKeys = Set(keys)
        // Only the asked cards' other languages are read: the answers accepted beside theirs.
        let accepted = Self.alsoAccepted(
            asked: storedCards.filter { askedKeys.contains($0.key) }, allLanguages: try store.cards(keys: keys))
        let session = try QuizSession(
            questions: questions, cards: studyCards, recorder: recorder, record: record, alsoAccepted: accepted
        )
        session.shortfall = heldBack == 0 ? nil : QuizShortfall(
            asked: count, picked: keys.count, newCardsLeft: remaining.newCards, newCardsWaiting: heldBack,
            allowanceFromNewOption: newCards != nil
        )
        return .session(session)
    }

    /// New cards waiting, when the day's allowance ran out while the quiz asked for more questions; else 0.
    /// Cards whose question is not decided yet are counted: deciding every new card would be the slow launch
    /// the lazy decision avoids, and the count only tells the learner why the quiz is short.
    static func newCardsHeldBack(_ cards: [StudyCard], picked: [String], count: Int, newCardsLeft: Int) -> Int {
        let pickedKeys = Set(picked)
        let pickedNew = cards.count { $0.isNew && pickedKeys.contains($0.key) }
        guard picked.count < count, pickedNew >= newCardsLeft else { return 0 }
        return cards.count { $0.isNew && !$0.isSuspended && !pickedKeys.contains($0.key) }
    }

    /// Typed answers accepted beside each asked card's own, by key: its `also:` list, and the answer of the
    /// same card in its other language (cards of both languages share their keys), with that one's `also:`.
    static func alsoAccepted(asked: [StoredCard], allLanguages: [StoredCard]) -> [String: [String]] {
        let byKey = Dictionary(grouping: allLanguages.filter { !$0.archived }, by: \.key)
        var accepted: [String: [String]] = [:]
        for card in asked {
            let others = (byKey[card.key] ?? []).filter { $0.lang != card.lang }
            let answers = card.also + others.flatMap { other in
                [QuizCard(stored: other).recallAnswer] + (other.cell.map { [$0.displayValue] } ?? []) + other.also
            }
            if !answers.isEmpty { accepted[card.key] = answers }
        }
        return accepted
    }

    /// The earliest due date among reviewed cards a question asks, or tomorrow's start when new cards wait only
    /// for the daily limit to reset.
    static func nextDue(
        _ cards: [StudyCard], now: Date, newCardsLeftToday: Int, today: StudyDay, isAsked: (String) -> Bool = { _ in true }
    ) -> Date? {
        let reviewed = cards.compactMap { card in card.isNew || card.isSuspended ? nil : card.state.map { (card.key, $0.due) } }
        // Asked about in due order, so only the cards before the first one asked are decided.
        let firstAsked = reviewed.sorted { $0.1 < $1.1 }.first { isAsked($0.0) }?.1
        let newWaiting = newCardsLeftToday == 0 && cards.contains { $0.isNew && !$0.isSuspended }
        return ([firstAsked].compactMap { $0 } + (newWaiting ? [today.end] : [])).min()
    }
}
