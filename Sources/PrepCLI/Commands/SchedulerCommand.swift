import Foundation
import PrepScheduling
import PrepStore
import PrepStudy

/// `prep scheduler`: inspect, verify and fit the spaced-repetition scheduler.
enum SchedulerCommand: Command {
    static let name = "scheduler"
    static let abstract = HelpPhrase.schedulerAbstract
    static var subcommands: [any Command.Type] {
        [SchedulerVerifyCommand.self, SchedulerOptimizeCommand.self, SchedulerEvaluateCommand.self, SchedulerSimulateCommand.self]
    }

    static let reviewsOption = OptionSpec.value(
        "reviews", "FILE",
        help: .schedulerReviews
    )
    static let langOption = OptionSpec.language(help: .languageReport)

    /// The review log to fit or score: the file given with `--reviews`, else the database's log from each card's
    /// last forget on (as Anki's optimizer starts a card afresh at a reset).
    static func reviewLog(_ arguments: ParsedArguments, _ context: CommandContext) throws -> [ReviewLogEntry] {
        guard let path = arguments.value("reviews") else {
            let store = try Workspace(context: context).openStore(syncContent: false)
            return CardActionRule.reviewsSinceLastForget(try store.allReviews(), actions: try store.allActions()).compactMap { review in
                Rating(rawValue: review.rating).map { ReviewLogEntry(cardID: review.cardKey, reviewedAt: review.reviewedAt, rating: $0) }
            }
        }
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory + "/"))
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let files = ScreenPhrases.forLanguage(context.language).files
            throw CLIError.failure(files.cannotRead(path, files.reason(error)))
        }
        do {
            return try ReviewLogFile.parse(data)
        } catch {
            throw CLIError.failure(ScreenPhrases.forLanguage(context.language).vectors.reviewLog(path, error))
        }
    }

    /// Refuses, saying why, a log too small to fit or judge weights on.
    static func requireEnoughData(_ set: TrainingSet, text: SchedulerText) throws {
        guard set.items.count >= ParameterOptimizer.minimumItemsForTraining else {
            throw CLIError.failure(text.notEnoughData(have: set.items.count, need: ParameterOptimizer.minimumItemsForTraining))
        }
    }
}

/// `prep scheduler verify FILE`: replays reference vectors and reports every mismatching review.
enum SchedulerVerifyCommand: Command {
    static let name = "verify"
    static let abstract = HelpPhrase.schedulerVerifyAbstract
    static let discussion: HelpPhrase? = .schedulerVerifyDiscussion
    static let arguments = [ArgumentSpec("file", help: .schedulerVerifyFileArgument)]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "<file>")
        let path = arguments.positionals[0]
        let data: Data
        let phrases = ScreenPhrases.forLanguage(context.language)
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory + "/")))
        } catch {
            throw CLIError.failure(phrases.files.cannotRead(path, phrases.files.reason(error)))
        }
        do {
            let report = try VectorReplay.report(for: data, in: phrases.vectors.report)
            for line in report.lines { context.out.line(line) }
            return report.allMatch ? 0 : 1
        } catch {
            throw CLIError.failure(phrases.vectors.fileError(path, error))
        }
    }
}

/// `prep scheduler optimize`: fits the 21 weights to the learner's review log.
enum SchedulerOptimizeCommand: Command {
    static let name = "optimize"
    static let abstract = HelpPhrase.schedulerOptimizeAbstract
    static let discussion: HelpPhrase? = .schedulerOptimizeDiscussion
    static let options: [OptionSpec] = [
        SchedulerCommand.reviewsOption,
        .flag("apply", help: .schedulerOptimizeApply),
        .flag("force", help: .schedulerOptimizeForce),
        .json(help: .schedulerOptimizeJson),
        SchedulerCommand.langOption,
    ]

    struct Report: Encodable {
        var parameters: [Double]
        var log_loss_before: Double
        var log_loss_after: Double
        var rmse_bins_before: Double
        var rmse_bins_after: Double
        var items: Int
        var seconds: Double
        /// better, worse or mixed: the fitted weights against the ones in use.
        var verdict: WeightsVerdict
        var applied: Bool
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let text = SchedulerText(lang: context.language)
        let set = TrainingSet(try SchedulerCommand.reviewLog(arguments, context))
        try SchedulerCommand.requireEnoughData(set, text: text)
        let current = context.settings.weights
        let clock = ContinuousClock()
        var fitted: [Double] = []
        let duration = clock.measure { fitted = ParameterOptimizer().fit(set) }
        let before = ModelEvaluation(weights: current, on: set)
        let after = ModelEvaluation(weights: fitted, on: set)
        let verdict = WeightsVerdict(inUse: before, fitted: after)
        let apply = arguments.flag("apply") && (verdict == .better || arguments.flag("force"))
        let report = Report(
            parameters: fitted, log_loss_before: before.logLoss, log_loss_after: after.logLoss,
            rmse_bins_before: before.rmseBins, rmse_bins_after: after.rmseBins, items: set.items.count,
            seconds: Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18,
            verdict: verdict, applied: apply
        )
        if apply {
            try Workspace(context: context).openStore(syncContent: false).setSchedulerWeights(fitted)
        }
        let refused = arguments.flag("apply") && !apply
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(report))
            return refused ? CLIError.failureExitCode : 0
        }
        context.out.line(text.fitted(items: report.items, reviews: set.reviewCount, seconds: report.seconds))
        context.out.line(text.metricsHeader)
        context.out.line(text.metricsRow(text.before, before))
        context.out.line(text.metricsRow(text.after, after))
        context.out.line(text.weightsLine(fitted))
        let advice = ScreenPhrases.forLanguage(context.language).advice
        context.out.line(advice.verdict(verdict, text.change(before.logLoss, after.logLoss), text.change(before.rmseBins, after.rmseBins)))
        if refused {
            context.err.line(advice.refusedApply)
            return CLIError.failureExitCode
        }
        if apply {
            context.out.line(verdict == .better ? text.applied : advice.forcedApply)
        } else if verdict == .better {
            context.out.line(text.notApplied)
        }
        return 0
    }
}

/// `prep scheduler evaluate`: how well the weights in use predict the learner's reviews.
enum SchedulerEvaluateCommand: Command {
    static let name = "evaluate"
    static let abstract = HelpPhrase.schedulerEvaluateAbstract
    static let discussion: HelpPhrase? = .schedulerEvaluateDiscussion
    static let options: [OptionSpec] = [
        SchedulerCommand.reviewsOption,
        .json(help: .schedulerEvaluateJson),
        SchedulerCommand.langOption,
    ]

    struct Report: Encodable {
        var log_loss: Double
        var rmse_bins: Double
        var items: Int
        var parameters: [Double]
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let text = SchedulerText(lang: context.language)
        let set = TrainingSet(try SchedulerCommand.reviewLog(arguments, context))
        try SchedulerCommand.requireEnoughData(set, text: text)
        let weights = context.settings.weights
        let evaluation = ModelEvaluation(weights: weights, on: set)
        if arguments.shared.json {
            let report = Report(log_loss: evaluation.logLoss, rmse_bins: evaluation.rmseBins, items: set.items.count, parameters: weights)
            context.out.line(try JSONOutput.string(report))
            return 0
        }
        context.out.line(text.evaluated(items: set.items.count, reviews: set.reviewCount, saved: weights != SchedulerParameters.defaultWeights))
        context.out.line(text.metricsHeader)
        context.out.line(text.metricsRow(text.current, evaluation))
        return 0
    }
}
