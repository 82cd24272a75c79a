/// Why a command stopped; `usage` exits 64 (EX_USAGE) with a hint, `failure` exits 1.
package enum CLIError: Error, Equatable {
    case usage(String, commandPath: [String])
    case failure(String)

    package static let usageExitCode: Int32 = 64
    package static let failureExitCode: Int32 = 1
}
