import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep quiz`: today's questions, each graded and committed as it is answered, then a summary.
enum QuizCommand: Command {
    static let name = "quiz"
    static let abstract = HelpPhrase.quizAbstract
    static let discussion: HelpPhrase? = .quizDiscussion
    static let options: [OptionSpec] = [
        .value("count", "N", help: .quizCount),
        .value("new", "N", help: .quizNew),
        .topic(),
        .language(help: .languageAsk),
        .value("interview", "DATE", help: .quizInterview),
        .value("seed", "S", help: .quizSeed),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let count = try arguments.int("count", default: context.settings.quizLength, range: 1...1000)
        let lang = context.language
        let calendar = context.studyCalendar
        let now = context.now()
        let interview = try arguments.value("interview").map { try interviewDate($0, calendar: calendar, now: now, arguments: arguments) }
        let seed = try arguments.value("seed").map { text in
            guard let seed = UInt64(text) else {
                throw CLIError.usage(.wholeNumber(option: "--seed", range: 0...Int.max, given: text), commandPath: arguments.commandPath)
            }
            return seed
        } ?? UInt64.random(in: .min ... .max)

        let store = try Workspace(context: context).openStore()
        let topic = arguments.shared.topic
        try store.requireKnownTopic(topic, preferring: lang)
        let text = QuizScreenText(language: lang)
        let newCards = arguments.value("new") == nil ? nil : try arguments.int("new", default: 0, range: 0...10_000)
        var setup = QuizSetup(
            count: count, topic: topic, language: lang, interview: interview.map(\.start), seed: seed,
            limits: context.settings.dailyLimits, newCards: newCards
        )
        setup.leechThreshold = context.settings.leechThreshold
        setup.burial = context.settings.siblingBurial
        let session: QuizSession
        switch try setup.start(store: store, scheduler: context.scheduler, calendar: calendar, now: now, sessionID: UUID().uuidString.lowercased()) {
        case .nothingToDo(let nextDue, let newCardsWaiting):
            if topic == nil, !(try store.hasAnyCards()) {
                context.out.line(ScreenPhrases.forLanguage(lang).setup.noCardsYet)
                return 0
            }
            context.out.line(text.nothingToDo(nextDue: nextDue.map { due in
                "\(localTime(due, calendar: calendar)) (\(text.inInterval(due.timeIntervalSince(now))))"
            }))
            if newCardsWaiting > 0 { context.out.line(text.allowMoreNewCards(waiting: newCardsWaiting)) }
            // Due cards held back (over the review limit, buried) are why "nothing" can be wrong-looking.
            let dueNow = try context.dueNow(store: store, topic: topic, language: lang)
            if dueNow.heldBack > 0 { context.out.line(ScreenPhrases.forLanguage(lang).manage.dueNowLine(dueNow)) }
            return 0
        case .session(let started):
            session = started
        }
        // Said with the first question, so a terminal's first redraw does not wipe it; a first session of new
        // cards has nothing due and nothing held back, and "Due now: 0 cards" would only puzzle.
        let dueNow = try context.dueNow(store: store, topic: topic, language: lang)
        let saysSomething = !dueNow.keys.isEmpty || dueNow.heldBack > 0
        let opening = [
            saysSomething ? ScreenPhrases.forLanguage(lang).manage.dueNowLine(dueNow) : nil, session.shortfall.map(text.shortfall),
            try context.languageSwitchHint(store: store),
        ].compactMap { $0 }

        let output = context.out.terminalOutput
        let input = InputReader(
            source: FileDescriptorByteSource(fd: context.inputDescriptor),
            mode: context.inputIsTerminal ? .terminal : .lines, output: output
        )
        let style = Style(enabled: context.colorEnabled)
        let interactive = context.inputIsTerminal && context.outputIsTerminal
        if interactive { TerminalResize.startWatching() }
        let environment = context.environment
        let ui = QuizSessionUI(
            session: session, input: input,
            screen: Screen(output: output, isInteractive: interactive),
            style: style, text: text,
            width: { min(TerminalSize.detect(environment: interactive ? [:] : environment).columns, 88) }, now: context.now
        )
        ui.rows = { TerminalSize.detect(environment: interactive ? [:] : environment).rows }
        ui.note = opening.isEmpty ? nil : opening.joined(separator: "\n")
        ui.runCheck = { name, cardKey in _ = runCheckInline(name: name, cardKey: cardKey, lang: lang, context: context) }
        _ = try TerminalMode.withRaw(fd: context.inputDescriptor, hideCursor: true) { try ui.run() }

        let finishedAt = context.now()
        try session.finish(at: finishedAt)
        let summary = try QuizSummary.of(session, calendar: calendar, now: finishedAt)
        let rows = text.summaryLines(summary, interview: interview?.text)
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        context.out.line()
        context.out.line(style.bold(text.summaryTitle))
        for (label, value) in rows {
            context.out.line("  " + style.dim(DisplayWidth.pad(label, to: labelWidth)) + "  " + value)
        }
        return 0
    }

    /// `YYYY-MM-DD` as the start of that local day, the instant by which every review should be done.
    private static func interviewDate(
        _ text: String, calendar: Calendar, now: Date, arguments: ParsedArguments
    ) throws -> (start: Date, text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
            let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.dateComponents([.year, .month, .day], from: start) == DateComponents(year: year, month: month, day: day)
        else {
            throw CLIError.usage(.date(option: "--interview", given: text), commandPath: arguments.commandPath)
        }
        guard start >= calendar.startOfDay(for: now) else {
            throw CLIError.usage(.pastDate(option: "--interview", given: text), commandPath: arguments.commandPath)
        }
        return (start, text)
    }

    /// "2026-11-26 04:00" in the learner's time zone.
    private static func localTime(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
