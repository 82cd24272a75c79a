import CSQLite

/// The current row of a statement being stepped. Valid only inside the closure that receives it:
/// the next step overwrites it, so read what you need and do not keep the row.
package struct SQLiteRow {
    let handle: OpaquePointer
    private let sql: String

    init(statement handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.sql = sql
    }

    package var columnCount: Int { Int(sqlite3_column_count(handle)) }

    package func isNull(at index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// Reads column `index` (0-based) as `T`.
    package func column<T: SQLiteColumnDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try T(row: self, at: index)
    }

    package func value(at index: Int) -> SQLiteValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: .integer(sqlite3_column_int64(handle, Int32(index)))
        case SQLITE_FLOAT: .real(sqlite3_column_double(handle, Int32(index)))
        case SQLITE_TEXT: .text(text(at: index))
        case SQLITE_BLOB: .blob(bytes(at: index))
        default: .null
        }
    }

    func text(at index: Int) -> String {
        // Length first, then pointer: the order SQLite documents for the conversion to be stable.
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        guard count > 0, let pointer = sqlite3_column_text(handle, Int32(index)) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    func bytes(at index: Int) -> [UInt8] {
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        guard count > 0, let pointer = sqlite3_column_blob(handle, Int32(index)) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: pointer, count: count))
    }

    func requireNotNull<T>(_ index: Int, as type: T.Type) throws {
        guard !isNull(at: index) else {
            throw SQLiteError(
                extendedCode: SQLITE_MISMATCH,
                message: "column \(index) is NULL, expected \(T.self)",
                sql: sql
            )
        }
    }
}
