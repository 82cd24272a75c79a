import Foundation
import PrepCore
import PrepTestSupport
import Testing
import PrepStore

struct StoreOpeningTests {
    /// Opens `name` expecting a refusal, and checks that the folder is byte-for-byte as it was.
    private func refusal(of name: String, in folder: TemporaryDirectory) throws -> StoreError {
        let before = try folder.snapshot()
        let error = try #require(throws: StoreError.self) { _ = try Store.open(path: folder.path(name)) }
        #expect(try folder.snapshot() == before, "the refused file or its folder changed")
        #expect(String(describing: error).contains(folder.path(name)), "the refusal names the file")
        return error
    }

    /// A closed prep database with enough cards to span many pages.
    private func makePrepDatabase(_ name: String, in folder: TemporaryDirectory) throws -> String {
        let path = folder.path(name)
        let store = try Store.open(path: path)
        _ = try store.importArticle(Fixtures.generatedArticle(count: 400), now: Fixtures.date(0))
        return path
    }

    private func write(_ bytes: Data, to name: String, in folder: TemporaryDirectory) throws {
        try bytes.write(to: folder.url.appendingPathComponent(name))
    }

    @Test func createsMissingFileAndParentFolders() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("data/nested/prep.sqlite")
        let store = try Store.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try Migrator.userVersion(of: store.database) == Schema.latestVersion)
        #expect(try Migrator.applicationID(of: store.database) == 0x7072_6570)
    }

    @Test func setsConnectionPragmas() throws {
        let folder = try TemporaryDirectory()
        let store = try Store.open(path: folder.path("prep.sqlite"))
        #expect(try store.database.scalar("PRAGMA journal_mode", as: String.self) == "wal")
        #expect(try store.database.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
        #expect(try store.database.scalar("PRAGMA busy_timeout", as: Int.self) == 5000)
        #expect(try store.database.scalar("PRAGMA synchronous", as: Int.self) == 1)  // NORMAL
    }

    @Test func emptyFileIsANewDatabase() throws {
        let folder = try TemporaryDirectory()
        try write(Data(), to: "prep.sqlite", in: folder)
        let store = try Store.open(path: folder.path("prep.sqlite"))
        #expect(try Migrator.userVersion(of: store.database) == Schema.latestVersion)
    }

    @Test func reopeningKeepsData() throws {
        let folder = try TemporaryDirectory()
        let path = try makePrepDatabase("prep.sqlite", in: folder)
        let store = try Store.open(path: path)
        #expect(try store.cardKeys().count == 400)
    }

    @Test func opensADatabaseThatAnotherConnectionHolds() throws {
        let folder = try TemporaryDirectory()
        let path = try makePrepDatabase("prep.sqlite", in: folder)
        let first = try Store.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let second = try Store.open(path: path)
        try first.setSetting("lang", to: "en")
        #expect(try second.setting("lang", as: String.self) == "en")
    }

    @Test func refusesATextFile() throws {
        let folder = try TemporaryDirectory()
        try write(Data("# My notes\nnot a database at all, though longer than one hundred bytes of text. ".utf8 + Array(repeating: 0x61, count: 200)), to: "notes.sqlite", in: folder)
        #expect(try refusal(of: "notes.sqlite", in: folder) == .notSQLite(path: folder.path("notes.sqlite")))
    }

    @Test func refusesAShortFile() throws {
        let folder = try TemporaryDirectory()
        try write(Data("hi\n".utf8), to: "short.sqlite", in: folder)
        #expect(try refusal(of: "short.sqlite", in: folder) == .notSQLite(path: folder.path("short.sqlite")))
    }

    @Test func refusesRandomBytes() throws {
        let folder = try TemporaryDirectory()
        var generator = SplitMix64(seed: 7)
        try write(Data((0..<8192).map { _ in UInt8.random(in: .min ... .max, using: &generator) }), to: "random.sqlite", in: folder)
        #expect(try refusal(of: "random.sqlite", in: folder) == .notSQLite(path: folder.path("random.sqlite")))
    }

    @Test func refusesRandomBytesBehindASQLiteHeader() throws {
        let folder = try TemporaryDirectory()
        var generator = SplitMix64(seed: 11)
        var bytes = Data("SQLite format 3\u{0}".utf8)
        bytes.append(contentsOf: [0x10, 0x00])  // a plausible page size, 4096
        bytes.append(contentsOf: (0..<(4096 * 3 - 18)).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        try write(bytes, to: "fake.sqlite", in: folder)
        _ = try refusal(of: "fake.sqlite", in: folder)
    }

    @Test func refusesATruncatedDatabase() throws {
        let folder = try TemporaryDirectory()
        let path = try makePrepDatabase("prep.sqlite", in: folder)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try write(bytes.prefix(bytes.count / 2), to: "prep.sqlite", in: folder)
        let error = try refusal(of: "prep.sqlite", in: folder)
        #expect(error == .truncated(path: path, actualBytes: bytes.count / 2, expectedBytes: bytes.count))
    }

    @Test func refusesADatabaseWithACorruptPage() throws {
        let folder = try TemporaryDirectory()
        let path = try makePrepDatabase("prep.sqlite", in: folder)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        let page = bytes.count / pageSize / 2
        bytes.replaceSubrange(page * pageSize..<(page + 1) * pageSize, with: Data(repeating: 0x5A, count: pageSize))
        try write(bytes, to: "prep.sqlite", in: folder)
        let error = try refusal(of: "prep.sqlite", in: folder)
        guard case .corrupt = error else {
            Issue.record("expected .corrupt, got \(error)")
            return
        }
    }

    @Test func refusesAnotherApplicationsDatabase() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("other.db")
        do {
            let other = try SQLiteDatabase(path: path)
            try other.execute("CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ada')")
        }
        let error = try refusal(of: "other.db", in: folder)
        #expect(error == .foreignApplication(path: path, applicationID: 0))
    }

    @Test func refusesADatabaseWithAnotherApplicationID() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("other.db")
        do {
            let other = try SQLiteDatabase(path: path)
            try other.execute("PRAGMA application_id = 1196444487")  // 0x47504B47, "GPKG"
        }
        let error = try refusal(of: "other.db", in: folder)
        #expect(error == .foreignApplication(path: path, applicationID: 0x4750_4B47))
    }

    @Test func refusesADatabaseFromANewerPrep() throws {
        let folder = try TemporaryDirectory()
        let path = try makePrepDatabase("prep.sqlite", in: folder)
        do {
            let raw = try SQLiteDatabase(path: path, mode: .readWrite)
            try raw.execute("PRAGMA user_version = 99")
        }
        let error = try refusal(of: "prep.sqlite", in: folder)
        #expect(error == .newerSchema(path: path, version: 99, knownVersion: Schema.latestVersion))
    }

    @Test func refusesADirectory() throws {
        let folder = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("prep.sqlite"), withIntermediateDirectories: true)
        #expect(try refusal(of: "prep.sqlite", in: folder) == .notAFile(path: folder.path("prep.sqlite")))
    }
}
