import Foundation
import Glibc

/// Everything a command touches outside itself: streams, environment, clock and paths.
package struct CommandContext: Sendable {
    package var out: TextSink
    package var err: TextSink
    package var environment: [String: String]
    package var workingDirectory: String
    package var executablePath: String
    /// Where interactive sessions read from; a pipe or file puts them in line mode.
    package var inputDescriptor: Int32
    package var inputIsTerminal: Bool
    package var outputIsTerminal: Bool
    package var now: @Sendable () -> Date
    /// Options shared by every command (`--db`, `--content`, `--no-color`).
    package var global: ParsedArguments

    /// The context of a real run: the process's streams, environment and clock.
    package static func process(global: ParsedArguments) -> CommandContext {
        CommandContext(
            out: .fileDescriptor(STDOUT_FILENO),
            err: .fileDescriptor(STDERR_FILENO),
            environment: ProcessInfo.processInfo.environment,
            workingDirectory: FileManager.default.currentDirectoryPath,
            executablePath: CommandLine.arguments.first.map(Self.absoluteExecutablePath) ?? "",
            inputDescriptor: STDIN_FILENO,
            inputIsTerminal: isatty(STDIN_FILENO) == 1,
            outputIsTerminal: isatty(STDOUT_FILENO) == 1,
            now: { Date() },
            global: global
        )
    }

    /// Colour only on a terminal that is not `dumb`, and never with `NO_COLOR` or `--no-color`.
    package var colorEnabled: Bool {
        outputIsTerminal && environment["TERM"] != "dumb" && environment["NO_COLOR"] == nil
            && !global.flag("no-color")
    }

    private static func absoluteExecutablePath(_ argument0: String) -> String {
        // /proc/self/exe resolves `swift run` and PATH lookups alike.
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return argument0
    }
}
