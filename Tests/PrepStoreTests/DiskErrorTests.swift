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
        #expect(error?.description.hasPrefix("the disk is full: cannot write \(path)") == true, "\(String(describing: error))")
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
        #expect(error?.description.hasPrefix("cannot write \(path): the file or its folder is read-only") == true)
    }

    /// (extended code, errno, expected start) for the codes a real disk produces.
    static let mappings: [(Int32, Int32, String)] = [
        (13, 0, "the disk is full: cannot write /data/prep.sqlite"),  // SQLITE_FULL
        (4874, ENOSPC, "the disk is full: cannot write /data/prep.sqlite"),  // SQLITE_IOERR_SHMSIZE on a full tmpfs
        (778, EDQUOT, "the disk is full: cannot write /data/prep.sqlite"),  // SQLITE_IOERR_WRITE over quota
        (778, EIO, "disk I/O error writing /data/prep.sqlite: Input/output error"),
        (266, EIO, "disk I/O error reading /data/prep.sqlite: Input/output error"),  // SQLITE_IOERR_READ
        (1544, 0, "cannot write /data/prep.sqlite: the file or its folder is read-only"),  // SQLITE_READONLY_DIRECTORY
        (14, EACCES, "cannot open /data/prep.sqlite: Permission denied"),  // SQLITE_CANTOPEN
    ]

    @Test(arguments: 0..<mappings.count)
    func diskCodesAreSaidInWords(_ index: Int) {
        let (code, systemErrno, expected) = Self.mappings[index]
        let error = SQLiteError(extendedCode: code, message: "disk I/O error", sql: "PRAGMA x", file: "/data/prep.sqlite", systemErrno: systemErrno)
        #expect(error.description == expected + " (SQLite error \(code))")
    }

    @Test func otherCodesKeepSQLitesWords() {
        let error = SQLiteError(extendedCode: 2067, message: "UNIQUE constraint failed", sql: "INSERT", file: "/data/prep.sqlite")
        #expect(error.diskProblem == nil)
        #expect(error.description == "SQLite error 2067: UNIQUE constraint failed - while executing `INSERT`")
    }
}
