import Glibc
import Synchronization

/// Notices when the terminal changes size. While watching, SIGWINCH interrupts a blocked read and the
/// ``InputReader`` hands out ``Key/resize`` once, so a screen redraws at the new width at any moment.
package enum TerminalResize {
    private static let pending = Atomic<Bool>(false)
    private static let watching = Atomic<Bool>(false)

    /// Whether a resize arrived that no reader has reported yet.
    package static var isPending: Bool { pending.load(ordering: .acquiring) }

    /// Reports a pending resize once.
    package static func take() -> Bool { pending.exchange(false, ordering: .acquiringAndReleasing) }

    /// Records a resize; async-signal-safe (one atomic store), called by the SIGWINCH handler.
    package static func notice() { pending.store(true, ordering: .releasing) }

    /// Installs the SIGWINCH handler (once). Without SA_RESTART, so a blocked `read` returns EINTR.
    package static func startWatching() {
        guard !watching.exchange(true, ordering: .acquiringAndReleasing) else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in TerminalResize.notice() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        _ = sigaction(SIGWINCH, &action, nil)
    }
}
