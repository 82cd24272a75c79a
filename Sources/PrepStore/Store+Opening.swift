import Foundation

extension Store {
    /// Opens (or creates) the database at `path` and brings its schema up to date.
    ///
    /// A file that is not prep's — not SQLite, truncated, corrupt, another application's, or written by a
    /// newer prep — is refused with a `StoreError` before anything is written, so it stays byte-for-byte
    /// as it was and no `-wal`/`-shm` files appear beside it. A missing or empty file is a new database.
    package static func open(path: String) throws -> Store {
        let isExistingDatabase = try inspectExistingFile(at: path)
        if !isExistingDatabase {
            try createParentFolder(of: path)
        }
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path, mode: .readWriteCreate)
        } catch let error as SQLiteError {
            if error.isFromTheDisk { throw error }
            throw StoreError.cannotOpen(path: path, cause: error)
        }
        database.setBusyTimeout(milliseconds: 5000)
        try storeError(path: path) {
            // Checked again on the writable connection: it sees a `-wal` file that the inspection may have ignored.
            try DatabaseInspection(database).requireOwnedByPrep(path: path)
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL")
            try Schema.migrator.migrate(database)
        }
        return Store(database: database)
    }

    /// A read-only view of an existing prep database, for peeking at settings before a command decides what to
    /// do; it neither creates nor migrates anything.
    package static func openReadOnly(path: String) throws -> Store {
        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        try DatabaseInspection(database).requireOwnedByPrep(path: path)
        return Store(database: database)
    }

    /// Refuses a file that is not a prep database; returns whether there is a database to open at all.
    private static func inspectExistingFile(at path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue {
            throw StoreError.notAFile(path: path)
        }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw StoreError.unreadable(path: path, errno: access(path, R_OK) == 0 ? EIO : errno)
        }
        let header = try file.read(upToCount: SQLiteFileHeader.length) ?? Data()
        let size = Int(try file.seekToEnd())
        try file.close()
        if size == 0 {
            return false
        }
        guard let fileHeader = SQLiteFileHeader(header) else {
            throw StoreError.notSQLite(path: path)
        }
        // A live `-wal` file may hold pages the main file does not have yet, so size and immutability
        // can only be trusted without one.
        let hasWAL = FileManager.default.fileExists(atPath: path + "-wal")
        if !hasWAL, let expectedBytes = fileHeader.expectedFileSize, size < expectedBytes || size % fileHeader.pageSize != 0 {
            throw StoreError.truncated(path: path, actualBytes: size, expectedBytes: expectedBytes)
        }
        try storeError(path: path) {
            let database = try SQLiteDatabase(path: path, mode: hasWAL ? .readOnly : .immutable)
            let inspection = try DatabaseInspection(database)
            try inspection.requireOwnedByPrep(path: path)
            let problems = try database.rows("PRAGMA quick_check") { try $0.column(0, as: String.self) }
            if problems != ["ok"] {
                throw StoreError.corrupt(path: path, detail: problems.prefix(3).joined(separator: "; "))
            }
        }
        return true
    }

    private static func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // One level at a time with mkdir, so a refusal keeps its errno (Foundation's error would carry English).
        var made = ""
        for component in folder.split(separator: "/") {
            made += "/" + component
            if mkdir(made, 0o755) != 0, errno != EEXIST {
                throw StoreError.cannotCreateFolder(path: path, folder: folder, errno: errno)
            }
        }
        // SQLite would only say "unable to open database file", with an errno from a later call.
        guard access(folder, W_OK) == 0 else {
            throw StoreError.folderNotWritable(path: path, folder: folder, errno: errno)
        }
    }

    /// Turns SQLite's own verdicts on a bad file into the store's refusals.
    private static func storeError(path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SQLiteError {
            switch error.code {
            case 26: throw StoreError.notSQLite(path: path)  // SQLITE_NOTADB
            case 11: throw StoreError.corrupt(path: path, detail: error.message)  // SQLITE_CORRUPT
            default:
                // A full disk or a read-only folder is said as such, naming the file, not as a bad database.
                if error.isFromTheDisk { throw error }
                throw StoreError.cannotOpen(path: path, cause: error)
            }
        }
    }
}
