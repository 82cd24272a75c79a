import Foundation
import Glibc

/// Why prep refuses a database file or an import; every description names the file.
package enum StoreError: LocalizedError, Sendable, Equatable, CustomStringConvertible {
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

    package var description: String {
        switch self {
        case .notAFile(let path):
            "cannot open \(path): it is a directory, not a database file"
        case .notSQLite(let path):
            "cannot open \(path): not a SQLite database"
        case .truncated(let path, let actualBytes, let expectedBytes):
            "cannot open \(path): the database is truncated (\(actualBytes) bytes, its header says \(expectedBytes))"
        case .corrupt(let path, let detail):
            "cannot open \(path): the database is corrupt (\(detail))"
        case .foreignApplication(let path, let applicationID) where applicationID == 0:
            "cannot open \(path): the database belongs to another application (it has tables but no prep application id)"
        case .foreignApplication(let path, let applicationID):
            "cannot open \(path): the database belongs to another application (application_id \(hex(applicationID)))"
        case .newerSchema(let path, let version, let knownVersion):
            "cannot open \(path): it was written by a newer prep (schema \(version); this prep knows up to \(knownVersion))"
        case .unreadable(let path, let errno):
            "cannot open \(path): the file cannot be read (\(String(cString: strerror(errno))))"
        case .cannotCreateFolder(let path, let folder, let errno):
            "cannot open \(path): cannot create the folder \(folder): \(String(cString: strerror(errno)))"
        case .folderNotWritable(let path, let folder, let errno):
            "cannot open \(path): the folder \(folder) is not writable (\(String(cString: strerror(errno))))"
        case .cannotOpen(let path, let cause):
            "cannot open \(path): \(cause.message)"
        case .duplicateCardKey(let path, let key):
            "cannot import \(path): the card key \(key) appears more than once"
        case .reviewNotFound(let path, let id):
            "\(path) has no review with id \(id)"
        }
    }
}

extension StoreError {
    /// Foundation's `localizedDescription` reads this; without it Linux prints a generic message.
    package var errorDescription: String? { description }
}

private func hex(_ value: Int32) -> String {
    "0x" + String(UInt32(bitPattern: value), radix: 16)
}
