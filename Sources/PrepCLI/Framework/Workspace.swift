import Foundation
import PrepContent
import PrepExchange
import PrepStore

/// Where prep's content and database are, and the store opened with the content brought up to date.
struct Workspace {
    let context: CommandContext
    /// Resolved once: it stats the folders above the executable and standardizes paths, and a launch asks for it
    /// several times before the first screen.
    let layout: WorkspaceLayout

    init(context: CommandContext) {
        self.context = context
        layout = WorkspaceLayout.resolve(
            explicitDatabase: context.global.shared.database, explicitContent: context.global.value("content"),
            environment: context.environment, workingDirectory: context.workingDirectory,
            executablePath: context.executablePath)
    }

    /// The folder imported paths are shown and stored relative to.
    var projectRoot: URL { URL(fileURLWithPath: layout.displayBase, isDirectory: true) }

    var databasePath: String { layout.databasePath }

    /// The database and the files SQLite keeps beside it: none may be overwritten by an export.
    var databaseFiles: [String] { ["", "-wal", "-shm", "-journal"].map { databasePath + $0 } }

    /// Opens the store and imports content files that are new or changed since the last run, reporting their
    /// errors in the screen's language.
    func openStore(syncContent: Bool = true) throws -> Store {
        try requireUsableDatabase()
        let store: Store
        do {
            store = try Store.open(path: layout.databasePath)
        } catch {
            throw CLIError.failure(ScreenPhrases.forLanguage(context.language).describe(error))
        }
        guard syncContent else { return store }
        let folders = layout.contentFolders.map { (path: $0.path, base: $0.base) }
        let errors = try ContentImporter.sync(folders: folders, into: store, now: context.now())
        if !errors.isEmpty {
            let phrases = ScreenPhrases.forLanguage(context.language).imports
            for diagnostic in errors { context.err.line(phrases.line(diagnostic)) }
        }
        return store
    }

    /// Refuses `--db ''` (which would otherwise mean the default database, silently) and a path naming
    /// something other than a file, checked with `stat` before SQLite opens it: opening a FIFO blocks
    /// until a writer comes, and a device or folder would fail with SQLite's vaguer words.
    func requireUsableDatabase() throws {
        // Only a refusal builds its phrases: the whole table was a twentieth of a quiz's launch.
        var phrases: FilePhrases { ScreenPhrases.pick(context.language, english: .english, traditionalChinese: .traditionalChinese) }
        if context.global.shared.database?.isEmpty == true { throw CLIError.failure(phrases.emptyDatabasePath) }
        let path = layout.databasePath
        if let status = FileStatus.of(path, followingLinks: true), status.kind != .regular {
            let phrases = phrases
            throw CLIError.failure(phrases.unusableDatabase(path, phrases.kindNames[status.kind] ?? ""))
        }
    }

    /// The settings saved in the database, read without creating or migrating anything: a command that
    /// only prints help must not make a database appear, and a file that is not prep's is refused later,
    /// with a proper message, by whichever command opens it. Nil when a database file is there but could not
    /// be read that way; empty when there is none.
    func savedSettings() -> [String: String]? {
        let path = layout.databasePath
        guard FileStatus.of(path, followingLinks: true)?.kind == .regular else { return [:] }
        return try? Store.openReadOnly(path: path).allSettings()
    }
}

extension Workspace {
    /// The lines around `line` of a stored source path, numbered, for showing a card in its context. Stored
    /// paths are relative to the folder they were imported from, so each candidate base is tried.
    func sourceContext(path: String, line: Int, around: Int = 3) -> [String]? {
        let bases = path.hasPrefix("/") ? [""] : [layout.displayBase] + layout.contentFolders.map(\.base)
        for base in bases {
            let url = base.isEmpty ? URL(fileURLWithPath: path) : URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard line >= 1, line <= lines.count else { return nil }
            let range = max(1, line - around)...min(lines.count, line + around)
            let numberWidth = String(range.upperBound).count
            return range.map { number in
                let label = String(number)
                let padded = String(repeating: " ", count: numberWidth - label.count) + label
                return "\(number == line ? "▶" : " ") \(padded) │ \(lines[number - 1])"
            }
        }
        return nil
    }
}
