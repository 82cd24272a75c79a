import Foundation
import PrepCore
import PrepStore
import PrepStudy

/// `prep config`: shows and changes the learner's settings, kept in the database.
enum ConfigCommand: Command {
    static let name = "config"
    static let abstract = HelpPhrase.configAbstract
    static func discussion(_ lang: Language) -> String? {
        let phrases = ScreenPhrases.forLanguage(lang)
        let rows = LearnerSetting.allCases.map { setting in
            "  \(setting.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0))\(phrases.setup.settingSummaries[setting] ?? "")"
        }
        return phrases.usage.helpText(.configUsage) + "\n\n" + rows.joined(separator: "\n")
    }
    static let arguments = [
        ArgumentSpec("KEY", help: .configKeyArgument, optional: true),
        ArgumentSpec("VALUE", help: .configValueArgument, optional: true),
    ]
    static let options: [OptionSpec] = [
        .value("unset", "KEY", help: .configUnset),
        .language(),
        .json(help: .configJson),
    ]

    private struct Entry: Encodable {
        var key: String
        var value: String
        var isDefault: Bool
        var description: String

        enum CodingKeys: String, CodingKey {
            case key, value, description
            case isDefault = "default"
        }
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        try arguments.requirePositionals(0...2, names: "KEY VALUE")
        let phrases = ScreenPhrases.pick(context.language, english: SetupPhrases.english, traditionalChinese: .traditionalChinese)
        let positionals = arguments.positionals
        // Showing settings only reads them: no database is created, migrated or written for it (launch cost).
        guard arguments.value("unset") != nil || positionals.count == 2 else {
            let workspace = Workspace(context: context)
            let path = workspace.layout.databasePath
            let stored: [String: String] = switch FileStatus.of(path, followingLinks: true)?.kind {
            case nil where !path.isEmpty: [:]
            // Read before the command ran; a file that could not be read as it is (not SQLite, an older schema)
            // goes the usual way, which explains or migrates; so do a folder, a device and an empty --db.
            case .regular: try context.storedSettings ?? workspace.openStore(syncContent: false).allSettings()
            default: try workspace.openStore(syncContent: false).allSettings()
            }
            return try show(positionals.first, stored: stored, arguments, phrases, context)
        }
        let store = try Workspace(context: context).openStore(syncContent: false)
        let stored = try store.allSettings()
        let settings = LearnerSettings(stored: stored)
        if let key = arguments.value("unset") {
            let setting = try setting(named: key, arguments, phrases)
            try store.removeSetting(setting.rawValue)
            report(setting, from: settings, to: LearnerSettings(), suffix: phrases.defaultMark, phrases, context)
            return 0
        }
        let setting = try setting(named: positionals[0], arguments, phrases)
        return try change(setting, to: positionals[1], store: store, current: settings, phrases, context)
    }

    private static func show(
        _ name: String?, stored: [String: String], _ arguments: ParsedArguments, _ phrases: SetupPhrases, _ context: CommandContext
    ) throws -> Int32 {
        let settings = LearnerSettings(stored: stored)
        let shown = try name.map { [try setting(named: $0, arguments, phrases)] } ?? LearnerSetting.allCases
        if arguments.shared.json {
            // Scripts read one spelling: English descriptions whatever the screen's language.
            let entries = shown.map { setting in
                Entry(
                    key: setting.rawValue, value: setting.value(in: settings), isDefault: stored[setting.rawValue] == nil,
                    description: SetupPhrases.english.settingSummaries[setting] ?? "")
            }
            context.out.line(name == nil ? try JSONOutput.string(entries) : try JSONOutput.string(entries[0]))
            return 0
        }
        let width = shown.map(\.rawValue.count).max() ?? 0
        for setting in shown {
            let value = displayed(setting.value(in: settings), phrases)
            let mark = stored[setting.rawValue] == nil ? phrases.defaultMark : ""
            // Keys are ASCII: padding by count lines them up without Foundation's NSString bridge.
            let key = setting.rawValue + String(repeating: " ", count: width - setting.rawValue.count)
            context.out.line("\(key)  \(value)\(mark)")
        }
        return 0
    }

    private static func setting(named name: String, _ arguments: ParsedArguments, _ phrases: SetupPhrases) throws -> LearnerSetting {
        let normalized = name.replacingOccurrences(of: "-", with: "_").lowercased()
        guard let setting = LearnerSetting(rawValue: normalized) else {
            let known = LearnerSetting.allCases.map(\.rawValue).joined(separator: ", ")
            throw CLIError.usage(.said(phrases.unknownSetting(name, known)), commandPath: arguments.commandPath)
        }
        return setting
    }

    private static func change(
        _ setting: LearnerSetting, to text: String, store: Store, current: LearnerSettings, _ phrases: SetupPhrases,
        _ context: CommandContext
    ) throws -> Int32 {
        var updated = current
        do {
            try setting.apply(text, to: &updated)
        } catch {
            throw CLIError.failure(phrases.refusedValue(error))
        }
        try store.setSetting(setting.rawValue, to: setting.value(in: updated))
        report(setting, from: current, to: updated, phrases, context)
        return 0
    }

    private static func displayed(_ value: String, _ phrases: SetupPhrases) -> String { value.isEmpty ? phrases.notSet : value }

    /// Says what changed, and that due dates stay where they are when the change affects scheduling.
    private static func report(
        _ setting: LearnerSetting, from current: LearnerSettings, to updated: LearnerSettings, suffix: String = "",
        _ phrases: SetupPhrases, _ context: CommandContext
    ) {
        let before = setting.value(in: current)
        let after = setting.value(in: updated)
        context.out.line("\(setting.rawValue): \(displayed(before, phrases)) → \(displayed(after, phrases))\(suffix)")
        if setting.affectsScheduling, before != after {
            context.out.line(phrases.schedulingNote)
        }
    }
}
