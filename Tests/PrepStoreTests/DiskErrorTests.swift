import Foundation
import Glibc
import PrepStore
import PrepTestSupport
import Testing

/// Errors that come from the disk are said as such and name the database file.
struct DiskErrorTests {
    /// `max_page_count` makes SQLite answer 13 exactly as a full disk does, without needing one.
    @Test func aFullDatabaseSaysTheDiskIsFullAndKeepsWhatWasThere() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("prep.sqlite")
        let store = try Store.open(path: path)
        try store.setSetting("kept", to: "yes")
        let pages = try #require(try store.database.scalar("PRAGMA page_count", as: Int.self))
        try store.database.execute("PRAGMA max_page_count = \(pages)")
        let error = #expect(throws: SQLiteError.self) {
            try store.database.transaction {
                for index in 0..<2000 {
                    try store.setSetting("filler-\(index)", to: String(repeating: "x", count: 500))
                }
            }
        }
        #expect(error?.code == 13)  // SQLITE_FULL
        #expect(error?.kind == .diskFull && error?.file == path, "\(String(describing: error))")
        #expect(try store.setting("kept", as: String.self) == "yes")
        #expect(try store.setting("filler-0", as: String.self) == nil, "the failed transaction left nothing behind")
    }

    @Test func aReadOnlyDatabaseSaysSo() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("prep.sqlite")
        _ = try Store.open(path: path)
        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        let error = #expect(throws: SQLiteError.self) {
            try database.execute("INSERT INTO setting (key, value) VALUES ('a', 'b')")
        }
        #expect(error?.code == 8)  // SQLITE_READONLY
        #expect(error?.kind == .readOnly && error?.file == path)
    }

    /// (extended code, errno, kind) for the codes a real disk produces.
    static let mappings: [(Int32, Int32, SQLiteError.Kind)] = [
        (13, 0, .diskFull),  // SQLITE_FULL
        (4874, ENOSPC, .diskFull),  // SQLITE_IOERR_SHMSIZE on a full tmpfs
        (778, EDQUOT, .diskFull),  // SQLITE_IOERR_WRITE over quota
        (778, EIO, .writeError),
        (266, EIO, .readError),  // SQLITE_IOERR_READ
        (1544, 0, .readOnly),  // SQLITE_READONLY_DIRECTORY
        (14, EACCES, .cannotOpen),  // SQLITE_CANTOPEN
    ]

    @Test(arguments: 0..<mappings.count)
    func diskCodesAreKnownByKind(_ index: Int) {
        let (code, systemErrno, kind) = Self.mappings[index]
        let error = SQLiteError(extendedCode: code, message: "disk I/O error", sql: "PRAGMA x", file: "/data/prep.sqlite", systemErrno: systemErrno)
        #expect(error.kind == kind)
        #expect(error.isFromTheDisk)
    }

    @Test func otherCodesAreNotTheDisks() {
        let error = SQLiteError(extendedCode: 2067, message: "UNIQUE constraint failed", sql: "INSERT", file: "/data/prep.sqlite")
        #expect(!error.isFromTheDisk)
    }
}
