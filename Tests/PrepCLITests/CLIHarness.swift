import Foundation
import Glibc
import Synchronization
@testable import PrepCLI

/// Runs `prep` in-process with captured streams, a fixed clock and no terminal.
struct CLIHarness {
    var environment: [String: String] = [:]
    var workingDirectory = FileManager.default.currentDirectoryPath
    var now = Date(timeIntervalSince1970: 1_790_000_000)
    /// How far the clock moves each time it is read, so a test can make every answer slow.
    var tick: TimeInterval = 0
    var inputDescriptor: Int32 = -1

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    func run(_ arguments: String...) -> Result { run(arguments) }

    /// Runs with `input` as piped stdin, ending in end of input, as a script would drive prep.
    func run(_ arguments: [String], input: String) throws -> Result {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
        defer { close(fds[0]) }
        let bytes = Array(input.utf8)
        guard bytes.isEmpty || write(fds[1], bytes, bytes.count) == bytes.count else { throw POSIXError(.EIO) }
        close(fds[1])
        var harness = self
        harness.inputDescriptor = fds[0]
        return harness.run(arguments)
    }

    func run(_ arguments: [String]) -> Result {
        let out = Mutex("")
        let err = Mutex("")
        let status = PrepTool.run(arguments: arguments) { global in
            context(out: TextSink { text in out.withLock { $0 += text } }, err: TextSink { text in err.withLock { $0 += text } }, global: global)
        }
        return Result(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
    }

    /// The context a command sees under this harness, for tests that call command code directly.
    func context(out: TextSink, err: TextSink, global: ParsedArguments = ParsedArguments(commandPath: ["prep"])) -> CommandContext {
        let start = now
        let tick = tick
        let reads = Mutex(0)
        return CommandContext(
            out: out, err: err, environment: environment, workingDirectory: workingDirectory,
            executablePath: "/nonexistent/prep", inputDescriptor: inputDescriptor, inputIsTerminal: false,
            outputIsTerminal: false,
            now: { start + tick * Double(reads.withLock { count in defer { count += 1 }; return count }) },
            global: global
        )
    }
}
