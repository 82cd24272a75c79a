/// The words of `--help` and of a refused command line: headings, the usage hint, and each `UsageProblem`.
/// Help texts are `HelpPhrase` keys beside each command; `helpText` words them in this language.
struct UsagePhrases: Sendable {
    var overview: String
    var usage: String
    /// Before the usage line under a refused command line.
    var usageHint: String
    var arguments: String
    var options: String
    var subcommands: String
    var environment: @Sendable (_ variable: String) -> String
    var seeSubcommandHelp: @Sendable (_ command: String) -> String
    var seeHelp: @Sendable (_ command: String) -> String
    var unknownOption: @Sendable (_ word: String) -> String
    var unknownSubcommand: @Sendable (_ word: String) -> String
    var problem: @Sendable (_ problem: UsageProblem) -> String
    /// A command's abstract, discussion, argument or option help.
    var helpText: @Sendable (_ phrase: HelpPhrase) -> String
}

extension UsagePhrases {
    static let english = UsagePhrases(
        overview: "OVERVIEW: ",
        usage: "USAGE: ",
        usageHint: "Usage: ",
        arguments: "ARGUMENTS:",
        options: "OPTIONS:",
        subcommands: "SUBCOMMANDS:",
        environment: { variable in " (env: \(variable))" },
        seeSubcommandHelp: { command in "See '\(command) <subcommand>' for detailed help." },
        seeHelp: { command in "See '\(command) --help' for more information." },
        unknownOption: { word in "Unknown option '\(word)'" },
        unknownSubcommand: { word in "Unknown subcommand '\(word)'" },
        problem: { problem in
            switch problem {
            case .flagTakesNoValue(let option): "Option '\(option)' takes no value"
            case .missingValue(let option, let valueName): "Missing value for '\(option) <\(valueName)>'"
            case .missingOption(let option): "Missing expected option '\(option)'"
            case .missingArgument(let names): "Missing expected argument '\(names)'"
            case .unexpectedArgument(let word): "Unexpected argument '\(word)'"
            case .wholeNumber(let option, let range, let given) where range.upperBound == Int.max:
                "'\(option)' takes a whole number ≥ \(range.lowerBound), not '\(given)'"
            case .wholeNumber(let option, let range, let given):
                "'\(option)' takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(given)'"
            case .number(let option, let low, let high, let given): "'\(option)' takes a number from \(low) to \(high), not '\(given)'"
            case .oneOf(let option, let choices, let given): "'\(option)' takes one of \(choices.joined(separator: ", ")), not '\(given)'"
            case .unknownName(let kind, let given, let choices):
                "Unknown \(englishNames[kind] ?? "") '\(given)'; choose from \(choices.joined(separator: ", "))"
            case .date(let option, let given): "'\(option)' takes a date as YYYY-MM-DD, not '\(given)'"
            case .pastDate(let option, let given): "'\(option)' date \(given) is in the past"
            case .needs(let option, let other): "'\(option)' goes with '\(other)'"
            case .notBoth(let first, let second): "Name cards by \(first) or by \(second), not both"
            case .noPeer(let checks, let peered):
                "None of \(checks.joined(separator: ", ")) runs on a peer; --peers runs \(peered.joined(separator: ", "))"
            case .said(let words): words
            }
        },
        helpText: { phrase in phrase.english }
    )

    static let traditionalChinese = UsagePhrases(
        overview: "概述：",
        usage: "用法：",
        usageHint: "用法：",
        arguments: "引數：",
        options: "選項：",
        subcommands: "子命令：",
        environment: { variable in "（環境變數：\(variable)）" },
        seeSubcommandHelp: { command in "各子命令的詳細說明：'\(command) <subcommand>'。" },
        seeHelp: { command in "詳細說明請見 '\(command) --help'。" },
        unknownOption: { word in "沒有 '\(word)' 這個選項" },
        unknownSubcommand: { word in "沒有 '\(word)' 這個子命令" },
        problem: { problem in
            switch problem {
            case .flagTakesNoValue(let option): "選項 '\(option)' 不接受值"
            case .missingValue(let option, let valueName): "'\(option) <\(valueName)>' 缺少值"
            case .missingOption(let option): "缺少必要的選項 '\(option)'"
            case .missingArgument(let names): "缺少引數 '\(names)'"
            case .unexpectedArgument(let word): "多出了引數 '\(word)'"
            case .wholeNumber(let option, let range, let given) where range.upperBound == Int.max:
                "'\(option)' 要一個 ≥ \(range.lowerBound) 的整數，不是 '\(given)'"
            case .wholeNumber(let option, let range, let given):
                "'\(option)' 要一個 \(range.lowerBound) 到 \(range.upperBound) 的整數，不是 '\(given)'"
            case .number(let option, let low, let high, let given): "'\(option)' 要一個 \(low) 到 \(high) 的數字，不是 '\(given)'"
            case .oneOf(let option, let choices, let given): "'\(option)' 只能是 \(choices.joined(separator: "、")) 其中之一，不是 '\(given)'"
            case .unknownName(let kind, let given, let choices):
                "沒有 '\(given)' 這個\(chineseNames[kind] ?? "")；可選：\(choices.joined(separator: "、"))"
            case .date(let option, let given): "'\(option)' 要 YYYY-MM-DD 格式的日期，不是 '\(given)'"
            case .pastDate(let option, let given): "'\(option)' 的日期 \(given) 已經過去了"
            case .needs(let option, let other): "'\(option)' 要和 '\(other)' 一起使用"
            case .notBoth(let first, let second): "請用 \(first) 或 \(second) 指定卡片，不能兩者並用"
            case .noPeer(let checks, let peered):
                "\(checks.joined(separator: "、")) 都沒有真實伺服器的對照；--peers 執行的是 \(peered.joined(separator: "、"))"
            case .said(let words): words
            }
        },
        helpText: { phrase in phrase.traditionalChinese }
    )

    private static let englishNames: [NamedThing: String] = [.benchmark: "benchmark", .check: "check", .shell: "shell"]
    private static let chineseNames: [NamedThing: String] = [.benchmark: "效能測試", .check: "檢驗", .shell: "殼層"]
}
