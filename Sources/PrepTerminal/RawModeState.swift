import Glibc
import Synchronization

/// Process-wide record of the terminal state to restore, readable from a signal handler.
///
/// Everything the handler touches is preallocated and written before the handler is installed, and
/// the handler only loads atomics, calls `tcsetattr`, `write` and `sigaction`, and re-raises: all
/// async-signal-safe.
enum RawModeState {
    /// The fd in raw mode, or -1 when the terminal is as the user left it.
    static let activeFD = Atomic<Int32>(-1)
    /// Where to write "show cursor" on restore, or -1 when the cursor was not hidden.
    static let cursorFD = Atomic<Int32>(-1)
    static let handlersInstalled = Atomic<Bool>(false)
    static let exitHookRegistered = Atomic<Bool>(false)

    // Raw pointers rather than Swift values so the handler reads them without retain/release or
    // exclusivity checks; written only while the handlers are not installed.
    nonisolated(unsafe) static let savedAttributes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    nonisolated(unsafe) static let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    /// Signals sent from outside (Ctrl-C elsewhere, `kill`, a closed terminal): re-raised after restoring.
    static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes (a Swift trap is SIGILL on x86_64 and SIGTRAP on arm64): the handler returns, the faulting
    /// instruction runs again and meets the previous handler, so crash reports keep the real context.
    static let faults: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Puts the terminal back and shows the cursor; async-signal-safe.
    static func restoreTerminal() {
        let fd = activeFD.exchange(-1, ordering: .acquiringAndReleasing)
        guard fd >= 0 else { return }
        _ = tcsetattr(fd, TCSAFLUSH, savedAttributes)
        let cursor = cursorFD.exchange(-1, ordering: .acquiringAndReleasing)
        if cursor >= 0 { writeAll(cursor, showCursor) }
    }

    static func installHandlers() {
        if !exitHookRegistered.exchange(true, ordering: .acquiringAndReleasing) {
            atexit { RawModeState.restoreTerminal() }
        }
        guard !handlersInstalled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        for signal in interruptions + faults {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                RawModeState.restoreTerminal()
                // Put back whatever handled this signal before us (usually SIG_DFL). An interruption is
                // raised again: it stays blocked until this handler returns, then acts as if we had never
                // been here. A fault recurs by itself when the handler returns (abort() raises again too).
                _ = sigaction(signal, RawModeState.previousActions + Int(signal), nil)
                if signal == SIGINT || signal == SIGTERM || signal == SIGHUP || signal == SIGQUIT {
                    _ = raise(signal)
                }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            _ = sigaction(signal, &action, previousActions + Int(signal))
            // A signal the user chose to ignore (nohup) stays ignored.
            let previous = previousActions[Int(signal)].__sigaction_handler.sa_handler
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                _ = sigaction(signal, previousActions + Int(signal), nil)
            }
        }
    }

    static func uninstallSignalHandlers() {
        guard handlersInstalled.exchange(false, ordering: .acquiringAndReleasing) else { return }
        for signal in interruptions + faults {
            _ = sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// ``ANSI/showCursor`` and ``ANSI/hideCursor`` as static bytes: the handler must not touch String storage.
    static let showCursor: StaticString = "\u{1B}[?25h"
    static let hideCursor: StaticString = "\u{1B}[?25l"

    static func writeAll(_ fd: Int32, _ text: StaticString) {
        TerminalOutput.writeAll(fd, UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
