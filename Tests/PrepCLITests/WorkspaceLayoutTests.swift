import Foundation
import Testing

@testable import PrepCLI

/// Path resolution against an imagined file system, so every case runs without touching the disk.
@Suite struct WorkspaceLayoutTests {
    static func fileSystem(directories: Set<String>, files: Set<String>) -> WorkspaceLayout.FileSystem {
        WorkspaceLayout.FileSystem(isDirectory: { directories.contains($0) }, isFile: { files.contains($0) })
    }

    static let checkout = fileSystem(directories: ["/src/prep/content"], files: ["/src/prep/Package.swift"])

    static func resolve(
        database: String? = nil, content: String? = nil, environment: [String: String] = ["HOME": "/home/ada"],
        cwd: String, executable: String, fileSystem: WorkspaceLayout.FileSystem
    ) -> WorkspaceLayout {
        WorkspaceLayout.resolve(
            explicitDatabase: database, explicitContent: content, environment: environment, workingDirectory: cwd,
            executablePath: executable, fileSystem: fileSystem)
    }

    @Test func swiftRunInsideTheCheckoutKeepsDataBesidePackageSwift() {
        let layout = Self.resolve(cwd: "/src/prep", executable: "/src/prep/.build/x86_64-unknown-linux-gnu/debug/prep", fileSystem: Self.checkout)
        #expect(layout.mode == .checkout(root: "/src/prep"))
        #expect(layout.databasePath == "/src/prep/data/prep.sqlite")
        #expect(layout.contentFolders.map(\.path) == ["/src/prep/content"])
    }

    @Test func theCheckoutsBinaryRunFromElsewhereStillUsesTheCheckout() {
        let layout = Self.resolve(cwd: "/home/ada", executable: "/src/prep/.build/release/prep", fileSystem: Self.checkout)
        #expect(layout.mode == .checkout(root: "/src/prep"))
        #expect(layout.databasePath == "/src/prep/data/prep.sqlite")
    }

    @Test func aContentFolderAloneDoesNotMakeACheckout() {
        let fileSystem = Self.fileSystem(directories: ["/home/ada/content"], files: [])
        let layout = Self.resolve(cwd: "/home/ada", executable: "/usr/local/bin/prep", fileSystem: fileSystem)
        #expect(layout.mode == .installed)
        #expect(layout.databasePath == "/home/ada/.local/share/prep/prep.sqlite")
    }

    @Test func anInstalledBinaryUsesXDGDataHomeAndTheInstalledDeck() {
        let fileSystem = Self.fileSystem(directories: ["/opt/prep/share/prep/content"], files: [])
        let layout = Self.resolve(
            environment: ["HOME": "/home/ada", "XDG_DATA_HOME": "/data/ada"], cwd: "/home/ada/projects",
            executable: "/opt/prep/bin/prep", fileSystem: fileSystem)
        #expect(layout.mode == .installed)
        #expect(layout.databasePath == "/data/ada/prep/prep.sqlite")
        #expect(layout.databaseReason == .installedData(dataHome: "$XDG_DATA_HOME"))
        #expect(layout.contentFolders.map(\.path) == ["/opt/prep/share/prep/content", "/data/ada/prep/content"])
        #expect(layout.contentFolders.map(\.base) == ["/opt/prep/share/prep", "/data/ada/prep"])
        #expect(layout.userContentFolder == "/data/ada/prep/content")
    }

    @Test func theDefaultPrefixSharesOneFolderForTheDeckAndOwnArticles() {
        let fileSystem = Self.fileSystem(directories: ["/home/ada/.local/share/prep/content"], files: [])
        let layout = Self.resolve(cwd: "/tmp", executable: "/home/ada/.local/bin/prep", fileSystem: fileSystem)
        #expect(layout.contentFolders.map(\.path) == ["/home/ada/.local/share/prep/content"])
        #expect(layout.contentFolders[0].reason == .installedDeckAndOwnArticles(dataHome: "~/.local/share"))
    }

    @Test func aRelativeXDGDataHomeIsIgnoredAsTheSpecificationSays() {
        let layout = Self.resolve(
            environment: ["HOME": "/home/ada", "XDG_DATA_HOME": "relative/data"], cwd: "/tmp",
            executable: "/usr/bin/prep", fileSystem: Self.fileSystem(directories: [], files: []))
        #expect(layout.databasePath == "/home/ada/.local/share/prep/prep.sqlite")
    }

    @Test func explicitDatabaseAndContentWinInBothModes() {
        for (cwd, executable) in [("/src/prep", "/src/prep/.build/debug/prep"), ("/home/ada", "/usr/bin/prep")] {
            let fromOption = Self.resolve(database: "progress.sqlite", content: "notes", cwd: cwd, executable: executable, fileSystem: Self.checkout)
            #expect(fromOption.databasePath == "\(cwd)/progress.sqlite")
            #expect(fromOption.databaseReason == .named("--db"))
            #expect(fromOption.contentFolders.map(\.path) == ["\(cwd)/notes"])
            let fromEnvironment = Self.resolve(
                environment: ["HOME": "/home/ada", "PREP_DB": "/var/p.sqlite", "PREP_CONTENT": "/var/notes"], cwd: cwd,
                executable: executable, fileSystem: Self.checkout)
            #expect(fromEnvironment.databasePath == "/var/p.sqlite")
            #expect(fromEnvironment.databaseReason == .named("PREP_DB"))
            #expect(fromEnvironment.contentFolders.map(\.path) == ["/var/notes"])
        }
    }
}
