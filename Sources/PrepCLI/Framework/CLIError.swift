/// Why a command stopped; `usage` and `unknown` exit 64 (EX_USAGE) with a hint, `failure` exits 1.
package enum CLIError: Error, Equatable {
    case usage(String, commandPath: [String])
    /// A subcommand or option (starting with `-`) this command does not have, with the ones it has, so the
    /// nearest can be suggested.
    case unknown(String, among: [String], commandPath: [String])
    case failure(String)

    package static let usageExitCode: Int32 = 64
    package static let failureExitCode: Int32 = 1
}
