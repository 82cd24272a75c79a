import Foundation

/// A command line split into options and positionals against a command's `OptionSpec`s.
package struct ParsedArguments: Sendable {
    /// `["prep", "flashcards", "review"]`: the words that chose the command, for help and errors.
    package var commandPath: [String]
    package var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    /// `--lang`, `--json`, `--topic` and `--db`, read once by `parse`.
    package private(set) var shared = SharedOptions()

    package init(commandPath: [String]) {
        self.commandPath = commandPath
    }

    /// Parses `--name value`, `--name=value`, `-n value`, flags and `--`; an unknown option is a usage error.
    package static func parse(_ words: [String], options: [OptionSpec], commandPath: [String]) throws -> ParsedArguments {
        var parsed = ParsedArguments(commandPath: commandPath)
        var index = 0
        var onlyPositionals = false
        func spec(long: String) -> OptionSpec? { options.first { $0.long == long } }
        func spec(short: Character) -> OptionSpec? { options.first { $0.short == short } }
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || word == "-" || !word.hasPrefix("-") {
                parsed.positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            var name: String
            var inlineValue: String?
            let option: OptionSpec?
            if word.hasPrefix("--") {
                name = String(word.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                option = spec(long: name)
            } else {
                let letters = Array(word.dropFirst())
                name = String(letters.first ?? "-")
                option = letters.count == 1 ? spec(short: letters[0]) : nil
                // A negative number (`-3`, `-0.5`) is a value, e.g. one `prep config` is to refuse.
                if option == nil, Double(word) != nil {
                    parsed.positionals.append(word)
                    continue
                }
            }
            guard let option else {
                throw CLIError.unknown(word, among: options.map { "--\($0.long)" }, commandPath: commandPath)
            }
            if option.isFlag {
                if inlineValue != nil {
                    throw CLIError.usage(.flagTakesNoValue(option: "--\(option.long)"), commandPath: commandPath)
                }
                parsed.flags.insert(option.long)
                continue
            }
            if let inlineValue {
                parsed.values[option.long, default: []].append(inlineValue)
            } else if index < words.count {
                parsed.values[option.long, default: []].append(words[index])
                index += 1
            } else {
                throw CLIError.usage(.missingValue(option: "--\(option.long)", valueName: option.valueName ?? "value"), commandPath: commandPath)
            }
        }
        parsed.shared = try SharedOptions(parsed)
        return parsed
    }

    package func flag(_ long: String) -> Bool { flags.contains(long) }

    /// The last value given for an option, so a later `--count` overrides an earlier one.
    package func value(_ long: String) -> String? { values[long]?.last }

    package func allValues(_ long: String) -> [String] { values[long] ?? [] }

    package func int(_ long: String, default fallback: Int, range: ClosedRange<Int> = 0...Int.max) throws -> Int {
        guard let text = value(long) else { return fallback }
        guard let number = Int(text), range.contains(number) else {
            throw CLIError.usage(.wholeNumber(option: "--\(long)", range: range, given: text), commandPath: commandPath)
        }
        return number
    }

    package func double(_ long: String, default fallback: Double, range: ClosedRange<Double>) throws -> Double {
        guard let text = value(long) else { return fallback }
        guard let number = Double(text), range.contains(number) else {
            throw CLIError.usage(
                .number(option: "--\(long)", low: "\(range.lowerBound)", high: "\(range.upperBound)", given: text), commandPath: commandPath)
        }
        return number
    }

    /// A value that must be one of a fixed set (`--lang zh-Hant|en`).
    package func choice(_ long: String, from choices: [String], default fallback: String? = nil) throws -> String? {
        guard let text = value(long) else { return fallback }
        guard choices.contains(text) else {
            throw CLIError.usage(.oneOf(option: "--\(long)", choices: choices, given: text), commandPath: commandPath)
        }
        return text
    }

    /// Rejects extra positionals for commands that take a fixed number.
    package func requirePositionals(_ range: ClosedRange<Int>, names: String) throws {
        if positionals.count < range.lowerBound {
            throw CLIError.usage(.missingArgument(names), commandPath: commandPath)
        }
        if positionals.count > range.upperBound {
            throw CLIError.usage(.unexpectedArgument(positionals[range.upperBound]), commandPath: commandPath)
        }
    }
}
