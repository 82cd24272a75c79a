import Foundation

/// Why prep refuses a database file or an import; every description names the file.
package enum StoreError: LocalizedError, Sendable, Equatable, CustomStringConvertible {
    case notAFile(path: String)
    case notSQLite(path: String)
    case truncated(path: String, actualBytes: Int, expectedBytes: Int)
    case corrupt(path: String, detail: String)
    /// `applicationID` is 0 for a SQLite database that has tables but no application id at all.
    case foreignApplication(path: String, applicationID: Int32)
    case newerSchema(path: String, version: Int, knownVersion: Int)
    case cannotOpen(path: String, reason: String)
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
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
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
