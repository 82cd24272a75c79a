import Glibc

/// How a run ends when its output could not be written.
///
/// A reader that went away (`prep stats | head -1`, EPIPE) is normal: prep ends quietly with status 141,
/// 128 + SIGPIPE, which is what a shell reports for git and coreutils in the same pipe. SIGPIPE itself is
/// ignored so that it can never kill prep part-way through a database write. Any other error (a full disk,
/// an I/O error) is reported on standard error and the run fails with status 1. Grades are committed as
/// they are given, so what was done before the failure is kept.
enum WriteFailure {
    static let brokenPipeExitCode: Int32 = 128 + SIGPIPE

    static func ignoreBrokenPipeSignal() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// The status to exit with, once the command has returned `status`.
    static func status(_ status: Int32, out: TextSink, err: TextSink) -> Int32 {
        if let code = out.writeError {
            if code == EPIPE { return status == 0 ? brokenPipeExitCode : status }
            err.write(message(stream: "standard output", code: code))
            return CLIError.failureExitCode
        }
        // Nowhere is left to report a failed standard error, but the status still says so.
        if let code = err.writeError, code != EPIPE, status == 0 { return CLIError.failureExitCode }
        return status
    }

    static func message(stream: String, code: Int32) -> String {
        "Error: cannot write to \(stream): \(String(cString: strerror(code)))\n"
    }
}
