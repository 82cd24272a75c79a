/// One option a command accepts: a flag (`--json`) or an option with a value (`--count 20`).
package struct OptionSpec: Sendable {
    package var long: String
    package var short: Character?
    /// Name of the value in help text (`N`, `FILE`); nil for a flag.
    package var valueName: String?
    package var help: HelpPhrase
    /// Environment variable that supplies the default, shown in help.
    package var environment: String?

    package static func flag(_ long: String, short: Character? = nil, help: HelpPhrase) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: nil, help: help, environment: nil)
    }

    package static func value(
        _ long: String, short: Character? = nil, _ valueName: String, help: HelpPhrase, environment: String? = nil
    ) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: valueName, help: help, environment: environment)
    }

    var isFlag: Bool { valueName == nil }
}

/// A positional argument in help text and usage lines.
package struct ArgumentSpec: Sendable {
    package var name: String
    package var help: HelpPhrase
    package var repeating: Bool
    package var optional: Bool

    package init(_ name: String, help: HelpPhrase, repeating: Bool = false, optional: Bool = false) {
        self.name = name
        self.help = help
        self.repeating = repeating
        self.optional = optional
    }
}
