import Foundation
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

        With piped input (line mode), one line per answer and no "go on" step between questions:
          a-d or 1-4   choose an option (the option's own text works too)
          t / f        true or false (also y/n, 對/錯, 是/否)
          text         a typed answer, matched tolerantly (case, width, punctuation, small typos)
          empty or ?   show the answer: reveals a long one, gives up on a typed one (graded Again)
          1-4          after a reveal, your own grade: Again, Hard, Good, Easy
          q            quit; end of input also ends the quiz
        A line that answers nothing (an empty line on a choice question, say) is reported and the question
        is asked again.

        Every answer is saved before the next question, so quitting loses nothing.
        """
    static let options: [OptionSpec] = [
        .value("count", "N", help: "Number of questions (default 20)."),
        .value("topic", "T", help: "Only cards of this topic."),
        .value("lang", "LANG", help: "Ask in zh-Hant or en (default zh-Hant); cards missing in it use the other."),
        .value("interview", "DATE", help: "Plan toward an interview on DATE (YYYY-MM-DD): no review after it, weakest cards first."),
        .value("seed", "S", help: "Seed for the question mix, to repeat a quiz exactly."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(0...0, names: "")
        let count = try arguments.int("count", default: 20, range: 1...1000)
        let lang = try arguments.language()
        let calendar = context.studyCalendar
        let now = context.now()
        let interview = try arguments.value("interview").map { try interviewDate($0, calendar: calendar, now: now, arguments: arguments) }
        let seed = try arguments.value("seed").map { text in
            guard let seed = UInt64(text) else {
                throw CLIError.usage("'--seed' takes a whole number ≥ 0, not '\(text)'", commandPath: arguments.commandPath)
            }
            return seed
        } ?? UInt64.random(in: .min ... .max)

        let store = try Workspace(context: context).openStore()
        let topic = arguments.value("topic")
        if let topic, try store.cards(topic: topic, preferring: lang).isEmpty {
            let topics = Set(try store.cards(preferring: lang).map(\.topic)).sorted()
            throw CLIError.failure("No cards in topic '\(topic)'. Topics: \(topics.isEmpty ? "none" : topics.joined(separator: ", "))")
        }
        let text = QuizScreenText(language: QuizLanguage(code: lang))
        let setup = QuizSetup(count: count, topic: topic, lang: lang, interview: interview.map(\.start), seed: seed)
        let session: QuizSession
        switch try setup.start(store: store, scheduler: Scheduler(try store.schedulerParameters()), calendar: calendar, now: now, sessionID: UUID().uuidString.lowercased()) {
        case .nothingToDo(let nextDue):
            context.out.line(text.nothingToDo(nextDue: nextDue.map { due in
                "\(localTime(due, calendar: calendar)) (\(text.inInterval(due.timeIntervalSince(now))))"
            }))
            return 0
        case .session(let started):
            session = started
        }

        let output = TerminalOutput { context.out.write($0) }
        let input = InputReader(
            source: FileDescriptorByteSource(fd: context.inputDescriptor),
            mode: context.inputIsTerminal ? .terminal : .lines, output: output
        )
        let style = Style(enabled: context.colorEnabled)
        let ui = QuizSessionUI(
            session: session, input: input,
            screen: Screen(output: output, isInteractive: context.inputIsTerminal && context.outputIsTerminal),
            style: style, text: text,
            width: min(TerminalSize.detect(environment: context.environment).columns, 88), now: context.now
        )
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
            throw CLIError.usage("'--interview' takes a date as YYYY-MM-DD, not '\(text)'", commandPath: arguments.commandPath)
        }
        guard start >= calendar.startOfDay(for: now) else {
            throw CLIError.usage("'--interview' date \(text) is in the past", commandPath: arguments.commandPath)
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
