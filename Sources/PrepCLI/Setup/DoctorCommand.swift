import Foundation
import PrepContent
import PrepStudy

/// `prep doctor`: which database, content folders and settings prep uses, and why.
enum DoctorCommand: Command {
    static let name = "doctor"
    static let abstract = "Show which database, content folders and settings are in use, and why."
    static let discussion: String? = """
        Inside a checkout (the working directory, or a folder above the executable, holds Package.swift and
        content/) prep uses content/ and data/prep.sqlite there. Anywhere else it uses the deck installed
        by 'prep install' and keeps progress in $XDG_DATA_HOME/prep (default ~/.local/share/prep), with
        your own articles in its content/ folder. --db/PREP_DB and --content/PREP_CONTENT override both.
        """
    static let options: [OptionSpec] = [.flag("json", help: "Print the paths as JSON.")]

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
        var language: String
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
        try arguments.requirePositionals(0...0, names: "")
        let workspace = Workspace(context: context)
        let layout = workspace.layout
        let saved = workspace.savedSettings()
        let report = Report(
            mode: { if case .checkout(let root) = layout.mode { "checkout \(root)" } else { "installed" } }(),
            executable: context.executablePath,
            database: layout.databasePath, databaseReason: layout.databaseReason,
            databaseExists: FileManager.default.fileExists(atPath: layout.databasePath),
            content: layout.contentFolders.map { folder in
                let files = (try? ContentLibrary.contentFiles(in: URL(fileURLWithPath: folder.path, isDirectory: true)))?.count
                return Report.Folder(path: folder.path, reason: folder.reason, exists: files != nil, files: files ?? 0)
            },
            ownArticles: layout.userContentFolder,
            language: try context.language(arguments), languageReason: languageReason(context),
            changedSettings: saved.filter { LearnerSetting(rawValue: $0.key) != nil })
        if arguments.flag("json") {
            context.out.line(try JSONOutput.string(report))
            return 0
        }
        context.out.line("mode        \(report.mode)")
        context.out.line("executable  \(report.executable)")
        context.out.line("database    \(report.database)\(report.databaseExists ? "" : " (created on first use)")")
        context.out.line("            because: \(report.databaseReason)")
        for folder in report.content {
            let state = folder.exists ? "\(folder.files) article file\(folder.files == 1 ? "" : "s")" : "not there yet"
            context.out.line("content     \(folder.path) (\(state))")
            context.out.line("            because: \(folder.reason)")
        }
        if report.content.allSatisfy({ $0.files == 0 }) {
            context.out.line("            no articles found: run 'prep install' from a checkout, or 'prep import FILE'")
        }
        context.out.line("language    \(report.language) (\(report.languageReason))")
        let changed = report.changedSettings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        context.out.line("settings    \(changed.isEmpty ? "all defaults" : changed.joined(separator: ", ")) — see 'prep config'")
        return 0
    }

    private static func languageReason(_ context: CommandContext) -> String {
        if context.settings.language != nil { return "the lang setting" }
        if let fromEnvironment = context.environment["PREP_LANG"], LearnerSetting.languages.contains(fromEnvironment) { return "PREP_LANG" }
        return "default; switch with --lang en or 'prep config lang en'"
    }
}
