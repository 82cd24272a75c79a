import Glibc
import Synchronization

/// Raw keyboard input on a terminal, with the terminal restored on every way out.
///
/// Raw here means no echo, no line buffering and no signal keys (ISIG off), so Ctrl-C arrives as
/// byte 0x03 and the session decides what it means. Output post-processing stays on, so `\n` still
/// starts a new line. The saved state is restored by `defer` on normal and throwing exits, by an
/// `atexit` hook when code inside calls `exit()`, and by a signal handler when SIGINT, SIGTERM, SIGHUP
/// or SIGQUIT arrives from outside or the process crashes (a Swift trap, SIGSEGV, abort). The handler
/// then hands the signal to whatever handled it before, so the exit status and crash reports stay honest
/// (SIGQUIT goes to the default action: the Swift runtime would treat it as a crash). On SIGTSTP the
/// terminal is restored before the process stops, and SIGCONT makes it raw again and asks for a redraw.
package enum TerminalMode {
    /// A terminal call that failed, with its errno; the screens word it.
    package struct Error: Swift.Error, Equatable {
        package let call: String
        package let errno: Int32

        package init(call: String, errno: Int32) {
            self.call = call
            self.errno = errno
        }
    }

    /// Runs `body` with `fd` in raw mode, optionally with the cursor hidden, and restores both after.
    ///
    /// When `fd` is not a terminal (piped input) or raw mode is already on (a nested call), `body` runs
    /// unchanged and nothing is written, so sessions call this the same way in both modes.
    package static func withRaw<T>(
        fd: Int32 = STDIN_FILENO,
        cursorOutput: Int32 = STDOUT_FILENO,
        hideCursor: Bool = false,
        _ body: () throws -> T
    ) throws -> T {
        guard isTerminal(fd), RawModeState.activeFD.load(ordering: .acquiring) < 0 else { return try body() }
        try enterRaw(fd: fd, cursorOutput: hideCursor ? cursorOutput : -1)
        defer { restore() }
        return try body()
    }

    /// Whether raw mode is on with the cursor hidden, so a typed answer can show it while editing.
    package static var isCursorHidden: Bool { RawModeState.cursorFD.load(ordering: .acquiring) >= 0 }

    /// Whether `fd` is a terminal.
    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Restores the saved terminal state now, if raw mode is active; safe to call more than once.
    package static func restore() {
        RawModeState.restoreTerminal()
        RawModeState.uninstallSignalHandlers()
    }

    private static func enterRaw(fd: Int32, cursorOutput: Int32) throws {
        guard tcgetattr(fd, RawModeState.savedAttributes) == 0 else { throw Error(call: "tcgetattr", errno: errno) }
        var raw = RawModeState.savedAttributes.pointee
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        withUnsafeMutableBytes(of: &raw.c_cc) { controlCharacters in
            controlCharacters[Int(VMIN)] = 1  // a read returns as soon as one byte is there
            controlCharacters[Int(VTIME)] = 0  // no inter-byte timer; the reader polls for ESC sequences
        }
        RawModeState.rawAttributes.pointee = raw
        RawModeState.installHandlers()
        RawModeState.cursorFD.store(cursorOutput, ordering: .releasing)
        RawModeState.activeFD.store(fd, ordering: .releasing)
        guard tcsetattr(fd, TCSAFLUSH, &raw) == 0 else {
            let failure = Error(call: "tcsetattr", errno: errno)
            restore()
            throw failure
        }
        if cursorOutput >= 0 { RawModeState.writeAll(cursorOutput, RawModeState.hideCursor) }
    }
}
