import Foundation
import Glibc
import PrepStore
import PrepTestSupport
import Synchronization
import Testing
@testable import PrepCLI

/// Output that cannot be written: a reader that went away ends prep quietly, anything else is reported.
struct WriteErrorTests {
    static func failing(_ code: Int32) -> TextSink { TextSink(failable: { _ in code }) }

    func run(_ arguments: [String], out: TextSink, workspace: ReviewDeckWorkspace, input: String = "") throws -> (Int32, String) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
        defer { close(fds[0]) }
        _ = input.withCString { write(fds[1], $0, strlen($0)) }
        close(fds[1])
        var harness = workspace.harness
        harness.inputDescriptor = fds[0]
        let err = Mutex("")
        let status = PrepTool.run(arguments: arguments) { global in
            harness.context(out: out, err: TextSink { text in err.withLock { $0 += text } }, global: global)
        }
        return (status, err.withLock { $0 })
    }

    @Test(arguments: [["stats"], ["export"], ["flashcards", "list"], ["quiz"], ["flashcards", "review"]])
    func aFullDeviceIsReportedWithStatusOne(_ arguments: [String]) throws {
        let workspace = try ReviewDeckWorkspace()
        let (status, err) = try run(arguments, out: Self.failing(ENOSPC), workspace: workspace, input: "\n3\n\n3\n")
        #expect(status == 1)
        #expect(err == "Error: cannot write to standard output: No space left on device\n")
    }

    @Test(arguments: [["stats"], ["export"], ["flashcards", "list"], ["flashcards", "review"]])
    func aReaderThatWentAwayEndsQuietly(_ arguments: [String]) throws {
        let workspace = try ReviewDeckWorkspace()
        let (status, err) = try run(arguments, out: Self.failing(EPIPE), workspace: workspace, input: "\n3\n")
        #expect(status == WriteFailure.brokenPipeExitCode)
        #expect(err.isEmpty)
    }

    /// Grades given while the screen worked are kept; the session stops at the first write that fails.
    @Test func gradesBeforeTheFailureAreKept() throws {
        let workspace = try ReviewDeckWorkspace()
        let cardsShown = Mutex(0)
        // The device fills up as the second card is drawn, after the first one was graded.
        let out = TextSink(failable: { text in
            cardsShown.withLock { shown in
                shown += text.components(separatedBy: "Q: ").count - 1
                return shown >= 2 ? ENOSPC : nil
            }
        })
        let (status, err) = try run(["flashcards", "review"], out: out, workspace: workspace, input: "\n3\n\n4\n\n1\n\n2\n")
        #expect(status == 1)
        #expect(err.contains("No space left on device"))
        let ratings = try workspace.ratings()
        #expect(ratings == [3])
    }
}

/// The same through the real executable, its real descriptors and the real signal.
@Suite struct WriteErrorProcessTests {
    static let executable = FlashcardsReviewKillTests.executable

    func launch(_ arguments: [String], stdout: FileHandle, workspace: ReviewDeckWorkspace) throws -> (Int32, String) {
        var environment = ProcessInfo.processInfo.environment
        environment["PREP_DB"] = workspace.databasePath
        environment["PREP_CONTENT"] = workspace.contentPath
        let run = try ProcessRun.run(Self.executable, arguments, environment: environment, standardOutput: stdout)
        return (run.status, run.err)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: executable.path)
        && FileManager.default.isWritableFile(atPath: "/dev/full"), "needs .build/debug/prep and /dev/full"))
    func devFullIsReported() throws {
        let workspace = try ReviewDeckWorkspace()
        for arguments in [["stats"], ["export"], ["flashcards", "review"], ["quiz"]] {
            let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
            let (status, err) = try launch(arguments, stdout: full, workspace: workspace)
            #expect(status == 1, "\(arguments)")
            #expect(err.contains("cannot write to standard output: No space left on device"), "\(arguments): \(err)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: executable.path), "needs .build/debug/prep"))
    func aClosedPipeEndsQuietlyWith141() throws {
        let workspace = try ReviewDeckWorkspace()
        for arguments in [["stats"], ["flashcards", "list"], ["export"]] {
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let (status, err) = try launch(arguments, stdout: pipe.fileHandleForWriting, workspace: workspace)
            #expect(status == 141, "\(arguments): \(err)")
            #expect(err.isEmpty, "\(arguments): \(err)")
        }
    }
}
