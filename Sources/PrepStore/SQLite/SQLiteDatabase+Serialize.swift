import CSQLite
import Foundation

extension SQLiteDatabase {
    /// The main database as its file would hold it (`sqlite3_serialize`), without a copy: for an in-memory
    /// database that is shipped (zipped, sent) rather than kept, so it never goes through a scratch file.
    package func serialized() throws -> Data {
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(connection.handle, "main", &size, 0) else {
            throw connection.lastError(sql: "sqlite3_serialize")
        }
        return Data(bytesNoCopy: bytes, count: Int(size), deallocator: .custom { pointer, _ in sqlite3_free(pointer) })
    }
}
