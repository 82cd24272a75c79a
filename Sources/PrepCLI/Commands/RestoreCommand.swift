import Foundation
import PrepExchange
import PrepScheduling
import PrepStore
import PrepStudy

/// `prep restore FILE`: merges a `prep export` JSON file into the database.
enum RestoreCommand: Command {
    static let name = "restore"
    static let abstract = "Restore or merge progress from a prep export file."
    static let discussion: String? = """
        Into an empty database the file's state is reproduced exactly. Into a live one reviews are merged
        by id (those already present are skipped) and each card whose log grew gets the state its merged
        log produces. Progress of cards whose content is not imported here is kept. A file of another
        format, a newer version, or a truncated or incomplete file is refused and nothing is changed.
        """
    static let arguments = [ArgumentSpec("file", help: "A JSON file written by 'prep export'.")]
    static let options: [OptionSpec] = [
        .language(help: "Messages in zh-Hant or en (default: the lang setting, else zh-Hant)."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "<file>")
        let path = arguments.positionals[0]
        let screen = ScreenPhrases.forLanguage(context.lang)
        let phrases = screen.progress
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true))
        let input: RestoreInput
        do {
            // Everything is checked before the database is opened, so a refused file changes nothing.
            let data = try Data(contentsOf: url)
            input = try RestoreInput(ProgressDocument.decode(data), now: context.now())
        } catch let error as ProgressFileError {
            throw CLIError.failure(phrases.cannotRestore(path, error))
        } catch {
            throw CLIError.failure(phrases.cannotRead(path, screen.files.reason(error)))
        }
        let store = try Workspace(context: context).openStore()
        let summary = try ProgressRestorer(store: store, scheduler: context.scheduler).restore(input)
        context.out.line(phrases.restored(path, summary.reviewsAdded, summary.reviewsSkipped, summary.cardsUpdated))
        if summary.quizSessionsAdded + summary.checkRunsAdded > 0 {
            context.out.line(phrases.sessionsAdded(summary.quizSessionsAdded, summary.checkRunsAdded))
        }
        if summary.actionsAdded > 0 {
            context.out.line(screen.manage.actionsRestored(summary.actionsAdded, summary.reviewsCleared))
        }
        if let limits = summary.dailyLimits {
            context.out.line(phrases.dailyLimitsRestored(limits.newCards, limits.reviews))
        }
        if !summary.parametersMatch {
            context.out.line(phrases.parametersNotRestored)
        }
        if !summary.unknownCardKeys.isEmpty {
            context.out.line(phrases.unknownCards(summary.unknownCardKeys.count))
            for key in summary.unknownCardKeys.prefix(10) { context.out.line("  \(key)") }
            if summary.unknownCardKeys.count > 10 { context.out.line("  " + screen.cards.andMore(summary.unknownCardKeys.count - 10)) }
        }
        return 0
    }
}
