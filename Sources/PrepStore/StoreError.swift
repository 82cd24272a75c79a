/// Why prep refuses a database file or an import; every case names the file, and the screens word it.
package enum StoreError: Error, Sendable, Equatable {
    case notAFile(path: String)
    case notSQLite(path: String)
    case truncated(path: String, actualBytes: Int, expectedBytes: Int)
    case corrupt(path: String, detail: String)
    /// `applicationID` is 0 for a SQLite database that has tables but no application id at all.
    case foreignApplication(path: String, applicationID: Int32)
    case newerSchema(path: String, version: Int, knownVersion: Int)
    /// The file is there but cannot be read (`errno` from `open`).
    case unreadable(path: String, errno: Int32)
    /// The database's folder could not be made, or is not writable: `errno` says why.
    case cannotCreateFolder(path: String, folder: String, errno: Int32)
    case folderNotWritable(path: String, folder: String, errno: Int32)
    /// SQLite refused to open the file for a reason other than the disk's.
    case cannotOpen(path: String, cause: SQLiteError)
    case duplicateCardKey(path: String, key: String)
    case reviewNotFound(path: String, id: String)
}
