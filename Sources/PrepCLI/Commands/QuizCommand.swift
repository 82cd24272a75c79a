import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep quiz`: today's questions, each graded and committed as it is answered, then a summary.
enum QuizCommand: Command {
    static let name = "quiz"
    static let abstract = "Today's quiz: due cards first, then new ones, graded as you answer."
    static let discussion: String? = """
        On a terminal: letters or digits choose, t/f judge, typed answers end with Enter, Enter reveals a long
        answer and 1-4 grade it, q quits. After the feedback any key goes on; c first runs the card's check
        (as prep check would) when it has one.
        An answer taller than the screen scrolls with ↑/↓ (or j/k) and PgUp/PgDn on a terminal.

        With piped input (line mode), one line per answer and no "go on" step between questions:
          a-d or 1-4   choose an option (the option's own text works too; t/f for a claim's true/false)
          t / f        true or false (also y/n, 對/錯, 是/否)
          text         a typed answer, graded as an examiner would (see below)
          empty or ?   show the answer: reveals a long one, gives up on a typed one (graded Again)
          1-4          after a reveal, your own grade: Again, Hard, Good, Easy
          u            take back the last answer and answer it again (on a terminal: u after the feedback)
          q            quit; end of input also ends the quiz
        A line that answers nothing (an empty line on a choice question, say) is reported and the question
        is asked again.

        Typed answers: case, full-/half-width, punctuation and spacing do not count; any alternative the card
        lists is right ("A | B", "A / B", "A or B", an also: line), and so is the answer of the card in its
        other language; numbers are equal when they are the same quantity (370 = 370 ms = 0.37 s = 370毫秒;
        kB/MB, %, 3x = 3× = 三倍; versions by value, 0.30 = 0.30.0). A gloss in brackets is right on its own
        ("Repeatable Read" for 可重複讀（Repeatable Read）), 否/不是/不/no/nope answer a no, and code in
        backticks is compared without its spacing (`(1, 2)` = (1,2)). A small typo is accepted, but never in a
        number, a module path, an identifier (TypeError), a file path or a version: those must be exact. A
        sentence around the answer is accepted as "extra words" ("會丟出 TypeError"). The feedback shows the
        answer with the difference marked ([brackets] in plain output).

        Grades: wrong → Again; right but slow, or after a hint → Hard, and the feedback says why; right → Good;
        Easy only for a typed answer, exact and fast, on a card studied before: picking an answer out of
        choices (multiple choice, which one, true/false) is never Easy. What counts as slow grows with the
        question's length to read (Chinese by characters, English by words) and, when typed, the answer's.

        New cards come within the day's allowance (20); --count beyond it says so, and --new N allows more.
        Every answer is saved before the next question, so quitting loses nothing.

        Question kinds: a claim is judged true, false, misleading or depends (a-d, the word, or t/f), and the
        answer shows the reason; Q&A and cloze are recall; a table cell is asked as its table is built:
        "which one" between the compared columns of a row, or which row (term or thing) a short value
        describes. A bare mark (yes / no) or a sentence is never an option: it is recalled as a comparison
        ("Compare WSGI and ASGI on WebSocket"). After a wrong pick the feedback says what the other options
        really are. A column that never changes is asked once, and table cells are at most half of a session
        while other cards are left. Markdown is shown rendered.
        """
    static let options: [OptionSpec] = [
        .value("count", "N", help: "Number of questions (default: the quiz_length setting, 20)."),
        .value("new", "N", help: "Introduce at most N new cards (default: what is left of the new_cards_per_day setting)."),
        .topic(),
        .language(help: "Ask in zh-Hant or en (default zh-Hant); cards missing in it use the other."),
        .value("interview", "DATE", help: "Plan toward an interview on DATE (YYYY-MM-DD): no review after it, weakest cards first."),
        .value("seed", "S", help: "Seed for the question mix, to repeat a quiz exactly."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(0...0, names: "")
        let count = try arguments.int("count", default: context.settings.quizLength, range: 1...1000)
        let lang = context.lang
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
        let text = QuizScreenText(language: QuizLanguage(code: lang))
        let newCards = arguments.value("new") == nil ? nil : try arguments.int("new", default: 0, range: 0...10_000)
        var setup = QuizSetup(
            count: count, topic: topic, lang: lang, interview: interview.map(\.start), seed: seed,
            limits: context.settings.dailyLimits, newCards: newCards
        )
        setup.leechThreshold = context.settings.leechThreshold
        setup.burial = context.settings.siblingBurial
        let session: QuizSession
        switch try setup.start(store: store, scheduler: context.scheduler, calendar: calendar, now: now, sessionID: UUID().uuidString.lowercased()) {
        case .nothingToDo(let nextDue, let newCardsWaiting):
            context.out.line(text.nothingToDo(nextDue: nextDue.map { due in
                "\(localTime(due, calendar: calendar)) (\(text.inInterval(due.timeIntervalSince(now))))"
            }))
            if newCardsWaiting > 0 { context.out.line(text.allowMoreNewCards(waiting: newCardsWaiting)) }
            // Due cards held back (over the review limit, buried) are why "nothing" can be wrong-looking.
            let dueNow = try context.dueNow(store: store, topic: topic, lang: lang)
            if dueNow.heldBack > 0 { context.out.line(ScreenPhrases.forLanguage(lang).manage.dueNowLine(dueNow)) }
            return 0
        case .session(let started):
            session = started
        }
        // Said with the first question, so a terminal's first redraw does not wipe it.
        let dueNow = try context.dueNow(store: store, topic: topic, lang: lang)
        let opening = [
            ScreenPhrases.forLanguage(lang).manage.dueNowLine(dueNow), session.shortfall.map(text.shortfall),
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
