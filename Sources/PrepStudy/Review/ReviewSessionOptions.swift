import PrepCore

/// What a learner asks of one `prep flashcards review` session.
package struct ReviewSessionOptions: Sendable, Hashable {
    /// The most cards shown, repeats of learning steps included.
    package var limit: Int
    /// New cards for this session; nil uses what is left of the daily setting.
    package var newCards: Int?
    package var topic: String?
    /// The language cards are shown in, where they exist in it.
    package var language: Language
    /// Review without touching the schedule.
    package var cram: Bool

    package init(limit: Int = .max, newCards: Int? = nil, topic: String? = nil, language: Language = .zhHant, cram: Bool = false) {
        self.limit = limit
        self.newCards = newCards
        self.topic = topic
        self.language = language
        self.cram = cram
    }
}
