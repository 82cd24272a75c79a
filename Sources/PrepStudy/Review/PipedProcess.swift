import Foundation
import Glibc
import PrepCore

/// A child process driven through pipes as a learner would type, for timing and crash tests of
/// interactive sessions: send lines, wait until something appears on its output, kill it.
///
/// Started with `posix_spawn` itself rather than Foundation's `Process`, whose set-up before the child runs
/// (environment bridging, its own pipes and handles) was milliseconds of every launch `prep bench launch` timed.
///
/// Not thread-safe: one caller drives it.
package final class PipedProcess {
    /// Why a process could not be started: the `errno` `posix_spawn` or `pipe2` gave.
    package struct StartError: Error, Equatable {
        package let errno: Int32
    }

    private let pid: pid_t
    /// The parent's ends: the child's stdin (written) and stdout (read).
    private let inputFD: Int32
    private let outputFD: Int32
    private var received: [UInt8] = []
    /// The status `waitpid` reported, once the child has ended.
    private var waitStatus: Int32?

    package init(executable: URL, arguments: [String], environment: [String: String]) throws {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw StartError(errno: errno) }
        guard pipe(&fromChild) == 0 else {
            let code = errno
            toChild.forEach { _ = close($0) }
            throw StartError(errno: code)
        }
        // Close-on-exec, so only the two ends the child is given (as 0 and 1) cross into it.
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var child: pid_t = 0
        let path = executable.path
        let status = Self.withCStrings([path] + arguments) { argv in
            Self.withCStrings(environment.map { "\($0.key)=\($0.value)" }) { envp in
                posix_spawn(&child, path, &actions, nil, argv, envp)
            }
        }
        _ = close(toChild[0])
        _ = close(fromChild[1])
        guard status == 0 else {
            _ = close(toChild[1])
            _ = close(fromChild[0])
            throw StartError(errno: status)
        }
        pid = child
        inputFD = toChild[1]
        outputFD = fromChild[0]
    }

    deinit {
        if waitStatus == nil {
            Glibc.kill(pid, SIGKILL)
            reap()
        }
        _ = close(inputFD)
        _ = close(outputFD)
    }

    /// Everything the process has written to stdout so far.
    package var text: String { String(decoding: received, as: UTF8.self) }

    /// Writes `line` and a newline to the process's stdin; a process that has gone is not written to.
    package func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            written += count
        }
    }

    /// Reads output until `needle` has appeared `count` times; false when `timeout` passes or output ends first.
    /// A nil `needle` reads to the end of the output (the process closed stdout, normally by exiting): true
    /// then, false on timeout. Ending there rather than at `waitForExit` times the process, not the wait for
    /// its exit.
    package func waitForOutput(containing needle: String?, count: Int = 1, timeout: Duration) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var buffer = [UInt8](repeating: 0, count: 65536)
        while needle.map({ occurrences(of: $0) < count }) ?? true {
            let remaining = clock.now.duration(to: deadline)
            guard remaining > .zero else { return false }
            var poller = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(60_000, (remaining / .milliseconds(1)).rounded(.up)))
            let ready = poll(&poller, 1, milliseconds)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            let bytesRead = buffer.withUnsafeMutableBytes { read(outputFD, $0.baseAddress, $0.count) }
            if bytesRead < 0, errno == EINTR { continue }
            guard bytesRead > 0 else { return needle == nil }
            received += buffer[..<bytesRead]
        }
        return true
    }

    /// Sends `signal` and waits for the process to end.
    package func kill(_ signal: Int32) {
        if waitStatus == nil { Glibc.kill(pid, signal) }
        reap()
    }

    /// Waits for the process to end and returns its exit status (the signal's number when a signal ended it).
    package func waitForExit() -> Int32 {
        reap()
        guard let status = waitStatus else { return -1 }
        return terminatedBySignal ? status & 0x7f : (status >> 8) & 0xff
    }

    /// Whether a signal ended the process; false while it runs.
    package var terminatedBySignal: Bool {
        // WIFSIGNALED: a signal number in the low seven bits, neither 0 (exited) nor 0x7f (stopped).
        guard let status = waitStatus else { return false }
        return status & 0x7f != 0 && status & 0x7f != 0x7f
    }

    private func reap() {
        guard waitStatus == nil else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return }
        }
        waitStatus = status
    }

    private func occurrences(of needle: String) -> Int {
        var found = 0
        var rest = Substring(text)
        while let range = rest.firstRange(of: needle) {
            found += 1
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// `strings` as a NULL-terminated array of C strings, valid inside `body`.
    private static func withCStrings<Result>(
        _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
    ) -> Result {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
