import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep stats`: due forecast, recent reviews and retention, study calendar and readiness per topic.
enum StatsCommand: Command {
    static let name = "stats"
    static let abstract = HelpPhrase.statsAbstract
    static let discussion: HelpPhrase? = .statsDiscussion
    static let options: [OptionSpec] = [
        .topic(),
        .language(help: .languageHeadings),
        .json(help: .statsJson),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let lang = context.language
        let store = try Workspace(context: context).openStore()
        let topic = arguments.shared.topic
        try store.requireKnownTopic(topic, preferring: lang)
        let cards = try store.cards(topic: topic, preferring: lang)
        let calendar = context.studyCalendar
        var report = StatsReport(
            cards: cards, states: try store.states(), reviews: try store.allReviews(), topic: topic,
            now: context.now(), calendar: calendar, scheduler: context.scheduler
        )
        report.dueNow = try context.dueNow(store: store, topic: topic, language: lang)
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(report))
            return 0
        }
        let width = TerminalSize.detect(environment: context.environment).columns
        let drawing = StatsDrawing(
            report: report, now: context.now(), calendar: calendar, width: width,
            style: Style(enabled: context.colorEnabled), phrases: .forLanguage(lang)
        )
        for line in drawing.lines() { context.out.line(line) }
        return 0
    }
}
