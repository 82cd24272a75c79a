import Foundation
import PrepScheduling
import PrepStore
import PrepStudy

/// `prep flashcards suspend|unsuspend|forget|bury|unbury|reschedule`: one shared run, each change logged as a
/// card action so `prep export` carries it and `prep restore` replays it on another device.
protocol CardActionCommand: Command {
    static var kind: StoredCardAction.Kind { get }
    /// Options of this action alone (forget's `--keep-history`, reschedule's `--days`).
    static var extraOptions: [OptionSpec] { get }
}

extension CardActionCommand {
    static var extraOptions: [OptionSpec] { [] }
    static var arguments: [ArgumentSpec] {
        [ArgumentSpec("key", help: .cardActionKeyArgument, repeating: true, optional: true)]
    }
    static var options: [OptionSpec] {
        extraOptions + [
            CardSelection.topicOption, CardSelection.searchOption,
            .language(),
            .json(help: .cardActionJson),
        ]
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let lang = context.language
        let screen = ScreenPhrases.forLanguage(lang)
        let days = kind == .reschedule ? try requiredDays(arguments) : nil
        let store = try Workspace(context: context).openStore()
        let keys = try CardSelection.keys(arguments, store: store, lang: lang)
        guard !keys.isEmpty else { throw CLIError.failure(screen.manage.noCardsMatch) }
        let now = context.now()
        let day = StudyDay(containing: now, calendar: context.studyCalendar)
        let until: Date? = switch kind {
        case .bury: day.end
        case .reschedule: context.studyCalendar.date(byAdding: .day, value: days ?? 0, to: day.start)
        default: nil
        }
        let results = try CardManager(store: store).perform(kind, keys: keys, at: now, until: until, keepHistory: arguments.flag("keep-history"))
        let changed = results.filter { $0.outcome == .changed }
        let cleared = results.reduce(0) { $0 + $1.reviewsCleared }
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(Report(
                action: kind.rawValue, until: until.map(Timestamp.string), changed: changed.map(\.key),
                unchanged: results.filter { $0.outcome == .unchanged }.map(\.key),
                neverStudied: results.filter { $0.outcome == .newCard }.map(\.key), reviewsCleared: cleared
            )))
        } else {
            writeText(results, until: until, cleared: cleared, screen: screen, context: context)
        }
        return changed.isEmpty && results.contains { $0.outcome == .newCard } ? CLIError.failureExitCode : 0
    }

    private static func requiredDays(_ arguments: ParsedArguments) throws -> Int {
        guard arguments.value("days") != nil else {
            throw CLIError.usage(.missingOption("--days N"), commandPath: arguments.commandPath)
        }
        return try arguments.int("days", default: 0, range: 0...SchedulerParameters.default.maximumInterval)
    }

    private static func writeText(_ results: [CardManager.Result], until: Date?, cleared: Int, screen: ScreenPhrases, context: CommandContext) {
        let phrases = screen.manage
        let changed = results.filter { $0.outcome == .changed }
        context.out.line(phrases.done(kind, changed.count))
        let unchanged = results.count(where: { $0.outcome == .unchanged })
        if unchanged > 0 { context.out.line(phrases.unchanged(kind, unchanged)) }
        let new = results.filter { $0.outcome == .newCard }.map(\.key)
        if !new.isEmpty {
            let more = new.count > 5 ? " " + screen.cards.andMore(new.count - 5) : ""
            context.out.line(phrases.neverStudied(new.prefix(5).joined(separator: ", ") + more))
        }
        guard !changed.isEmpty else { return }
        switch kind {
        case .bury: context.out.line(phrases.buriedUntil(until.map(localTime) ?? "-"))
        case .reschedule: context.out.line(phrases.dueOn(until.map { String(localTime($0).prefix(10)) } ?? "-"))
        case .forget: context.out.line(cleared > 0 ? phrases.historyCleared(cleared) : phrases.historyKept)
        default: break
        }
        let inverse: StoredCardAction.Kind? = switch kind {
        case .suspend: .unsuspend
        case .unsuspend: .suspend
        case .bury: .unbury
        case .unbury: .bury
        case .forget, .reschedule: nil
        }
        if let inverse {
            let named = changed.count <= 3 ? changed.map(\.key).joined(separator: " ") : "KEY…"
            context.out.line(phrases.undoWith("prep flashcards \(inverse.rawValue) \(named)"))
        }
    }

    /// `2026-09-21 04:00` in the learner's time zone.
    private static func localTime(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}

/// What `--json` prints: the keys by outcome.
private struct Report: Encodable {
    var action: String
    var until: String?
    var changed: [String]
    var unchanged: [String]
    var neverStudied: [String]
    var reviewsCleared: Int

    enum CodingKeys: String, CodingKey {
        case action, until, changed, unchanged
        case neverStudied = "never_studied"
        case reviewsCleared = "reviews_cleared"
    }
}

enum FlashcardsSuspendCommand: CardActionCommand {
    static let name = "suspend"
    static let kind = StoredCardAction.Kind.suspend
    static let abstract = HelpPhrase.flashcardsSuspendAbstract
}

enum FlashcardsUnsuspendCommand: CardActionCommand {
    static let name = "unsuspend"
    static let kind = StoredCardAction.Kind.unsuspend
    static let abstract = HelpPhrase.flashcardsUnsuspendAbstract
}

enum FlashcardsForgetCommand: CardActionCommand {
    static let name = "forget"
    static let kind = StoredCardAction.Kind.forget
    static let abstract = HelpPhrase.flashcardsForgetAbstract
    static let extraOptions: [OptionSpec] = [
        .flag("keep-history", help: .flashcardsForgetKeepHistory),
    ]
}

enum FlashcardsBuryCommand: CardActionCommand {
    static let name = "bury"
    static let kind = StoredCardAction.Kind.bury
    static let abstract = HelpPhrase.flashcardsBuryAbstract
}

enum FlashcardsUnburyCommand: CardActionCommand {
    static let name = "unbury"
    static let kind = StoredCardAction.Kind.unbury
    static let abstract = HelpPhrase.flashcardsUnburyAbstract
}

enum FlashcardsRescheduleCommand: CardActionCommand {
    static let name = "reschedule"
    static let kind = StoredCardAction.Kind.reschedule
    static let abstract = HelpPhrase.flashcardsRescheduleAbstract
    static let extraOptions: [OptionSpec] = [.value("days", "N", help: .flashcardsRescheduleDays)]
}
