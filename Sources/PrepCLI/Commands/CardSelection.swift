import Foundation
import PrepCore
import PrepStore

/// Which cards a management command or `flashcards list` acts on: keys (or unique endings of them), or
/// every card of `--topic` whose text holds `--search`.
enum CardSelection {
    static let topicOption = OptionSpec.topic()
    static let searchOption = OptionSpec.value(
        "search", "TEXT", help: .cardSelectionSearch
    )

    /// The keys the command names, in the order given, or those `--topic`/`--search` select; refused when
    /// nothing names any card.
    static func keys(_ arguments: ParsedArguments, store: Store, lang: Language) throws -> [String] {
        let phrases = ScreenPhrases.forLanguage(lang)
        if !arguments.positionals.isEmpty {
            guard arguments.shared.topic == nil, arguments.value("search") == nil else {
                throw CLIError.usage(.notBoth("KEY", "--topic/--search"), commandPath: arguments.commandPath)
            }
            let known = try store.cardKeys(includeArchived: true)
            var seen = Set<String>()
            return try arguments.positionals
                .map { try FlashcardsShowCommand.resolve($0, among: known, phrases: phrases.cards) }
                .filter { seen.insert($0).inserted }
        }
        guard arguments.shared.topic != nil || arguments.value("search") != nil else {
            throw CLIError.usage(.said(phrases.manage.noCardsSelected), commandPath: arguments.commandPath)
        }
        let cards = try store.cards(inKnownTopic: arguments.shared.topic, preferring: lang)
        let matching = try matchingKeys(arguments.value("search"), store: store)
        return cards.map(\.key).filter { matching?.contains($0) ?? true }
    }

    /// Keys with a row in some language containing `text`; nil when there is no search.
    static func matchingKeys(_ text: String?, store: Store) throws -> Set<String>? {
        guard let text, !text.isEmpty else { return nil }
        var keys = Set<String>()
        for card in try store.cards() where matches(card, text) {
            keys.insert(card.key)
        }
        return keys
    }

    /// The key is searched without its topic and article (as `list` shows it): "wsgi" should not match every
    /// card of an article named asgi-vs-wsgi.
    private static func matches(_ card: StoredCard, _ text: String) -> Bool {
        let ownKey = card.key.split(separator: "/").dropFirst(2).joined(separator: "/")
        return [ownKey, card.front, card.back, card.tags.joined(separator: " ")].contains {
            $0.range(of: text, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]) != nil
        }
    }
}
