import PrepStore

extension Store {
    /// The cards of `topic` (every card when nil). A topic without cards is refused, naming the topics there
    /// are in the learner's language, so a misspelt `--topic` is not taken for "nothing due today".
    func cards(inKnownTopic topic: String?, preferring lang: String) throws -> [StoredCard] {
        let cards = try cards(topic: topic, preferring: lang)
        if let topic, cards.isEmpty {
            let topics = Set(try self.cards(preferring: lang).map(\.topic)).sorted()
            throw CLIError.failure(ScreenPhrases.forLanguage(lang).cards.noCardsInTopic(topic, topics))
        }
        return cards
    }
}
