/// `prep completions bash|zsh|fish`: prints a completion script for the shell.
enum CompletionsCommand: Command {
    static let name = "completions"
    static let abstract = "Print a shell completion script (bash, zsh or fish)."
    static let discussion: String? = """
        'prep install' puts these where the shells look. By hand:
          bash:  prep completions bash > ~/.local/share/bash-completion/completions/prep
          zsh:   prep completions zsh > ~/.zfunc/_prep   (with fpath+=~/.zfunc before compinit)
          fish:  prep completions fish > ~/.config/fish/completions/prep.fish
        The scripts complete option values too: languages, formats, modes, states, and the topics of the
        database in use, which they read with 'prep completions topics'.
        """
    static let arguments = [ArgumentSpec("SHELL", help: "bash, zsh or fish; or 'topics' to print the database's topics, one a line.")]

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
