import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep scheduler simulate`: the workload and the result of each desired retention, to help choose one.
enum SchedulerSimulateCommand: Command {
    static let name = "simulate"
    static let abstract = "Compare desired retentions: reviews per day and cards remembered (like Anki's Help me decide)."
    static let discussion: String? = """
        Simulates the next N days with your weights (the fitted ones once applied): the cards you have
        studied keep their memory state, new cards arrive at your daily limit until none are left, and
        each review is recalled with the probability FSRS predicts. Every retention sees the same random
        draws. Higher retention costs more reviews; past some point it stops paying off.
        """
    static let options: [OptionSpec] = [
        .value("retention", "LIST", help: "Desired retentions to compare, comma-separated (default 0.80,0.85,0.90,0.95)."),
        .value("days", "N", help: "Days to simulate (default 365)."),
        .value("new-per-day", "N", help: "New cards introduced per day (default: your daily limit)."),
        .flag("json", help: "Print one object per retention as JSON."),
        SchedulerCommand.langOption,
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let text = SchedulerText(lang: try context.language(arguments))
        let retentions = try parseRetentions(arguments.value("retention") ?? "0.80,0.85,0.90,0.95", commandPath: arguments.commandPath)
        let days = try arguments.int("days", default: 365, range: 1...3650)
        let store = try Workspace(context: context).openStore(language: try context.language(arguments))
        let newPerDay = try arguments.int(
            "new-per-day",
            default: context.settings.newCardsPerDay,
            range: 0...10000
        )
        let now = context.now()
        let states = try store.states()
        let studied = states.compactMap { state -> RetentionSimulator.StudiedCard? in
            guard !state.suspended, let stability = state.stability, let difficulty = state.difficulty, let last = state.lastReview else { return nil }
            return RetentionSimulator.StudiedCard(
                stability: stability, difficulty: difficulty,
                lastReviewDay: Int((last.timeIntervalSince(now) / 86400).rounded(.down)),
                dueDay: max(0, Int((state.due.timeIntervalSince(now) / 86400).rounded(.up)))
            )
        }
        let known = Set(states.map(\.key))
        let newCards = Set(try store.cards().map(\.key)).subtracting(known).count
        let simulator = RetentionSimulator(weights: context.settings.weights, days: days, newCardsPerDay: newPerDay)
        let outcomes = retentions.map { simulator.run(retention: $0, studied: studied, newCards: newCards) }
        if arguments.flag("json") {
            context.out.line(try JSONOutput.string(outcomes))
            return 0
        }
        context.out.line(text.simulationIntro(days: days, studied: studied.count, newCards: newCards, perDay: newPerDay))
        context.out.line(text.simulationHeader)
        for outcome in outcomes { context.out.line(text.simulationRow(outcome)) }
        return 0
    }

    static func parseRetentions(_ list: String, commandPath: [String]) throws -> [Double] {
        try list.split(separator: ",").map { item in
            guard let value = Double(item.trimmingCharacters(in: .whitespaces)), (0.7...0.99).contains(value) else {
                throw CLIError.usage("--retention: '\(item)' is not a retention between 0.70 and 0.99", commandPath: commandPath)
            }
            return value
        }
    }
}
