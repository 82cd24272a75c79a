import Dispatch
import Foundation
import Glibc
import Synchronization

/// The Python processes `--peers` starts, all inside one throw-away folder. While `guarding` runs, Ctrl-C,
/// SIGTERM and SIGHUP stop every child and remove the folder before prep exits, so no server outlives prep.
package final class PeerProcesses: Sendable {
    package let folder: URL
    private let environment: [String: String]
    private let running = Mutex<Set<Int32>>([])
    private let interruption = Atomic<Bool>(false)
    /// Held while the folder is being removed, so the signal handler and the normal exit never remove it at once.
    private let removal = Mutex(())

    /// Set once a signal arrived: the servers are going away, so nothing more should be reported.
    package var interrupted: Bool { interruption.load(ordering: .acquiring) }

    private init(folder: URL, environment: [String: String]) {
        self.folder = folder
        // gunicorn writes a control socket under $HOME; keep even that inside the folder.
        self.environment = environment.merging(["HOME": folder.path, "PYTHONDONTWRITEBYTECODE": "1"]) { _, new in new }
    }

    private static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Makes the folder, runs `body`, then stops whatever is still running and removes the folder.
    @available(*, noasync)
    package static func guarding<T>(environment: [String: String], _ body: (PeerProcesses) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prep-peers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let processes = PeerProcesses(folder: folder, environment: environment)
        let sources = interruptions.map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                processes.interruption.store(true, ordering: .releasing)
                processes.stopAll()
                processes.removeFolder()
                exit(128 + signalNumber)
            }
            source.resume()
            return source
        }
        defer {
            for source in sources { source.cancel() }
            for signalNumber in interruptions { signal(signalNumber, SIG_DFL) }
            processes.stopAll()
            processes.removeFolder()
        }
        return try body(processes)
    }

    /// Starts a child in the folder; its output goes to `logs/<name>.log` there, for the error message.
    package func start(_ executable: String, _ arguments: [String], name: String) throws -> Process {
        // After a signal the folder is gone; starting anything would bring it back.
        guard !interrupted else { throw CancellationError() }
        let logs = folder.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let log = logs.appendingPathComponent("\(name).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        // A child inherits the spawning thread's signal mask, and pool threads (Swift concurrency, Dispatch)
        // block every signal: a server spawned from one would never see the SIGTERM that stops it.
        var everything = sigset_t()
        var previous = sigset_t()
        sigfillset(&everything)
        pthread_sigmask(SIG_UNBLOCK, &everything, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
        running.withLock { _ = $0.insert(process.processIdentifier) }
        return process
    }

    /// Stops a child (SIGTERM, SIGKILL if it is still there five seconds later) and forgets it.
    package func stop(_ process: Process) {
        if process.isRunning { process.terminate() }
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        running.withLock { _ = $0.remove(process.processIdentifier) }
    }

    /// Runs a child to its end; false when it could not start or exited non-zero.
    package func runToCompletion(_ executable: String, _ arguments: [String], name: String) -> Bool {
        guard let process = try? start(executable, arguments, name: name) else { return false }
        process.waitUntilExit()
        running.withLock { _ = $0.remove(process.processIdentifier) }
        return process.terminationStatus == 0
    }

    /// The last lines a child wrote, to say why it failed.
    package func logTail(name: String, lines: Int = 8) -> String {
        let text = (try? String(contentsOf: folder.appendingPathComponent("logs/\(name).log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    private func removeFolder() {
        removal.withLock { _ in try? FileManager.default.removeItem(at: folder) }
    }

    /// SIGTERM to every child still running, SIGKILL to any left after two seconds.
    private func stopAll() {
        let pids = running.withLock { $0 }
        for pid in pids { kill(pid, SIGTERM) }
        // Foundation reaps its children, so an exited one soon stops answering `kill(pid, 0)`.
        for _ in 0..<20 where pids.contains(where: { kill($0, 0) == 0 }) { usleep(100_000) }
        for pid in pids where kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }
}
