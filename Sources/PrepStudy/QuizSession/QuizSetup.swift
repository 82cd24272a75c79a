import Foundation
import PrepScheduling
import PrepStore

/// What the learner asked for (`prep quiz` options), and how today's session is built from the store.
package struct QuizSetup: Sendable {
    package var count: Int
    package var topic: String?
    /// `zh-Hant` or `en`; a card missing in it is asked in the other language.
    package var lang: String
    /// The instant reviews should be done by (the interview day's start); nil without `--interview`.
    package var interview: Date?
    package var seed: UInt64
    /// The day's allowance before today's reviews are subtracted.
    package var limits: DailyLimits
    /// Lapses that make a card a leech (the learner's `leech_threshold`).
    package var leechThreshold = LeechRule.lapseThreshold

    package init(
        count: Int = 20, topic: String? = nil, lang: String = "zh-Hant", interview: Date? = nil, seed: UInt64,
        limits: DailyLimits = .default
    ) {
        self.count = count
        self.topic = topic
        self.lang = lang
        self.interview = interview
        self.seed = seed
        self.limits = limits
    }

    package enum Start {
        case session(QuizSession)
        /// Nothing is due and no new card is left for today; `nextDue` is when the next card will be (nil: never).
        case nothingToDo(nextDue: Date?)
    }

    /// Picks today's cards, generates the questions and saves the session's row.
    package func start(
        store: Store, scheduler: Scheduler, calendar: Calendar, now: Date, sessionID: String,
        makeReviewID: @escaping () -> String = { UUID().uuidString.lowercased() }
    ) throws -> Start {
        let storedCards = try store.cards(topic: topic, preferring: lang)
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let studyCards = storedCards.map { StudyCard(card: $0, state: states[$0.key]) }
        let today = StudyDay(containing: now, calendar: calendar)
        let reviewedToday = try store.reviewedKeys(since: today.start)
        let introducedToday = try store.firstReviewCount(since: today.start)
        let remaining = DailyLimits(
            newCards: max(0, limits.newCards - introducedToday),
            reviews: max(0, limits.reviews - (reviewedToday.count - introducedToday))
        )
        let picker = QuizCardPicker(scheduler: scheduler, calendar: calendar)
        func pick(at time: Date) -> [String] {
            picker.pick(studyCards, now: time, limits: remaining, reviewedToday: reviewedToday, count: count, interview: interview, seed: seed)
        }
        // With nothing due, learning steps due within minutes are asked now rather than sending the learner away.
        var keys = pick(at: now)
        if keys.isEmpty { keys = pick(at: now + ReviewSession.learnAhead) }
        guard !keys.isEmpty else {
            return .nothingToDo(nextDue: Self.nextDue(studyCards, now: now, newCardsLeftToday: remaining.newCards, today: today))
        }
        let quizCards = storedCards.map(QuizCard.init(stored:))
        let byKey = Dictionary(quizCards.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let questions = QuizGenerator().questions(for: keys.compactMap { byKey[$0] }, pool: quizCards, count: count, seed: seed)
        let record = StoredQuizSession(
            id: sessionID, startedAt: now, lang: lang, topic: topic, questionCount: questions.count,
            seed: Int64(bitPattern: seed)
        )
        var recorder = GradeRecorder(store: store, scheduler: scheduler, interview: interview, makeReviewID: makeReviewID)
        recorder.leechThreshold = leechThreshold
        return .session(try QuizSession(questions: questions, cards: studyCards, recorder: recorder, record: record))
    }

    /// The earliest due date among reviewed cards, or tomorrow's start when new cards wait only for the
    /// daily limit to reset.
    static func nextDue(_ cards: [StudyCard], now: Date, newCardsLeftToday: Int, today: StudyDay) -> Date? {
        let reviewed = cards.compactMap { card in card.isNew || card.isSuspended ? nil : card.state?.due }
        let newWaiting = newCardsLeftToday == 0 && cards.contains { $0.isNew && !$0.isSuspended }
        return (reviewed + (newWaiting ? [today.end] : [])).min()
    }
}
