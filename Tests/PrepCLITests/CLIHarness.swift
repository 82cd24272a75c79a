import Foundation
import Synchronization
@testable import PrepCLI

/// Runs `prep` in-process with captured streams, a fixed clock and no terminal.
struct CLIHarness {
    var environment: [String: String] = [:]
    var workingDirectory = FileManager.default.currentDirectoryPath
    var now = Date(timeIntervalSince1970: 1_790_000_000)
    var inputDescriptor: Int32 = -1

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    func run(_ arguments: String...) -> Result { run(arguments) }

    func run(_ arguments: [String]) -> Result {
        let out = Mutex("")
        let err = Mutex("")
        let fixedNow = now
        let status = PrepTool.run(arguments: arguments) { global in
            CommandContext(
                out: TextSink { text in out.withLock { $0 += text } },
                err: TextSink { text in err.withLock { $0 += text } },
                environment: environment,
                workingDirectory: workingDirectory,
                executablePath: "/nonexistent/prep",
                inputDescriptor: inputDescriptor,
                inputIsTerminal: false,
                outputIsTerminal: false,
                now: { fixedNow },
                global: global
            )
        }
        return Result(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
    }
}
