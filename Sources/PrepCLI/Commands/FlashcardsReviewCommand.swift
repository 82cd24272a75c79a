import Foundation
import Glibc
import PrepCore
import PrepScheduling
import PrepStore
import PrepStudy
import PrepTerminal

/// `prep flashcards review`: classic Anki-style review of due cards, then new ones.
enum FlashcardsReviewCommand: Command {
    static let name = "review"
    static let abstract = HelpPhrase.flashcardsReviewAbstract
    static let discussion: HelpPhrase? = .flashcardsReviewDiscussion
    static let options: [OptionSpec] = [
        .value("limit", "N", help: .flashcardsReviewLimit),
        .value("new", "N", help: .flashcardsReviewNew),
        .topic(),
        .language(help: .languageCardsAndScreen),
        .flag("cram", help: .flashcardsReviewCram),
    ]

    /// `c` runs the card's check on the spot; its result appears under the card and the session goes on.
    static func extraKeys(lang: Language, context: CommandContext) -> [ReviewKeyAction] {
        [
            ReviewKeyAction(key: "c", hint: ScreenPhrases.forLanguage(lang).checkKey, applies: { $0.card.check != nil }) { card in
                guard let check = card.card.check else { return [] }
                return runCheckCapturingOutput(name: check, cardKey: card.key, lang: lang, context: context)
            },
        ]
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let options = ReviewSessionOptions(
            limit: try arguments.int("limit", default: .max, range: 1...Int.max),
            newCards: arguments.value("new") == nil ? nil : try arguments.int("new", default: 0),
            topic: arguments.shared.topic,
            language: context.language,
            cram: arguments.flag("cram")
        )
        let store = try Workspace(context: context).openStore()
        try store.requireKnownTopic(options.topic, preferring: options.language)
        if options.topic == nil, !(try store.hasAnyCards()) {
            context.out.line(ScreenPhrases.forLanguage(options.language).setup.noCardsYet)
            return 0
        }
        let session = try ReviewSession.start(store: store, options: options, now: context.now(), calendar: context.studyCalendar)
        let output = context.out.terminalOutput
        let input = InputReader(
            source: FileDescriptorByteSource(fd: context.inputDescriptor),
            mode: context.inputIsTerminal ? .terminal : .lines, output: output
        )
        let interactive = context.inputIsTerminal && context.outputIsTerminal
        // The same due-now line as list --due, the quiz and stats, so the numbers can be compared.
        let dueNow = options.cram ? nil : ScreenPhrases.forLanguage(options.language).manage.dueNowLine(
            try context.dueNow(store: store, topic: options.topic, language: options.language))
        let notice = [dueNow, try context.languageSwitchHint(store: store)].compactMap { $0 }
            .map { Style(enabled: context.colorEnabled).dim($0) }
        if interactive { TerminalResize.startWatching() }
        let environment = context.environment
        let workspace = Workspace(context: context)
        let view = ReviewSessionView(
            session: session, input: input, screen: Screen(output: output, isInteractive: interactive),
            // Piped input means a script is reading: plain text even when the output is a terminal.
            style: Style(enabled: context.colorEnabled && context.inputIsTerminal),
            phrases: .forLanguage(options.language),
            size: { TerminalSize.detect(environment: interactive ? [:] : environment) },
            now: context.now, extraKeys: extraKeys(lang: options.language, context: context),
            sourceContext: { card in workspace.sourceContext(path: card.card.sourcePath, line: card.card.sourceLine) }
        )
        let ending = try TerminalMode.withRaw(fd: context.inputDescriptor, hideCursor: interactive) {
            try view.run(notice: notice)
        }
        for line in try view.summary(ending: ending) { context.out.line(line) }
        return 0
    }
}
