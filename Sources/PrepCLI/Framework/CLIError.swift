/// Why a command stopped; `usage` and `unknown` exit 64 (EX_USAGE) with a hint, `failure` exits 1.
package enum CLIError: Error, Equatable {
    case usage(UsageProblem, commandPath: [String])
    /// A subcommand or option (starting with `-`) this command does not have, with the ones it has, so the
    /// nearest can be suggested.
    case unknown(String, among: [String], commandPath: [String])
    case failure(String)

    package static let usageExitCode: Int32 = 64
    package static let failureExitCode: Int32 = 1
}

/// What was wrong with a command line, as data: `PrepTool` words it in the screen's language, which is only
/// settled once the options are read. Option names come with their dashes (`--count`), argument names
/// as help shows them (`<path>`).
package enum UsageProblem: Equatable, Sendable {
    case flagTakesNoValue(option: String)
    case missingValue(option: String, valueName: String)
    case missingOption(String)
    case missingArgument(String)
    case unexpectedArgument(String)
    /// A whole number in `range` (no upper bound when it is `Int.max`).
    case wholeNumber(option: String, range: ClosedRange<Int>, given: String)
    /// A number in `range`, shown as `low` to `high` as the caller formats them ("0.70").
    case number(option: String, low: String, high: String, given: String)
    case oneOf(option: String, choices: [String], given: String)
    /// A benchmark, check or shell name that is none of `choices`.
    case unknownName(kind: NamedThing, given: String, choices: [String])
    case date(option: String, given: String)
    case pastDate(option: String, given: String)
    /// `option` only means something together with `other`.
    case needs(option: String, other: String)
    case notBoth(String, String)
    /// None of the checks named runs on a peer server; `peered` are those that do.
    case noPeer(checks: [String], peered: [String])
    /// Words already in the screen's language, from a phrase table.
    case said(String)
}

/// A `UsageProblem.unknownName`'s kind of name.
package enum NamedThing: Sendable {
    case benchmark, check, shell
}
