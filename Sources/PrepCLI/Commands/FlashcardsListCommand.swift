import Foundation
import PrepContent
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep flashcards list`: every card with its scheduling state, or only the due ones.
enum FlashcardsListCommand: Command {
    static let name = "list"
    static let abstract = HelpPhrase.flashcardsListAbstract
    static let options: [OptionSpec] = [
        .flag("due", help: .flashcardsListDue),
        CardSelection.topicOption,
        CardSelection.searchOption,
        .value("state", "STATE", help: .flashcardsListState),
        .language(help: .languageCardsAndScreen),
        .json(help: .flashcardsListJson),
    ]

    struct Row: Encodable {
        var key: String
        var kind: String
        var topic: String
        var front: String
        var state: String
        var due: String?
        var reps: Int
        var lapses: Int
        var check: String?
        var source: String
    }

    static let stateFilters = ["new", "learning", "review", "suspended", "leech"]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let lang = context.language
        let stateFilter = try arguments.choice("state", from: stateFilters)
        let phrases = ScreenPhrases.forLanguage(lang)
        let store = try Workspace(context: context).openStore()
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let due = arguments.flag("due") ? try context.dueNow(store: store, topic: arguments.shared.topic, language: lang) : nil
        let dueKeys = due.map { Set($0.keys) }
        var rows: [Row] = []
        var questions: [String] = []
        let matching = try CardSelection.matchingKeys(arguments.value("search"), store: store)
        for card in try store.cards(inKnownTopic: arguments.shared.topic, preferring: lang) {
            let state = states[card.key]
            if let dueKeys, !dueKeys.contains(card.key) { continue }
            if let matching, !matching.contains(card.key) { continue }
            if let stateFilter, !Self.isIn(stateFilter, state) { continue }
            rows.append(Row(
                key: card.key, kind: card.kind.rawValue, topic: card.topic, front: card.front,
                state: CardStateLabel.label(for: state), due: state.flatMap { $0.reps > 0 ? Timestamp.string($0.due) : nil },
                reps: state?.reps ?? 0, lapses: state?.lapses ?? 0, check: card.check, source: card.sourceLocation
            ))
            questions.append(card.questionWording)
        }
        if arguments.shared.json {
            struct Listing: Encodable {
                var cards: [Row]
                var dueNow: DueNow?

                enum CodingKeys: String, CodingKey {
                    case cards
                    case dueNow = "due_now"
                }
            }
            context.out.line(try JSONOutput.string(Listing(cards: rows, dueNow: due)))
            return 0
        }
        let style = Style(enabled: context.colorEnabled)
        let headers = phrases.cards.listHeaders
        let cells = zip(rows, questions).map { row, question in
            [String(row.key.split(separator: "/").dropFirst(2).joined(separator: "/")), phrases.stateNames[row.state] ?? row.state,
             row.due.map { String($0.prefix(10)) } ?? "-", question.replacingOccurrences(of: "\n", with: " ")]
        }
        // The question takes whatever the other columns and their two-space gaps leave of the terminal.
        let width = TerminalSize.detect(environment: context.environment).columns
        let fixed = [headers.key, headers.state, headers.due].enumerated().map { index, title in
            cells.reduce(DisplayWidth.of(title)) { max($0, DisplayWidth.of($1[index])) }
        }
        let frontWidth = max(20, width - fixed.reduce(0, +) - 2 * fixed.count - 1)
        let table = TableRenderer(
            columns: [.init(headers.key), .init(headers.state), .init(headers.due), .init(headers.front, maxWidth: frontWidth)],
            border: .plain, style: style
        )
        let lines = table.render(cells)
        for line in lines { context.out.line(line) }
        // The due-now line counts the whole due list; another filter narrows it, and then rows are counted.
        let narrowed = arguments.value("search") != nil || stateFilter != nil
        context.out.line(style.dim(due.flatMap { narrowed ? nil : phrases.manage.dueNowLine($0) } ?? phrases.cards.cardCount(rows.count)))
        return 0
    }

    /// `--state`: learning includes relearning, as Anki's "is:learn" does; suspended counts every suspended
    /// card, leeches among them, while the list's state column names the leech.
    private static func isIn(_ filter: String, _ state: StoredCardState?) -> Bool {
        switch filter {
        case "suspended": return state?.suspended ?? false
        case "leech": return state?.leech ?? false
        case "learning": return ["learning", "relearning"].contains(CardStateLabel.label(for: state))
        default: return CardStateLabel.label(for: state) == filter
        }
    }
}
