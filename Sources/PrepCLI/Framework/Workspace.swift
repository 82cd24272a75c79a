import Foundation
import PrepContent
import PrepStore

/// Where prep's content and database are, and the store opened with the content brought up to date.
struct Workspace {
    let context: CommandContext

    /// The folder that holds `content/` and `data/`: the working directory when it has `content/`,
    /// else the nearest ancestor of the executable that has one (`swift run` from a checkout).
    var projectRoot: URL {
        let cwd = URL(fileURLWithPath: context.workingDirectory, isDirectory: true)
        if FileManager.default.fileExists(atPath: cwd.appendingPathComponent("content").path) { return cwd }
        if let bundled = ContentLibrary.resolveDirectory(
            explicit: nil, environment: [:], currentDirectory: context.workingDirectory, executablePath: context.executablePath
        ) {
            return bundled.deletingLastPathComponent()
        }
        return cwd
    }

    var contentDirectory: URL? {
        ContentLibrary.resolveDirectory(
            explicit: context.global.value("content"), environment: context.environment,
            currentDirectory: context.workingDirectory, executablePath: context.executablePath
        )
    }

    var databasePath: String {
        if let explicit = context.global.value("db") ?? context.environment["PREP_DB"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true)).path
        }
        return projectRoot.appendingPathComponent("data/prep.sqlite").path
    }

    /// Opens the store and imports content files that are new or changed since the last run.
    func openStore(syncContent: Bool = true) throws -> Store {
        let store: Store
        do {
            store = try Store.open(path: databasePath)
        } catch {
            throw CLIError.failure("\(error)")
        }
        if syncContent, let directory = contentDirectory,
            FileManager.default.fileExists(atPath: directory.path)
        {
            let importer = ContentImporter(baseDirectory: projectRoot.path)
            let report = try importer.importFiles(try ContentLibrary.contentFiles(in: directory), into: store, now: context.now())
            for diagnostic in report.diagnostics where diagnostic.severity == .error {
                context.err.line("\(diagnostic)")
            }
        }
        return store
    }
}
