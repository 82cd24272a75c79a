import PrepCore

/// The option groups many commands share (`--lang`, `--json`, `--topic`, `--db`), read from the line once
/// into typed values; each command declares which it takes with the `OptionSpec` below, in its own words.
package struct SharedOptions: Sendable {
    /// `--lang`, when given; `CommandContext.language` supplies the saved setting and the default without it.
    package var language: Language?
    /// `--json`: machine-readable output, in English whatever the screen's language.
    package var json = false
    /// `--topic`: only the cards of this topic; nil for every topic.
    package var topic: String?
    /// `--db`: the progress database named on the line; `WorkspaceLayout` decides without it.
    package var database: String?

    package init() {}

    /// Reads the groups from a parsed line; a `--lang` that names no language prep speaks is a usage error.
    init(_ arguments: ParsedArguments) throws {
        if let tag = arguments.value(OptionSpec.languageName) {
            guard let language = Language(tag: tag) else {
                throw CLIError.usage(
                    .oneOf(option: "--\(OptionSpec.languageName)", choices: Language.codes, given: tag), commandPath: arguments.commandPath)
            }
            self.language = language
        }
        json = arguments.flag(OptionSpec.jsonName)
        topic = arguments.value(OptionSpec.topicName)
        database = arguments.value(OptionSpec.databaseName)
    }
}

extension OptionSpec {
    static let languageName = "lang"
    static let jsonName = "json"
    static let topicName = "topic"
    static let databaseName = "db"

    /// `--lang LANG`; `help` says what the language applies to in this command.
    static func language(help: HelpPhrase = .languageScreen, environment: String? = nil) -> OptionSpec {
        .value(languageName, "LANG", help: help, environment: environment)
    }

    /// `--json`; `help` says what is printed.
    static func json(help: HelpPhrase) -> OptionSpec { .flag(jsonName, help: help) }

    /// `--topic T`; `valueName` and `help` as this command's help shows them.
    static func topic(_ valueName: String = "T", help: HelpPhrase = .topicCards) -> OptionSpec {
        .value(topicName, valueName, help: help)
    }

    static let database = OptionSpec.value(databaseName, "PATH", help: .databaseOption, environment: "PREP_DB")
}
