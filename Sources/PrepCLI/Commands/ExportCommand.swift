import Foundation
import PrepCore
import PrepExchange
import PrepStore
import PrepStudy

/// `prep export`: the learner's progress as JSON, or the cards for Anki (text or package).
enum ExportCommand: Command {
    static let name = "export"
    static let abstract = HelpPhrase.exportAbstract
    static let discussion: HelpPhrase? = .exportDiscussion
    static let options: [OptionSpec] = [
        .value("output", short: "o", "FILE", help: .exportOutput),
        .flag("force", help: .exportForce),
        .value("format", "FORMAT", help: .exportFormat),
        .language(help: .languageCardTextAndMessages),
        .topic("TOPIC", help: .exportTopic),
        .value("anki-lang", "LANG", help: .exportAnkiLang),
        .flag("no-scheduling", help: .exportNoScheduling),
    ]

    /// What `--format` accepts (also offered by completion).
    static let formats = ["json", "anki", "apkg"]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let format = try arguments.choice("format", from: formats, default: "json")!
        let lang = context.language
        let phrases = ScreenPhrases.forLanguage(lang).progress
        let ankiLanguages = AnkiTextExport.Notetypes.byAnkiLanguage.keys.sorted()
        // Any spelling of a language prep knows (zh-Hant, zh_TW, en-US) names that language's Anki.
        let ankiLanguage = try arguments.value("anki-lang").map { typed in
            guard let language = Language(tag: typed) else {
                throw CLIError.usage(.oneOf(option: "--anki-lang", choices: ankiLanguages, given: typed), commandPath: arguments.commandPath)
            }
            return language.ankiCode
        } ?? lang.ankiCode
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
                language: lang, topic: topic, withScheduling: !arguments.flag("no-scheduling"))
            let (package, collection) = try exporter.package(now: context.now())
            data = package
            summary = (collection.notes.count, collection.revlog.count)
        default:
            let document = try ProgressExporter(
                store: store, parameters: context.settings.schedulerParameters(), limits: context.settings.dailyLimits, language: lang
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
