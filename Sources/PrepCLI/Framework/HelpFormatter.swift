import PrepCore

/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS, in the
/// screen's language (`lang` is `zh-Hant` or `en`).
enum HelpFormatter {
    static let labelWidth = 26

    static func help(for command: any Command.Type, path: [String], lang: Language) -> String {
        let words = ScreenPhrases.forLanguage(lang).usage
        var text = words.overview + words.helpText(command.abstract) + "\n"
        if let discussion = command.discussion(lang) {
            text += "\n" + discussion + "\n"
        }
        text += "\n" + words.usage + usage(for: command, path: path) + "\n"
        if !command.arguments.isEmpty {
            text += "\n" + words.arguments + "\n"
            for argument in command.arguments {
                text += row("<\(argument.name)>", words.helpText(argument.help))
            }
        }
        text += "\n" + words.options + "\n"
        for option in command.allOptions {
            var help = words.helpText(option.help)
            if let variable = option.environment { help += words.environment(variable) }
            text += row(label(for: option), help)
        }
        if !command.subcommands.isEmpty {
            text += "\n" + words.subcommands + "\n"
            for subcommand in command.subcommands {
                text += row(subcommand.name, words.helpText(subcommand.abstract))
            }
            text += "\n  " + words.seeSubcommandHelp((["prep", "help"] + path.dropFirst()).joined(separator: " ")) + "\n"
        }
        return text
    }

    static func usage(for command: any Command.Type, path: [String]) -> String {
        var parts = [path.joined(separator: " ")]
        if !command.subcommands.isEmpty {
            parts.append("<subcommand>")
        }
        for option in command.options {
            parts.append("[\(option.isFlag ? "--\(option.long)" : "--\(option.long) <\(option.valueName!.lowercased())>")]")
        }
        for argument in command.arguments {
            var word = "<\(argument.name)>"
            if argument.repeating { word += " ..." }
            parts.append(argument.optional ? "[\(word)]" : word)
        }
        return parts.joined(separator: " ")
    }

    private static func label(for option: OptionSpec) -> String {
        var label = option.short.map { "-\($0), " } ?? ""
        label += "--\(option.long)"
        if let valueName = option.valueName { label += " <\(valueName.lowercased())>" }
        return label
    }

    private static func row(_ label: String, _ help: String) -> String {
        let padded = "  " + label
        if padded.count >= labelWidth {
            return padded + "\n" + String(repeating: " ", count: labelWidth) + help + "\n"
        }
        return padded + String(repeating: " ", count: labelWidth - padded.count) + help + "\n"
    }
}
