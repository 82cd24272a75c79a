import Foundation
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal
import PrepCore

/// `prep scheduler simulate`: the workload and the result of each desired retention, to help choose one.
enum SchedulerSimulateCommand: Command {
    static let name = "simulate"
    static let abstract = HelpPhrase.schedulerSimulateAbstract
    static let discussion: HelpPhrase? = .schedulerSimulateDiscussion
    static let options: [OptionSpec] = [
        .value("retention", "LIST", help: .schedulerSimulateRetention),
        .value("days", "N", help: .schedulerSimulateDays),
        .value("new-per-day", "N", help: .schedulerSimulateNewPerDay),
        .json(help: .schedulerSimulateJson),
        SchedulerCommand.langOption,
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let text = SchedulerText(lang: context.language)
        let retentions = try parseRetentions(arguments.value("retention") ?? "0.80,0.85,0.90,0.95", commandPath: arguments.commandPath)
        let days = try arguments.int("days", default: 365, range: 1...3650)
        let store = try Workspace(context: context).openStore()
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
        let best = RetentionSimulator.recommended(outcomes)
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(outcomes.map { Row(outcome: $0, recommended: $0 == best) }))
            return 0
        }
        context.out.line(text.simulationIntro(days: days, studied: studied.count, newCards: newCards, perDay: newPerDay))
        context.out.line(text.simulationHeader)
        for outcome in outcomes { context.out.line(text.simulationRow(outcome)) }
        let advice = ScreenPhrases.forLanguage(context.language).advice
        guard let best, let perCard = best.reviewsPerCardRemembered else {
            context.out.line(advice.noRecommendation)
            return 0
        }
        let own = context.settings.desiredRetention
        let current = outcomes.first { abs($0.retention - own) < 1e-9 && $0 != best }
        context.out.line(advice.recommendation(
            Self.percent(best.retention), String(format: "%.2f", best.retention), String(format: "%.1f", perCard),
            current.map { Self.percent($0.retention) }, current?.reviewsPerCardRemembered.map { String(format: "%.1f", $0) }
        ))
        return 0
    }

    private static func percent(_ retention: Double) -> String { String(format: "%.0f%%", retention * 100) }

    /// One retention in `--json`: the outcome, its work per card remembered, and whether it is the one recommended.
    private struct Row: Encodable {
        var outcome: RetentionSimulator.Outcome
        var recommended: Bool

        enum CodingKeys: String, CodingKey {
            case retention, recommended
            case reviewsPerDay = "reviews_per_day"
            case totalReviews = "total_reviews"
            case cardsRemembered = "cards_remembered"
            case cardsStudied = "cards_studied"
            case reviewsPerCardRemembered = "reviews_per_card_remembered"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(outcome.retention, forKey: .retention)
            try container.encode(outcome.reviewsPerDay, forKey: .reviewsPerDay)
            try container.encode(outcome.totalReviews, forKey: .totalReviews)
            try container.encode(outcome.cardsRemembered, forKey: .cardsRemembered)
            try container.encode(outcome.cardsStudied, forKey: .cardsStudied)
            try container.encode(outcome.reviewsPerCardRemembered, forKey: .reviewsPerCardRemembered)
            try container.encode(recommended, forKey: .recommended)
        }
    }

    static func parseRetentions(_ list: String, commandPath: [String]) throws -> [Double] {
        try list.split(separator: ",").map { item in
            guard let value = Double(item.trimmingWhitespace()), (0.7...0.99).contains(value) else {
                throw CLIError.usage(.number(option: "--retention", low: "0.70", high: "0.99", given: String(item)), commandPath: commandPath)
            }
            return value
        }
    }
}
