import Foundation
import PrepContent
import PrepCore
import PrepStudy
import PrepTerminal

/// `prep doctor`: which database, content folders and settings prep uses, and why.
enum DoctorCommand: Command {
    static let name = "doctor"
    static let abstract = HelpPhrase.doctorAbstract
    static let discussion: HelpPhrase? = .doctorDiscussion
    static let options: [OptionSpec] = [
        .language(),
        .json(help: .doctorJson),
    ]

    private struct Report: Encodable {
        struct Folder: Encodable {
            var path: String
            var reason: String
            var exists: Bool
            var files: Int
        }

        var mode: String
        var executable: String
        var database: String
        var databaseReason: String
        var databaseExists: Bool
        var content: [Folder]
        var ownArticles: String?
        var language: Language
        var languageReason: String
        var changedSettings: [String: String]

        enum CodingKeys: String, CodingKey {
            case mode, executable, database, content, language
            case databaseReason = "database_reason"
            case databaseExists = "database_exists"
            case ownArticles = "own_articles"
            case languageReason = "language_reason"
            case changedSettings = "changed_settings"
        }
    }

    static func run(_ arguments: ParsedArguments, _ context: CommandContext) throws -> Int32 {
        let workspace = Workspace(context: context)
        let layout = workspace.layout
        let saved = workspace.savedSettings() ?? [:]
        let language = context.language
        // JSON is for scripts: English reasons whatever the screen's language.
        let english = ScreenPhrases.english.setup
        let report = Report(
            mode: { if case .checkout(let root) = layout.mode { "checkout \(root)" } else { "installed" } }(),
            executable: context.executablePath,
            database: layout.databasePath, databaseReason: english.workspaceReason(layout.databaseReason),
            databaseExists: FileManager.default.fileExists(atPath: layout.databasePath),
            content: layout.contentFolders.map { folder in
                let files = (try? ContentLibrary.contentFiles(in: URL(fileURLWithPath: folder.path, isDirectory: true)))?.count
                return Report.Folder(path: folder.path, reason: english.workspaceReason(folder.reason), exists: files != nil, files: files ?? 0)
            },
            ownArticles: layout.userContentFolder,
            language: language, languageReason: english.languageReason(languageSource(arguments, context)),
            changedSettings: saved.filter { LearnerSetting(rawValue: $0.key) != nil })
        if arguments.shared.json {
            context.out.line(try JSONOutput.string(report))
            return 0
        }
        let phrases = ScreenPhrases.forLanguage(language).setup
        let labels = phrases.doctorLabels
        let width = [labels.mode, labels.executable, labels.database, labels.content, labels.language, labels.settings]
            .map { DisplayWidth.of($0) }.max()! + 2
        func line(_ label: String, _ text: String) { context.out.line(DisplayWidth.pad(label, to: width) + text) }
        if case .checkout(let root) = layout.mode { line(labels.mode, phrases.checkoutMode(root)) } else { line(labels.mode, phrases.installedMode) }
        line(labels.executable, report.executable)
        line(labels.database, report.database + (report.databaseExists ? "" : phrases.createdOnFirstUse))
        line("", phrases.because(phrases.workspaceReason(layout.databaseReason)))
        for (folder, reason) in zip(report.content, layout.contentFolders.map(\.reason)) {
            line(labels.content, folder.path + phrases.parenthesized(folder.exists ? phrases.articleFiles(folder.files) : phrases.notThereYet))
            line("", phrases.because(phrases.workspaceReason(reason)))
        }
        if report.content.allSatisfy({ $0.files == 0 }) {
            line("", phrases.noArticlesFound)
        }
        line(labels.language, report.language.code + phrases.parenthesized(phrases.languageReason(languageSource(arguments, context))))
        let changed = report.changedSettings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        line(labels.settings, phrases.changedSettings(changed))
        return 0
    }

    private static func languageSource(_ arguments: ParsedArguments, _ context: CommandContext) -> SetupPhrases.LanguageSource {
        if arguments.shared.language != nil { return .option }
        if context.settings.language != nil { return .setting }
        if let fromEnvironment = context.environment["PREP_LANG"], Language(tag: fromEnvironment) != nil { return .environment }
        return .fallback
    }
}
