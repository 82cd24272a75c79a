import Foundation
import PrepStore
import PrepStudy

/// `prep export`: the learner's progress as JSON, or the cards as an Anki import file.
enum ExportCommand: Command {
    static let name = "export"
    static let abstract = "Export progress as JSON (for prep restore) or cards for Anki."
    static let discussion: String? = """
        JSON (format "prep-progress", version 1) holds the scheduler settings, every card key with its
        state, every review, quiz session and check run; 'prep restore' reads it back. '--format anki'
        writes Anki's plain-text import format with the card key as GUID, so importing it again updates
        the notes instead of duplicating them. Without -o the export goes to standard output.
        """
    static let options: [OptionSpec] = [
        .value("output", short: "o", "FILE", help: "Write to FILE (atomically) instead of standard output."),
        .value("format", "FORMAT", help: "json or anki (default json)."),
        .value("lang", "LANG", help: "Language of card text: zh-Hant or en (default zh-Hant)."),
    ]

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let format = try arguments.choice("format", from: ["json", "anki"], default: "json")!
        let lang = try arguments.language()
        let store = try Workspace(context: context).openStore()
        let data: Data
        let summary: String
        if format == "anki" {
            let cards = try store.cards(preferring: lang)
            data = Data(AnkiTextExport.text(cards: cards).utf8)
            summary = "\(cards.count) cards"
        } else {
            let document = try ProgressExporter(store: store, parameters: try store.schedulerParameters(), lang: lang).document(exportedAt: context.now())
            data = try ProgressExporter.encode(document)
            summary = "\(document.cards.count) cards, \(document.reviews.count) reviews"
        }
        guard let output = arguments.value("output") else {
            context.out.write(String(decoding: data, as: UTF8.self))
            return 0
        }
        let url = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true))
        do {
            // Written beside the target and renamed over it, so a crash never leaves half a file.
            try data.write(to: url, options: .atomic)
        } catch {
            throw CLIError.failure("cannot write \(output): \((error as NSError).localizedDescription)")
        }
        context.out.line("Exported \(summary) to \(url.path)")
        return 0
    }
}
