import Foundation
import PrepScheduling

/// `prep scheduler`: inspect the spaced-repetition scheduler.
enum SchedulerCommand: Command {
    static let name = "scheduler"
    static let abstract = "Inspect and verify the FSRS-6 scheduler."
    static var subcommands: [any Command.Type] { [SchedulerVerifyCommand.self] }
}

/// `prep scheduler verify FILE`: replays reference vectors and reports every mismatching review.
enum SchedulerVerifyCommand: Command {
    static let name = "verify"
    static let abstract = "Replay FSRS reference vectors through prep's scheduler."
    static let discussion: String? = """
        FILE uses the schema of py-fsrs reference vectors (schema_version 1). Prints one line per
        mismatching review and a last line 'N/M cases match'; exits 0 only when every case matches.
        """
    static let arguments = [ArgumentSpec("file", help: "A JSON file of reference cases.")]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "<file>")
        let path = arguments.positionals[0]
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory + "/")))
        } catch {
            throw CLIError.failure("cannot read \(path): \((error as NSError).localizedDescription)")
        }
        do {
            let report = try VectorReplay.report(for: data)
            for line in report.lines { context.out.line(line) }
            return report.allMatch ? 0 : 1
        } catch {
            throw CLIError.failure("\(path): \(error)")
        }
    }
}
