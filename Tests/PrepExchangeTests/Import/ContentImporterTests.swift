import Foundation
import PrepContent
import PrepStore
import PrepTestSupport
import Testing

@testable import PrepExchange

/// The import policy without the command line: unchanged files do no work, a bad item is left out alone,
/// and a walk reports what it could not find.
@Suite struct ContentImporterTests {
    static let article = """
        # Servers

        ## Basics

        Q: What does WSGI stand for?
        A: Web Server Gateway Interface
        id: wsgi

        Q: What does ASGI add?
        A: Asynchronous calls
        id: asgi

        """

    @Test func anUnchangedFileIsNotImportedAgain() throws {
        let folder = try TemporaryDirectory()
        try folder.write("web/servers.en.md", Self.article)
        let store = try Store.openInMemory()
        let importer = ContentImporter(baseDirectory: folder.path)
        let selection = try importer.collect(["web"], workingDirectory: folder.path)
        #expect(selection.diagnostics.isEmpty)
        let first = try importer.importFiles(selection.files, into: store, now: Date(timeIntervalSince1970: 0))
        #expect(first.files.map(\.path) == ["web/servers.en.md"])
        #expect(first.imported == 2)
        let second = try importer.importFiles(selection.files, into: store, now: Date(timeIntervalSince1970: 60))
        #expect(second.files.map(\.outcome) == [.unchanged])
        #expect(second.imported == 0)
    }

    @Test func aMissingPathIsADiagnosticAndTheRestIsCollected() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.en.md", Self.article)
        let selection = try ContentImporter(baseDirectory: folder.path).collect(["a.en.md", "gone.md"], workingDirectory: folder.path)
        #expect(selection.files.map(\.lastPathComponent) == ["a.en.md"])
        #expect(selection.diagnostics.map(\.location.path) == ["gone.md"])
    }

    @Test func syncReportsOnlyErrorsAndSkipsMissingFolders() throws {
        let folder = try TemporaryDirectory()
        try folder.write("content/web/servers.en.md", Self.article)
        let store = try Store.openInMemory()
        let errors = try ContentImporter.sync(
            folders: [(path: folder.path("content"), base: folder.path), (path: folder.path("absent"), base: folder.path)],
            into: store, now: Date(timeIntervalSince1970: 0))
        #expect(errors.isEmpty)
        #expect(try store.articles().map(\.path) == ["content/web/servers.en.md"])
    }
}
