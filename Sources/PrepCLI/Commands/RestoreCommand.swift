import Foundation
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

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "<file>")
        let path = arguments.positionals[0]
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true))
        let input: RestoreInput
        do {
            // Everything is checked before the database is opened, so a refused file changes nothing.
            let data = try Data(contentsOf: url)
            input = try RestoreInput(ProgressDocument.decode(data), now: context.now())
        } catch let error as ProgressFileError {
            throw CLIError.failure("cannot restore \(path): \(error); the database was not changed")
        } catch {
            throw CLIError.failure("cannot read \(path): \((error as NSError).localizedDescription)")
        }
        let store = try Workspace(context: context).openStore()
        let summary = try ProgressRestorer(store: store, scheduler: context.scheduler).restore(input)
        context.out.line("Restored \(path): \(summary.reviewsAdded) reviews added, \(summary.reviewsSkipped) already present, "
            + "\(summary.cardsUpdated) cards updated")
        if summary.quizSessionsAdded + summary.checkRunsAdded > 0 {
            context.out.line("\(summary.quizSessionsAdded) quiz sessions and \(summary.checkRunsAdded) check runs added")
        }
        if let limits = summary.dailyLimits {
            context.out.line("Daily limits restored: \(limits.newCards) new cards, \(limits.reviews) reviews")
        }
        if !summary.parametersMatch {
            context.out.line("The file's FSRS weights (or a setting outside 'prep config' ranges) differ from this prep's and were not restored; cards are scheduled with prep's own")
        }
        if !summary.unknownCardKeys.isEmpty {
            context.out.line("\(summary.unknownCardKeys.count) cards are not in this database's content; their progress was kept:")
            for key in summary.unknownCardKeys.prefix(10) { context.out.line("  \(key)") }
            if summary.unknownCardKeys.count > 10 { context.out.line("  … and \(summary.unknownCardKeys.count - 10) more") }
        }
        return 0
    }
}
