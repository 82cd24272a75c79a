import CSQLite

extension SQLiteStatement {
    /// Runs the statement once with its parameters bound by `bind`, value by value and by type, then resets it:
    /// for a statement run for many rows, where an array of `any SQLiteBindable` boxed every value and made a
    /// `SQLiteValue` of it (a third of an .apkg export). For statements that return no rows; every parameter
    /// must be bound on every run, since bindings are kept from the run before.
    package func run(_ bind: (SQLiteBindings) throws -> Void) throws {
        defer { sqlite3_reset(handle) }
        try bind(SQLiteBindings(statement: self))
        guard sqlite3_step(handle) == SQLITE_DONE else { throw connection.lastError(sql: sql) }
    }
}

/// The parameters of one run of a statement; valid only inside `SQLiteStatement.run`. Indexes count from 1.
package struct SQLiteBindings {
    fileprivate let statement: SQLiteStatement

    package func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(statement.handle, index, value))
    }

    package func bind(_ value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(statement.handle, index, Int64(value)))
    }

    package func bind(_ value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(statement.handle, index, value))
    }

    package func bind(_ value: String, at index: Int32) throws {
        var text = value
        try text.withUTF8 { try bind(text: UnsafeRawBufferPointer($0), at: index) }
    }

    /// UTF-8 bytes bound as TEXT, copied by SQLite: for text assembled in a reused buffer rather than a `String`.
    package func bind(text bytes: UnsafeRawBufferPointer, at index: Int32) throws {
        // A zero-length text needs a non-null pointer, or SQLite binds NULL instead.
        let base = bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        try check(sqlite3_bind_text(
            statement.handle, index, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), prep_sqlite_transient()))
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw statement.connection.lastError(sql: statement.sql) }
    }
}
