import PrepChecks
import PrepCore
import Synchronization
import PrepTerminal

/// For review and quiz sessions: after a card carrying `check: C06` the learner presses `c`, the check runs
/// here, its result block is printed, the run is stored against the card, and the session carries on.
/// Returns whether the check's claim behaved as the card says; false also when the name is unknown or
/// the run could not be stored (the reason is printed on `context.err`).
@available(*, noasync)
package func runCheckInline(name: String, cardKey: String?, lang: Language, context: CommandContext) -> Bool {
    let phrases = ScreenPhrases.forLanguage(lang).checks
    guard let check = CheckRegistry.check(named: name) else {
        context.err.line(phrases.unknownCheck(name))
        return false
    }
    let style = Style(enabled: context.colorEnabled)
    let runner = CheckRunner.recordingEnglish()
    let progress = CheckProgressLine(sink: context.out, isTerminal: context.outputIsTerminal, style: style, lang: lang)
    let result = runner.run(check) { progress.show($0) }
    progress.finish()
    let width = TerminalSize.detect(environment: context.environment).columns
    let report = CheckReport(check: check, result: result, parameters: runner.parameters, lang: lang, style: style, width: width)
    for line in report.lines() { context.out.line(line) }
    do {
        try CheckCommand.store([result], cardKey: cardKey, context: context)
    } catch {
        context.err.line(phrases.couldNotStore(ScreenPhrases.forLanguage(lang).describe(error)))
        return false
    }
    return result.passed
}

/// `runCheckInline` for a view that redraws its screen: the result comes back as lines to show, not printed.
@available(*, noasync)
func runCheckCapturingOutput(name: String, cardKey: String?, lang: Language, context: CommandContext) -> [String] {
    let captured = Mutex("")
    var quiet = context
    quiet.out = TextSink { text in captured.withLock { $0 += text } }
    quiet.outputIsTerminal = false
    let phrases = ScreenPhrases.forLanguage(lang).checks
    let title = CheckRegistry.check(named: name).map { phrases.title($0.id, $0.slug) } ?? name
    context.out.write(phrases.running(title, "") + "\n")
    _ = runCheckInline(name: name, cardKey: cardKey, lang: lang, context: quiet)
    return captured.withLock { $0 }.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
