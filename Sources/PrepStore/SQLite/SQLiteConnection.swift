import CSQLite

/// Owns the `sqlite3*` handle. Statements hold it strongly, so the handle outlives every statement
/// prepared on it, while the database's statement cache can still hold statements without a cycle.
final class SQLiteConnection {
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// The error SQLite reports for the last failed call on this connection.
    func lastError(sql: String?) -> SQLiteError {
        lastError(sql: sql, message: String(cString: sqlite3_errmsg(handle)))
    }

    func lastError(sql: String?, message: String) -> SQLiteError {
        SQLiteError(
            extendedCode: sqlite3_extended_errcode(handle), message: message, sql: sql,
            file: sqlite3_db_filename(handle, "main").map { String(cString: $0) }, systemErrno: sqlite3_system_errno(handle)
        )
    }
}
