import Foundation
import Glibc

/// A child process driven through pipes as a learner would type, for timing and crash tests of
/// interactive sessions: send lines, wait until something appears on its output, kill it.
///
/// Not thread-safe: one caller drives it.
package final class PipedProcess {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var received: [UInt8] = []

    package init(executable: URL, arguments: [String], environment: [String: String]) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Everything the process has written to stdout so far.
    package var text: String { String(decoding: received, as: UTF8.self) }

    /// Writes `line` and a newline to the process's stdin.
    package func send(_ line: String) {
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
    }

    /// Reads output until `needle` has appeared `count` times; false when `timeout` passes or output ends first.
    /// A nil `needle` reads to the end of the output (the process closed stdout, normally by exiting): true
    /// then, false on timeout. Ending there rather than at `waitForExit` times the process, not `Process`'s
    /// polling for its exit.
    package func waitForOutput(containing needle: String?, count: Int = 1, timeout: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        let fd = output.fileHandleForReading.fileDescriptor
        var buffer = [UInt8](repeating: 0, count: 65536)
        while needle.map({ occurrences(of: $0) < count }) ?? true {
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { return false }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(60_000, (remaining / .milliseconds(1)).rounded(.up)))
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            let bytesRead = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if bytesRead < 0, errno == EINTR { continue }
            guard bytesRead > 0 else { return needle == nil }
            received += buffer[..<bytesRead]
        }
        return true
    }

    /// Sends `signal` and waits for the process to end.
    package func kill(_ signal: Int32) {
        Glibc.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    /// Waits for the process to end and returns its exit status.
    package func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    package var terminatedBySignal: Bool { process.terminationReason == .uncaughtSignal }

    private func occurrences(of needle: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }
}
