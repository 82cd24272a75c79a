import Foundation
import PrepExchange
import PrepServer
import PrepStore
import PrepStudy

/// The values an option takes, for completion: fixed lists from the commands' own definitions, and the
/// database's topics, which the scripts ask `prep completions topics` for as they complete.
enum CompletionValues {
    /// The word after `prep completions` that prints the topics, one a line.
    static let topicsWord = "topics"

    /// Fixed values by option name; `--topic` is completed from the database instead.
    static let byOption: [(option: String, values: [String])] = [
        (OptionSpec.languageName, LearnerSetting.languages),
        ("format", ExportCommand.formats),
        ("anki-lang", AnkiTextExport.Notetypes.byAnkiLanguage.keys.sorted()),
        ("mode", ServerConfiguration.Mode.allCases.map(\.rawValue)),
        ("state", FlashcardsListCommand.stateFilters),
    ]

    /// The topics of the database in use, without creating one or importing anything: completion must be
    /// quick and leave no trace.
    static func topics(_ context: CommandContext) -> [String] {
        let path = Workspace(context: context).layout.databasePath
        guard FileManager.default.fileExists(atPath: path), let store = try? Store.openReadOnly(path: path),
            let cards = try? store.cards()
        else { return [] }
        return Set(cards.map(\.topic)).sorted()
    }
}
