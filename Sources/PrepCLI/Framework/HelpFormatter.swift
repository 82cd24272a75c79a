/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, SUBCOMMANDS.
enum HelpFormatter {
    static let labelWidth = 26

    static func help(for command: any Command.Type, path: [String]) -> String {
        var text = "OVERVIEW: \(command.abstract)\n"
        if let discussion = command.discussion {
            text += "\n" + discussion + "\n"
        }
        text += "\nUSAGE: \(usage(for: command, path: path))\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in command.arguments {
                text += row("<\(argument.name)>", argument.help)
            }
        }
        text += "\nOPTIONS:\n"
        for option in command.options + GlobalOptions.all {
            var help = option.help
            if let variable = option.environment { help += " (env: \(variable))" }
            text += row(label(for: option), help)
        }
        if !command.subcommands.isEmpty {
            text += "\nSUBCOMMANDS:\n"
            for subcommand in command.subcommands {
                text += row(subcommand.name, subcommand.abstract)
            }
            text += "\n  See '\((["prep", "help"] + path.dropFirst()).joined(separator: " ")) <subcommand>' for detailed help.\n"
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
