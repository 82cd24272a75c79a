import PrepChecks
import PrepCore
import PrepTerminal
import Synchronization

/// Shows which check is running: one line rewritten in place on a terminal, plain lines when piped.
///
/// `@unchecked Sendable`: the only mutable state, the last step shown, lives in a Mutex.
final class CheckProgressLine: @unchecked Sendable {
    private let sink: TextSink
    private let isTerminal: Bool
    private let style: Style
    private let phrases: CheckPhrases
    private let lastShown = Mutex("")

    init(sink: TextSink, isTerminal: Bool, style: Style, lang: Language) {
        self.sink = sink
        self.isTerminal = isTerminal
        self.style = style
        self.phrases = ScreenPhrases.forLanguage(lang).checks
    }

    func show(_ progress: CheckRunner.Progress) {
        let rerun = progress.run > 1 ? phrases.rerun(progress.run, CheckRunner.maximumRuns) : ""
        let title = phrases.title(progress.check.id, progress.check.slug)
        if isTerminal {
            sink.write("\r\u{1B}[2K" + style.dim(phrases.runningStep(title, rerun, progress.step)))
            return
        }
        // Piped: one line per check and per rerun, not per step, so logs stay short.
        let line = phrases.running(title, rerun)
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
