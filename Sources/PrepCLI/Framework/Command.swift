import PrepCore

/// A `prep` subcommand: its help text, what it accepts, and what it does.
package protocol Command {
    static var name: String { get }
    /// Help texts are phrase keys; `UsagePhrases.helpText` words them in the screen's language.
    static var abstract: HelpPhrase { get }
    /// Longer help shown under OVERVIEW, for commands whose behaviour needs explaining.
    static var discussion: HelpPhrase? { get }
    /// The discussion in `lang`; a command whose discussion lists data builds it from translated parts.
    static func discussion(_ lang: Language) -> String?
    static var arguments: [ArgumentSpec] { get }
    static var options: [OptionSpec] { get }
    static var subcommands: [any Command.Type] { get }
    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32
}

extension Command {
    package static var discussion: HelpPhrase? { nil }
    package static func discussion(_ lang: Language) -> String? {
        discussion.map(ScreenPhrases.forLanguage(lang).usage.helpText)
    }
    package static var arguments: [ArgumentSpec] { [] }
    package static var options: [OptionSpec] { [] }
    package static var subcommands: [any Command.Type] { [] }

    /// The command's own options, then the global ones it does not declare itself.
    static var allOptions: [OptionSpec] {
        options + GlobalOptions.all.filter { global in !options.contains { $0.long == global.long } }
    }

    /// Commands that only group subcommands print their help when run bare.
    package static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        context.out.write(HelpFormatter.help(for: self, path: arguments.commandPath, lang: context.language))
        return 0
    }
}

/// Options every command accepts, wherever they appear on the line.
enum GlobalOptions {
    static let all: [OptionSpec] = [
        .database,
        .value("content", "DIR", help: .contentOption, environment: "PREP_CONTENT"),
        .language(environment: "PREP_LANG"),
        .flag("no-color", help: .noColorOption),
        .flag("help", short: "h", help: .helpOption),
    ]
}
