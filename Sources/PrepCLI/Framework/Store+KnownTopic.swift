import PrepCore
import PrepStore

extension Store {
    /// The cards of `topic` (every card when nil), after `requireKnownTopic`.
    func cards(inKnownTopic topic: String?, preferring lang: Language) throws -> [StoredCard] {
        try requireKnownTopic(topic, preferring: lang)
        return try cards(topic: topic, preferring: lang)
    }

    /// Refuses a topic without cards, naming the topics there are in the learner's language, so a misspelt
    /// `--topic` is not taken for "nothing due today". Decodes no card unless it refuses: commands that only
    /// check the topic run at launch.
    func requireKnownTopic(_ topic: String?, preferring lang: Language) throws {
        guard let topic, try !hasCards(topic: topic) else { return }
        let topics = Set(try cards(preferring: lang).map(\.topic)).sorted()
        throw CLIError.failure(ScreenPhrases.forLanguage(lang).cards.noCardsInTopic(topic, topics))
    }
}
