/// `prep completions bash|zsh|fish`: prints a completion script for the shell.
enum CompletionsCommand: Command {
    static let name = "completions"
    static let abstract = HelpPhrase.completionsAbstract
    static let discussion: HelpPhrase? = .completionsDiscussion
    static let arguments = [ArgumentSpec("SHELL", help: .completionsShellArgument)]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(1...1, names: "SHELL")
        if arguments.positionals[0] == CompletionValues.topicsWord {
            for topic in CompletionValues.topics(context) { context.out.line(topic) }
            return 0
        }
        guard let shell = CompletionScript.Shell(rawValue: arguments.positionals[0]) else {
            throw CLIError.usage(.unknownName(kind: .shell, given: arguments.positionals[0], choices: ["bash", "zsh", "fish"]), commandPath: arguments.commandPath)
        }
        context.out.write(CompletionScript.script(for: shell))
        return 0
    }
}
