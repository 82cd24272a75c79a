import CSQLite

/// A prepared statement. Every run binds its arguments, steps to the end (or until told to stop) and
/// resets, so a statement never stays half-stepped holding a read transaction open.
package final class SQLiteStatement {
    package let sql: String
    let handle: OpaquePointer
    /// Keeps the connection open for as long as this statement exists.
    let connection: SQLiteConnection

    init(connection: SQLiteConnection, sql: String, persistent: Bool) throws {
        var statement: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, flags, &statement, nil)
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            throw connection.lastError(sql: sql)
        }
        self.sql = sql
        self.handle = statement
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Runs the statement to completion, ignoring any rows it returns.
    package func execute(_ arguments: [any SQLiteBindable] = []) throws {
        try forEachRow(arguments) { _ in true }
    }

    /// Every result row, each turned into a value by `transform`.
    package func rows<T>(_ arguments: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T) throws -> [T] {
        var results: [T] = []
        try forEachRow(arguments) { row in
            results.append(try transform(row))
            return true
        }
        return results
    }

    /// The first result row turned into a value, or nil when there is none.
    package func firstRow<T>(_ arguments: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T) throws -> T? {
        var result: T?
        try forEachRow(arguments) { row in
            result = try transform(row)
            return false
        }
        return result
    }

    /// Steps through the result rows while `body` returns true; stopping early costs nothing more.
    package func forEachRow(_ arguments: [any SQLiteBindable] = [], _ body: (SQLiteRow) throws -> Bool) throws {
        try bind(arguments)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        let row = SQLiteRow(statement: handle, sql: sql)
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                guard try body(row) else { return }
            case SQLITE_DONE:
                return
            default:
                throw connection.lastError(sql: sql)
            }
        }
    }

    private func bind(_ arguments: [any SQLiteBindable]) throws {
        let expected = Int(sqlite3_bind_parameter_count(handle))
        precondition(
            arguments.count == expected,
            "\(arguments.count) arguments for \(expected) parameters in `\(sql)`"
        )
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 =
                switch argument.sqliteValue {
                case .null: sqlite3_bind_null(handle, index)
                case .integer(let value): sqlite3_bind_int64(handle, index, value)
                case .real(let value): sqlite3_bind_double(handle, index, value)
                case .text(let value): sqlite3_bind_text(handle, index, value, -1, prep_sqlite_transient())
                case .blob(let bytes):
                    bytes.withUnsafeBytes { buffer in
                        // A zero-length blob needs a non-null pointer, or SQLite binds NULL instead.
                        sqlite3_bind_blob(
                            handle, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1),
                            Int32(buffer.count), prep_sqlite_transient()
                        )
                    }
                }
            guard code == SQLITE_OK else {
                throw connection.lastError(sql: sql)
            }
        }
    }
}
