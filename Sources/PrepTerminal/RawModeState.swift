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
    /// The raw settings, put back when the process is continued after a stop.
    nonisolated(unsafe) static let rawAttributes = UnsafeMutablePointer<termios>.allocate(capacity: 1)

    /// Signals sent from outside (Ctrl-C elsewhere, `kill`, a closed terminal): re-raised after restoring.
    static let interruptions: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    /// Crashes (a Swift trap is SIGILL on x86_64 and SIGTRAP on arm64): the handler returns, the faulting
    /// instruction runs again and meets the previous handler, so crash reports keep the real context.
    static let faults: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    /// Job control (`kill -TSTP`, then `fg`): the terminal is the shell's while stopped, raw again after.
    static let jobControl: [Int32] = [SIGTSTP, SIGCONT]

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
        for signal in interruptions + faults + jobControl {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                switch signal {
                case SIGTSTP: RawModeState.suspend()
                case SIGCONT: RawModeState.resume()
                case SIGQUIT:
                    RawModeState.restoreTerminal()
                    // The Swift runtime takes SIGQUIT for a crash: a banner and a long wait for a backtrace.
                    // Sent from outside to a session it is a request to quit, so the default action ends it.
                    RawModeState.setDefaultAction(SIGQUIT)
                    _ = raise(signal)
                default:
                    RawModeState.restoreTerminal()
                    // Put back whatever handled this signal before us (usually SIG_DFL). An interruption is
                    // raised again: it stays blocked until this handler returns, then acts as if we had never
                    // been here. A fault recurs by itself when the handler returns (abort() raises again too).
                    _ = sigaction(signal, RawModeState.previousActions + Int(signal), nil)
                    if signal == SIGINT || signal == SIGTERM || signal == SIGHUP { _ = raise(signal) }
                }
            }
            sigemptyset(&action.sa_mask)
            // Without SA_RESTART: SIGCONT interrupts the blocked read, so the screen is redrawn at once.
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
        for signal in interruptions + faults + jobControl {
            _ = sigaction(signal, previousActions + Int(signal), nil)
        }
    }

    /// SIGTSTP: gives the shell its terminal back, then stops as the default action would. Execution goes on
    /// here after SIGCONT (whose handler has made the terminal raw again), and the handler is put back.
    static func suspend() {
        let fd = activeFD.load(ordering: .acquiring)
        if fd >= 0 {
            _ = tcsetattr(fd, TCSAFLUSH, savedAttributes)
            let cursor = cursorFD.load(ordering: .acquiring)
            if cursor >= 0 { writeAll(cursor, showCursor) }
        }
        var handler = sigaction()
        _ = sigaction(SIGTSTP, nil, &handler)
        setDefaultAction(SIGTSTP)
        var pending = sigset_t()
        sigemptyset(&pending)
        sigaddset(&pending, SIGTSTP)
        _ = raise(SIGTSTP)
        // Blocked while this handler runs: unblocking delivers it, and the process stops right here.
        _ = sigprocmask(SIG_UNBLOCK, &pending, nil)
        _ = sigaction(SIGTSTP, &handler, nil)
    }

    /// SIGCONT: raw mode again, and a redraw, since the shell or another program drew over the screen.
    static func resume() {
        let fd = activeFD.load(ordering: .acquiring)
        guard fd >= 0 else { return }
        _ = tcsetattr(fd, TCSAFLUSH, rawAttributes)
        let cursor = cursorFD.load(ordering: .acquiring)
        if cursor >= 0 { writeAll(cursor, hideCursor) }
        TerminalResize.notice()
    }

    static func setDefaultAction(_ signal: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, nil)
    }

    /// ``ANSI/showCursor`` and ``ANSI/hideCursor`` as static bytes: the handler must not touch String storage.
    static let showCursor: StaticString = "\u{1B}[?25h"
    static let hideCursor: StaticString = "\u{1B}[?25l"

    static func writeAll(_ fd: Int32, _ text: StaticString) {
        TerminalOutput.writeAll(fd, UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
