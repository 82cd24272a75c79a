import Foundation
import PrepContent
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep flashcards list`: every card with its scheduling state, or only the due ones.
enum FlashcardsListCommand: Command {
    static let name = "list"
    static let abstract = "List cards and their scheduling state."
    static let options: [OptionSpec] = [
        .flag("due", help: "Only cards due now."),
        .value("topic", "T", help: "Only cards of this topic."),
        .value("lang", "LANG", help: "Show cards in this language: zh-Hant or en (default zh-Hant)."),
        .flag("json", help: "Print the cards as JSON."),
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

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let lang = try context.language(arguments)
        let store = try Workspace(context: context).openStore()
        let now = context.now()
        let states = Dictionary(try store.states().map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        for card in try store.cards(inKnownTopic: arguments.value("topic"), preferring: lang) {
            let state = states[card.key]
            let isDue = state.map { !$0.suspended && $0.reps > 0 && $0.due <= now } ?? false
            if arguments.flag("due"), !isDue { continue }
            rows.append(Row(
                key: card.key, kind: card.kind.rawValue, topic: card.topic, front: card.front,
                state: CardStateLabel.label(for: state), due: state.flatMap { $0.reps > 0 ? Timestamp.string($0.due) : nil },
                reps: state?.reps ?? 0, lapses: state?.lapses ?? 0, check: card.check, source: card.sourceLocation
            ))
        }
        if arguments.flag("json") {
            context.out.line(try JSONOutput.string(["cards": rows]))
            return 0
        }
        let style = Style(enabled: context.colorEnabled)
        let width = TerminalSize.detect(environment: context.environment).columns
        let frontWidth = max(20, width - 60)
        let table = TableRenderer(
            columns: [.init("key"), .init("state"), .init("due"), .init("front", maxWidth: frontWidth)],
            border: .plain, style: style
        )
        let lines = table.render(rows.map { row in
            [String(row.key.split(separator: "/").dropFirst(2).joined(separator: "/")), row.state, row.due.map { String($0.prefix(10)) } ?? "-",
             DisplayWidth.truncate(row.front.replacingOccurrences(of: "\n", with: " "), to: frontWidth)]
        })
        for line in lines { context.out.line(line) }
        context.out.line(style.dim("\(rows.count) cards"))
        return 0
    }
}
