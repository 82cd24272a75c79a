import Foundation
import PrepCore
import PrepStudy

/// The `prep` command line: finds the subcommand, parses its options, runs it and maps errors to exit codes.
package enum PrepTool {
    package static func run(arguments: [String]) -> Int32 {
        WriteFailure.ignoreBrokenPipeSignal()
        return run(arguments: arguments) { global in CommandContext.process(global: global) }
    }

    /// Runs with a context built from the global options; tests pass their own streams and clock.
    /// Output that could not be written decides the status last (see `WriteFailure`).
    package static func run(arguments: [String], makeContext: (ParsedArguments) -> CommandContext) -> Int32 {
        let (command, path, rest) = resolve(arguments)
        var fallbackContext = makeContext(ParsedArguments(commandPath: path))
        let status = run(command, path: path, rest: rest, makeContext: makeContext, fallbackContext: &fallbackContext)
        return WriteFailure.status(status, out: fallbackContext.out, err: fallbackContext.err)
    }

    private static func run(
        _ command: any Command.Type, path: [String], rest: [String], makeContext: (ParsedArguments) -> CommandContext,
        fallbackContext: inout CommandContext
    ) -> Int32 {
        do {
            if command == HelpCommand.self as any Command.Type {
                let (target, targetPath, _) = resolve(rest)
                fallbackContext.out.write(HelpFormatter.help(for: target, path: targetPath, lang: screenLanguage(rest, fallbackContext)))
                return 0
            }
            let parsed = try ParsedArguments.parse(rest, options: command.allOptions, commandPath: path)
            var context = makeContext(parsed)
            context.storedSettings = Workspace(context: context).savedSettings()
            context.settings = LearnerSettings(stored: context.storedSettings ?? [:])
            fallbackContext = context
            if parsed.flag("help") {
                context.out.write(HelpFormatter.help(for: command, path: path, lang: screenLanguage(rest, context)))
                return 0
            }
            if !command.subcommands.isEmpty, let stray = parsed.positionals.first {
                throw CLIError.unknown(stray, among: command.subcommands.map { $0.name }, commandPath: path)
            }
            // A word no argument takes would otherwise be dropped unseen (`prep export backup.json` printing to the screen).
            let takes = command.arguments.contains(where: \.repeating) ? Int.max : command.arguments.count
            if command.subcommands.isEmpty, parsed.positionals.count > takes {
                throw CLIError.usage(.unexpectedArgument(parsed.positionals[takes]), commandPath: path)
            }
            return try command.run(parsed, context)
        } catch let CLIError.usage(problem, commandPath) {
            let phrases = ScreenPhrases.forLanguage(screenLanguage(rest, fallbackContext))
            fallbackContext.err.write(usageError(phrases.usage.problem(problem), commandPath: commandPath, phrases))
            return CLIError.usageExitCode
        } catch CLIError.unknown(let word, among: let candidates, commandPath: let commandPath) {
            let phrases = ScreenPhrases.forLanguage(screenLanguage(rest, fallbackContext))
            let message = word.hasPrefix("-") ? phrases.usage.unknownOption(word) : phrases.usage.unknownSubcommand(word)
            let hint = NearestWord.to(word, among: candidates).map(phrases.advice.didYouMean)
            fallbackContext.err.write(usageError(message, hint: hint, commandPath: commandPath, phrases))
            return CLIError.usageExitCode
        } catch let CLIError.failure(message) {
            fallbackContext.err.write(errorPrefix(rest, fallbackContext) + message + "\n")
            return CLIError.failureExitCode
        } catch {
            let phrases = ScreenPhrases.forLanguage(screenLanguage(rest, fallbackContext))
            fallbackContext.err.write(phrases.advice.errorPrefix + phrases.describe(error) + "\n")
            return CLIError.failureExitCode
        }
    }

    private static func usageError(_ message: String, hint: String? = nil, commandPath: [String], _ phrases: ScreenPhrases) -> String {
        let failing = resolve(Array(commandPath.dropFirst())).command
        return """
            \(phrases.advice.errorPrefix)\(message)
            \(hint.map { $0 + "\n" } ?? "")\(phrases.usage.usageHint)\(HelpFormatter.usage(for: failing, path: commandPath))
              \(phrases.usage.seeHelp(commandPath.joined(separator: " ")))

            """
    }

    /// "Error: " or "錯誤：", in the language the failing screen speaks.
    private static func errorPrefix(_ words: [String], _ context: CommandContext) -> String {
        ScreenPhrases.forLanguage(screenLanguage(words, context)).advice.errorPrefix
    }

    /// The screen's language even when the options could not be read: the last `--lang` that names a
    /// language, else what every screen decides without it (`CommandContext.language`).
    private static func screenLanguage(_ words: [String], _ context: CommandContext) -> Language {
        var typed: Language?
        for (index, word) in words.enumerated() {
            if word == "--lang", index + 1 < words.count { typed = Language(tag: words[index + 1]) ?? typed }
            if word.hasPrefix("--lang=") { typed = Language(tag: String(word.dropFirst("--lang=".count))) ?? typed }
        }
        if let typed { return typed }
        var context = context
        context.settings = LearnerSettings(stored: Workspace(context: context).savedSettings() ?? [:])
        return context.language
    }

    /// Walks subcommand names, skipping global options and their values, which may stand anywhere.
    static func resolve(_ arguments: [String]) -> (command: any Command.Type, path: [String], rest: [String]) {
        var command: any Command.Type = RootCommand.self
        var path = ["prep"]
        var rest: [String] = []
        var index = 0
        var descending = true
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if descending, let global = GlobalOptions.all.first(where: { "--\($0.long)" == word }) {
                rest.append(word)
                if !global.isFlag, index < arguments.count {
                    rest.append(arguments[index])
                    index += 1
                }
                continue
            }
            if descending, !word.hasPrefix("-"), let next = command.subcommands.first(where: { $0.name == word }) {
                command = next
                path.append(word)
                if next == HelpCommand.self {
                    rest.append(contentsOf: arguments[index...])
                    break
                }
                continue
            }
            descending = false
            rest.append(word)
        }
        return (command, path, rest)
    }
}

/// `prep` itself: only groups the subcommands.
enum RootCommand: Command {
    static let name = "prep"
    static let abstract = HelpPhrase.rootAbstract
    static let discussion: HelpPhrase? = .rootDiscussion
    static var subcommands: [any Command.Type] {
        [
            QuizCommand.self,
            FlashcardsCommand.self,
            StatsCommand.self,
            ExportCommand.self,
            RestoreCommand.self,
            ImportCommand.self,
            CheckCommand.self,
            ServeCommand.self,
            BenchCommand.self,
            SchedulerCommand.self,
            ConfigCommand.self,
            DoctorCommand.self,
            CompletionsCommand.self,
            InstallCommand.self,
            UninstallCommand.self,
            HelpCommand.self,
        ]
    }
}

/// `prep help [subcommand...]`.
enum HelpCommand: Command {
    static let name = "help"
    static let abstract = HelpPhrase.helpAbstract
    static let arguments = [ArgumentSpec("subcommand", help: .helpSubcommandArgument, repeating: true, optional: true)]
}
