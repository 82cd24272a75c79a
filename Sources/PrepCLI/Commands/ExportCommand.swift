import Foundation
import PrepCore
import PrepExchange
import PrepStore
import PrepStudy

/// `prep export`: the learner's progress as JSON, or the cards for Anki (text or package).
enum ExportCommand: Command {
    static let name = "export"
    static let abstract = "Export progress as JSON (for prep restore) or cards for Anki."
    static let discussion: String? = """
        JSON (format "prep-progress", version 1) holds the scheduler settings, every card key with its
        state, every review, quiz session and check run; 'prep restore' reads it back. '--format anki'
        writes Anki's plain-text import format: the card key as GUID (importing it again updates the
        notes instead of duplicating them), fields by position, cloze cards as Cloze notes, one deck
        prep::<topic> per topic. Anki finds notetypes only by their translated names, so '--anki-lang'
        must match the language of the Anki that imports it. '--format apkg' writes an Anki package with
        the schedule: FSRS memory state, due dates, the review log and a deck preset with prep's
        weights (only Anki's first import of a card takes its schedule). Without -o the export goes to
        standard output (not for apkg). A symlink is followed and its target replaced, keeping its mode
        and owner; the database in use, a folder or a read-only file is refused.
        """
    static let options: [OptionSpec] = [
        .value("output", short: "o", "FILE", help: "Write to FILE (atomically; a FIFO or device is written to, - is standard output)."),
        .flag("force", help: "Replace FILE even when it is read-only."),
        .value("format", "FORMAT", help: "json, anki (text) or apkg (default json)."),
        .language(help: "Language of card text and messages: zh-Hant or en (default: the lang setting, else zh-Hant)."),
        .topic("TOPIC", help: "anki and apkg: only the cards of TOPIC."),
        .value("anki-lang", "LANG", help: "anki: the importing Anki's language, zh-TW or en (default from --lang)."),
        .flag("no-scheduling", help: "apkg: notes only; every card arrives new, without reviews."),
    ]

    /// What `--format` accepts (also offered by completion).
    static let formats = ["json", "anki", "apkg"]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let format = try arguments.choice("format", from: formats, default: "json")!
        let lang = context.lang
        let phrases = ScreenPhrases.forLanguage(lang).progress
        let ankiLanguages = AnkiTextExport.Notetypes.byAnkiLanguage.keys.sorted()
        // Any spelling of a language prep knows (zh-Hant, zh_TW, en-US) names that language's Anki.
        let ankiLanguage = try arguments.value("anki-lang").map { typed in
            guard let language = Language(tag: typed) else {
                throw CLIError.usage(.oneOf(option: "--anki-lang", choices: ankiLanguages, given: typed), commandPath: arguments.commandPath)
            }
            return language.ankiCode
        } ?? AnkiTextExport.Notetypes.ankiLanguage(forCardLanguage: lang)
        let topic = arguments.shared.topic
        if format == "json", topic != nil || arguments.flag("no-scheduling") {
            throw CLIError.usage(.said(phrases.topicNeedsAnki), commandPath: arguments.commandPath)
        }
        let store = try Workspace(context: context).openStore()
        try store.requireKnownTopic(topic, preferring: lang)
        let data: Data
        let summary: (cards: Int, reviews: Int?)
        switch format {
        case "anki":
            let cards = try store.cards(topic: topic, preferring: lang)
            let notetypes = AnkiTextExport.Notetypes.byAnkiLanguage[ankiLanguage]!
            data = Data(AnkiTextExport.text(cards: cards, notetypes: notetypes).utf8)
            summary = (cards.count, nil)
        case "apkg":
            guard arguments.value("output") != nil else {
                throw CLIError.usage(.said(phrases.apkgNeedsOutput), commandPath: arguments.commandPath)
            }
            let exporter = AnkiPackageExporter(
                store: store, parameters: context.settings.schedulerParameters(), limits: context.settings.dailyLimits,
                lang: lang, topic: topic, withScheduling: !arguments.flag("no-scheduling"))
            let (package, collection) = try exporter.package(now: context.now())
            data = package
            summary = (collection.notes.count, collection.revlog.count)
        default:
            let document = try ProgressExporter(
                store: store, parameters: context.settings.schedulerParameters(), limits: context.settings.dailyLimits, lang: lang
            ).document(exportedAt: context.now())
            data = try ProgressExporter.encode(document)
            summary = (document.cards.count, document.reviews.count)
        }
        let output = arguments.value("output")
        guard let output, output != "-" || format == "apkg" else {
            context.out.write(String(decoding: data, as: UTF8.self))
            return 0
        }
        let url = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true))
        let workspace = Workspace(context: context)
        do {
            try FileOutput(protected: workspace.databaseFiles, force: arguments.flag("force"))
                .write(data, to: output == "-" ? output : url.path)
        } catch {
            throw CLIError.failure(ScreenPhrases.forLanguage(lang).files.refused(error))
        }
        if output == "-" { return 0 }
        context.out.line(phrases.exported(summary.cards, summary.reviews, url.path))
        return 0
    }
}
