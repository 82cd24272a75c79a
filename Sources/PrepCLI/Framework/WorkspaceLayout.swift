import Foundation
import PrepCore

/// Where prep reads articles and keeps progress, and why. Inside a checkout nothing changes from a
/// developer's `swift run`: `content/` and `data/prep.sqlite` beside `Package.swift`. An installed binary
/// follows the XDG base directories and never writes into the folder it happens to be started from.
struct WorkspaceLayout: Equatable {
    /// A folder of articles, with the folder their stored paths are relative to (`content/…`).
    struct ContentFolder: Equatable {
        var path: String
        var base: String
        var reason: Reason
    }

    /// Why a path is the one in use; each language words it (`SetupPhrases.workspaceReason`).
    enum Reason: Equatable, Sendable {
        /// Named by an option or variable: `--db`, `PREP_DB`, `--content`, `PREP_CONTENT`.
        case named(String)
        case insideCheckout(root: String)
        case checkoutDeck
        /// `dataHome` is how the data folder was found: `$XDG_DATA_HOME` or `~/.local/share`.
        case installedData(dataHome: String)
        case ownArticles(dataHome: String)
        case installedDeckAndOwnArticles(dataHome: String)
        case installedDeck
    }

    enum Mode: Equatable {
        case checkout(root: String)
        case installed
    }

    var mode: Mode
    var databasePath: String
    var databaseReason: Reason
    /// Imported in this order each time a command opens the store; a folder that does not exist is skipped.
    var contentFolders: [ContentFolder]
    /// Explicit imports (`prep import FILE`) store paths relative to this folder when they lie below it: the
    /// checkout, or when installed the working directory, so a path is stored as the learner typed it.
    var displayBase: String
    /// The learner's own articles when installed; nil in a checkout, where `content/` plays that part.
    var userContentFolder: String?

    /// Facts about the file system the resolution needs, so it can be tested without touching the disk.
    struct FileSystem: Sendable {
        var isDirectory: @Sendable (String) -> Bool
        var isFile: @Sendable (String) -> Bool

        static let live = FileSystem(
            isDirectory: { FileStatus.of($0, followingLinks: true)?.kind == .directory },
            isFile: { FileStatus.of($0, followingLinks: true) != nil })
    }

    static func resolve(
        explicitDatabase: String?, explicitContent: String?, environment: [String: String],
        workingDirectory: String, executablePath: String, fileSystem: FileSystem = .live
    ) -> WorkspaceLayout {
        func absolute(_ path: String) -> String { LexicalPath.absolute(path, from: workingDirectory) }
        func join(_ folder: String, _ name: String) -> String { LexicalPath.join(absolute(folder), name) }
        func isCheckout(_ folder: String) -> Bool {
            fileSystem.isFile(join(folder, "Package.swift")) && fileSystem.isDirectory(join(folder, "content"))
        }

        let executableFolder = executablePath.isEmpty ? nil : LexicalPath.parent(absolute(executablePath))
        let checkoutRoot: String? =
            if isCheckout(absolute(".")) { absolute(".") }
            else { executableFolder.flatMap { ancestors(of: $0).first(where: isCheckout) } }

        let explicitDatabase = [explicitDatabase, environment["PREP_DB"]].compactMap { $0 }.first { !$0.isEmpty }
        let explicitContent: (path: String, reason: Reason)? =
            if let explicitContent, !explicitContent.isEmpty { (absolute(explicitContent), .named("--content")) }
            else if let fromEnvironment = environment["PREP_CONTENT"], !fromEnvironment.isEmpty { (absolute(fromEnvironment), .named("PREP_CONTENT")) }
            else { nil }

        if let root = checkoutRoot {
            let database = explicitDatabase.map { (absolute($0), databaseReason(explicit: $0, environment: environment)) }
                ?? (join(root, "data/prep.sqlite"), .insideCheckout(root: root))
            let content = explicitContent.map { ContentFolder(path: $0.path, base: root, reason: $0.reason) }
                ?? ContentFolder(path: join(root, "content"), base: root, reason: .checkoutDeck)
            return WorkspaceLayout(
                mode: .checkout(root: root), databasePath: database.0, databaseReason: database.1,
                contentFolders: [content], displayBase: root, userContentFolder: nil)
        }

        let dataHome = xdgDataHome(environment: environment, absolute: absolute)
        let prepData = join(dataHome.path, "prep")
        let userContent = join(prepData, "content")
        let database = explicitDatabase.map { (absolute($0), databaseReason(explicit: $0, environment: environment)) }
            ?? (join(prepData, "prep.sqlite"), Reason.installedData(dataHome: dataHome.reason))
        var folders: [ContentFolder]
        if let explicitContent {
            folders = [ContentFolder(path: explicitContent.path, base: LexicalPath.parent(explicitContent.path), reason: explicitContent.reason)]
        } else {
            folders = []
            var userReason = Reason.ownArticles(dataHome: dataHome.reason)
            // `<prefix>/bin/prep` finds the deck `prep install` put in `<prefix>/share/prep/content`; with the
            // default prefix that is the very folder of the learner's own articles.
            if let executableFolder {
                let share = join(executableFolder, "../share/prep")
                let bundled = join(share, "content")
                if bundled == userContent {
                    userReason = .installedDeckAndOwnArticles(dataHome: dataHome.reason)
                } else if fileSystem.isDirectory(bundled) {
                    folders.append(ContentFolder(path: bundled, base: share, reason: .installedDeck))
                }
            }
            folders.append(ContentFolder(path: userContent, base: prepData, reason: userReason))
        }
        return WorkspaceLayout(
            mode: .installed, databasePath: database.0, databaseReason: database.1, contentFolders: folders,
            displayBase: absolute("."), userContentFolder: userContent)
    }

    private static func databaseReason(explicit: String, environment: [String: String]) -> Reason {
        .named(environment["PREP_DB"] == explicit ? "PREP_DB" : "--db")
    }

    /// `$XDG_DATA_HOME` when it is an absolute path (the spec says to ignore a relative one), else
    /// `$HOME/.local/share`.
    private static func xdgDataHome(environment: [String: String], absolute: (String) -> String) -> (path: String, reason: String) {
        if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") {
            return (value, "$XDG_DATA_HOME")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return (LexicalPath.join(absolute(home), ".local/share"), "~/.local/share")
    }

    private static func ancestors(of folder: String) -> [String] {
        var folders: [String] = []
        var current = folder
        while true {
            folders.append(current)
            let parent = LexicalPath.parent(current)
            if parent == current || parent.isEmpty { return folders }
            current = parent
        }
    }
}
