import PrepChecks
import PrepTerminal
import Synchronization

/// Shows which check is running: one line rewritten in place on a terminal, plain lines when piped.
///
/// `@unchecked Sendable`: the only mutable state, the last step shown, lives in a Mutex.
final class CheckProgressLine: @unchecked Sendable {
    private let sink: TextSink
    private let isTerminal: Bool
    private let style: Style
    private let lastShown = Mutex("")

    init(sink: TextSink, isTerminal: Bool, style: Style) {
        self.sink = sink
        self.isTerminal = isTerminal
        self.style = style
    }

    func show(_ progress: CheckRunner.Progress) {
        let rerun = progress.run > 1 ? " (run \(progress.run)/\(CheckRunner.maximumRuns))" : ""
        if isTerminal {
            sink.write("\r\u{1B}[2K" + style.dim("⏳ \(progress.check.title)\(rerun): \(progress.step)"))
            return
        }
        // Piped: one line per check and per rerun, not per step, so logs stay short.
        let line = "running \(progress.check.title)\(rerun)…"
        let isNew = lastShown.withLock { last in
            defer { last = line }
            return last != line
        }
        if isNew { sink.line(line) }
    }

    /// Clears the in-place line before the result is printed.
    func finish() {
        if isTerminal { sink.write("\r\u{1B}[2K") }
    }
}
