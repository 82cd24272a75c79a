import Foundation
import Glibc
import PrepStore
import Testing

/// A real `prep flashcards review` on a pseudo-terminal, signalled as a shell or a user would: the terminal
/// is the shell's while stopped and raw again after `fg`, and a quit leaves it cooked with grades kept.
@Suite struct TerminalSignalTests {
    /// The master side of a pty whose slave is the review's terminal; its termios are the slave's.
    final class Terminal {
        let master: Int32
        let pid: pid_t
        private(set) var output = ""

        /// Spawned with every signal unblocked and at its default: a test runner's threads block signals,
        /// and a child inheriting that mask would never see the ones this test sends.
        init(_ arguments: [String], environment: [String: String]) throws {
            var master: Int32 = -1, slave: Int32 = -1
            guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw POSIXError(.EIO) }
            defer { close(slave) }
            self.master = master
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] { posix_spawn_file_actions_adddup2(&actions, slave, target) }
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t(), all = sigset_t()
            sigemptyset(&none)
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setsigdefault(&attributes, &all)
            // Its own process group, as a shell's job: SIGTSTP then stops it for real.
            posix_spawnattr_setpgroup(&attributes, 0)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
            let path = FlashcardsReviewKillTests.executable.path
            let argv = ([path] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer { (argv + envp).forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else { throw POSIXError(.EIO) }
            self.pid = pid
        }

        /// Waits up to 10 seconds for the exit: the signal that ended it, 0 for a normal exit, nil when it
        /// is still running (it is then killed, so a hung program fails the test instead of hanging it).
        func waitForSignal() -> Int32? {
            var status: Int32 = 0
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid { return status & 0x7F }
                if result < 0, errno != EINTR { return nil }
                usleep(20_000)
            }
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
            return nil
        }

        deinit {
            if kill(pid, 0) == 0 {
                var status: Int32 = 0
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
            }
            close(master)
        }

        var isRaw: Bool {
            var attributes = termios()
            _ = tcgetattr(master, &attributes)
            return attributes.c_lflag & tcflag_t(ICANON) == 0
        }

        /// Reads what the program drew until `condition` holds or 10 seconds pass.
        @discardableResult
        func wait(until condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(10)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while !condition(), Date() < deadline {
                var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 50) > 0 {
                    let count = read(master, &buffer, buffer.count)
                    if count > 0 { output += String(decoding: buffer[0..<count], as: UTF8.self) }
                }
            }
            return condition()
        }

        func type(_ text: String) { _ = text.withCString { write(master, $0, strlen($0)) } }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: FlashcardsReviewKillTests.executable.path), "needs .build/debug/prep"))
    func stopContinueAndQuitLeaveTheTerminalUsable() throws {
        let workspace = try ReviewDeckWorkspace()
        let environment = [
            "PREP_DB": workspace.databasePath, "PREP_CONTENT": workspace.contentPath, "PREP_LANG": "en",
            "NO_COLOR": "1", "TERM": "xterm", "HOME": workspace.directory.path,
        ]
        let terminal = try Terminal(["flashcards", "review"], environment: environment)
        #expect(terminal.wait { terminal.output.contains("space reveal") && terminal.isRaw })

        kill(terminal.pid, SIGTSTP)
        #expect(terminal.wait { !terminal.isRaw }, "the shell gets a cooked terminal while prep is stopped")
        // The terminal is given back just before the process stops: continue it only once it has stopped.
        #expect(terminal.wait { Self.isStopped(terminal.pid) })
        let drawn = terminal.output.count
        kill(terminal.pid, SIGCONT)
        // Raw again at once. The redraw follows at once when the signal lands on the thread blocked reading keys;
        // on another thread it waits for the next key (a known gap), so only raw mode is required here.
        #expect(terminal.wait { terminal.isRaw }, "raw again")

        // Keys work without Enter: reveal, then grade Good.
        terminal.type(" ")
        #expect(terminal.wait { terminal.output.dropFirst(drawn).contains("1 again") || terminal.output.dropFirst(drawn).contains("Again") })
        terminal.type("3")
        #expect(terminal.wait { terminal.output.dropFirst(drawn).contains("1 done") })

        let quit = Date()
        kill(terminal.pid, SIGQUIT)
        #expect(terminal.waitForSignal() == SIGQUIT)
        #expect(Date().timeIntervalSince(quit) < 5)
        #expect(!terminal.isRaw)
        #expect(!terminal.output.contains("crashed"))
        let store = try Store.open(path: workspace.databasePath)
        #expect(try store.allReviews().map(\.rating) == [3])
    }

    /// Whether the process is stopped (state `T` in /proc/PID/stat).
    static func isStopped(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("T")
    }
}
