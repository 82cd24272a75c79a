import Foundation
import PrepContent
import PrepStore

/// Where prep's content and database are, and the store opened with the content brought up to date.
struct Workspace {
    let context: CommandContext

    var layout: WorkspaceLayout {
        WorkspaceLayout.resolve(
            explicitDatabase: context.global.value("db"), explicitContent: context.global.value("content"),
            environment: context.environment, workingDirectory: context.workingDirectory,
            executablePath: context.executablePath)
    }

    /// The folder imported paths are shown and stored relative to.
    var projectRoot: URL { URL(fileURLWithPath: layout.displayBase, isDirectory: true) }

    var databasePath: String { layout.databasePath }

    /// Opens the store and imports content files that are new or changed since the last run.
    func openStore(syncContent: Bool = true) throws -> Store {
        let layout = layout
        let store: Store
        do {
            store = try Store.open(path: layout.databasePath)
        } catch {
            throw CLIError.failure("\(error)")
        }
        guard syncContent else { return store }
        for folder in layout.contentFolders where FileManager.default.fileExists(atPath: folder.path) {
            let importer = ContentImporter(baseDirectory: folder.base)
            let files = try ContentLibrary.contentFiles(in: URL(fileURLWithPath: folder.path, isDirectory: true))
            let report = try importer.importFiles(files, into: store, now: context.now())
            for diagnostic in report.diagnostics where diagnostic.severity == .error {
                context.err.line("\(diagnostic)")
            }
        }
        return store
    }

    /// The settings saved in the database, read without creating or migrating anything: a command that
    /// only prints help must not make a database appear, and a file that is not prep's is refused later,
    /// with a proper message, by whichever command opens it.
    func savedSettings() -> [String: String] {
        let path = layout.databasePath
        guard FileManager.default.fileExists(atPath: path), let store = try? Store.openReadOnly(path: path) else { return [:] }
        return (try? store.allSettings()) ?? [:]
    }
}
