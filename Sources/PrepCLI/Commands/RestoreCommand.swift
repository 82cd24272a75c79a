import Foundation
import PrepExchange
import PrepScheduling
import PrepStore
import PrepStudy

/// `prep restore FILE`: merges a `prep export` JSON file into the database.
enum RestoreCommand: Command {
    static let name = "restore"
    static let abstract = HelpPhrase.restoreAbstract
    static let discussion: HelpPhrase? = .restoreDiscussion
    static let arguments = [ArgumentSpec("file", help: .restoreFileArgument)]
    static let options: [OptionSpec] = [
        .language(help: .languageMessages),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "<file>")
        let path = arguments.positionals[0]
        let screen = ScreenPhrases.forLanguage(context.language)
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
