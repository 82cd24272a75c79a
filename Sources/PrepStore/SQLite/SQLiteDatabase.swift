import CSQLite

/// A connection to one SQLite database. Not Sendable: use it from one thread at a time.
package final class SQLiteDatabase {
    /// How the file is opened.
    package enum OpenMode: Sendable {
        case readWriteCreate
        case readWrite
        case readOnly
        /// Read-only with no locking and no `-wal`/`-shm` files: for inspecting a file without touching it.
        case immutable
    }

    /// The path as given (`:memory:` for an in-memory database).
    package let path: String
    let connection: SQLiteConnection
    private var statementCache: [String: SQLiteStatement] = [:]

    package init(path: String, mode: OpenMode = .readWriteCreate) throws {
        _ = Self.configureLibrary
        var location = path
        // Connections are confined to one thread by the callers, so SQLite's own mutexes are wasted work.
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            location = Self.immutableURI(path: path)
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(location, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(
                extendedCode: handle.map { sqlite3_extended_errcode($0) } ?? code,
                message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code)),
                file: path, systemErrno: handle.map { sqlite3_system_errno($0) } ?? 0
            )
            // SQLite allocates a handle even when opening fails, and it must still be closed.
            sqlite3_close_v2(handle)
            throw error
        }
        sqlite3_extended_result_codes(handle, 1)
        self.path = path
        self.connection = SQLiteConnection(handle: handle)
    }

    /// Settings SQLite accepts only before its first connection, applied once per process.
    private static let configureLibrary: Void = {
        _ = prep_sqlite_disable_memory_statistics()
    }()

    /// A new in-memory database, gone when the object is released.
    package static func inMemory() throws -> SQLiteDatabase {
        try SQLiteDatabase(path: ":memory:")
    }

    /// Runs one or more SQL statements without arguments (schema scripts, pragmas).
    package func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(connection.handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw connection.lastError(sql: sql, message: text)
        }
    }

    /// Runs one statement with arguments through the statement cache.
    package func execute(_ sql: String, _ arguments: [any SQLiteBindable]) throws {
        try cachedStatement(sql).execute(arguments)
    }

    /// Runs `head`, then one `row` of placeholders per element of `rows`, then `tail`, binding each row's
    /// arguments in turn, many rows a statement: the many rows of an import, where a statement a row would add a
    /// bind, a step and a reset to each.
    package func execute(_ head: String, row: String, tail: String = "", rows: [[any SQLiteBindable]]) throws {
        let rowsPerStatement = 100
        func sql(_ count: Int) -> String { head + repeatElement(row, count: count).joined(separator: ", ") + tail }
        var start = 0
        while start < rows.count {
            let count = min(rowsPerStatement, rows.count - start)
            // A full batch and a single row are kept prepared; the rows left over run once, in a statement of their own.
            let statement = count == rowsPerStatement || count == 1 ? try cachedStatement(sql(count)) : try makeStatement(sql(count))
            try statement.execute(Array(rows[start..<start + count].joined()))
            start += count
        }
    }

    /// Every result row of a cached statement, each turned into a value.
    package func rows<T>(
        _ sql: String, _ arguments: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T
    ) throws -> [T] {
        try cachedStatement(sql).rows(arguments, transform)
    }

    /// The first result row of a cached statement, or nil.
    package func firstRow<T>(
        _ sql: String, _ arguments: [any SQLiteBindable] = [], _ transform: (SQLiteRow) throws -> T
    ) throws -> T? {
        try cachedStatement(sql).firstRow(arguments, transform)
    }

    /// A single value of the first row, or nil when there is no row: for `PRAGMA x` and `SELECT count(*)`.
    package func scalar<T: SQLiteColumnDecodable>(
        _ sql: String, _ arguments: [any SQLiteBindable] = [], as type: T.Type = T.self
    ) throws -> T? {
        try firstRow(sql, arguments) { try $0.column(0, as: T.self) }
    }

    /// A statement prepared once per connection and reused: for SQL that runs often.
    package func cachedStatement(_ sql: String) throws -> SQLiteStatement {
        if let statement = statementCache[sql] {
            return statement
        }
        let statement = try SQLiteStatement(connection: connection, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// A statement of its own, finalized when released: for SQL that runs once.
    package func makeStatement(_ sql: String) throws -> SQLiteStatement {
        try SQLiteStatement(connection: connection, sql: sql, persistent: false)
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    package var changes: Int { Int(sqlite3_changes64(connection.handle)) }

    /// Rows changed since the connection opened; tests use it to prove that nothing was written.
    package var totalChanges: Int { Int(sqlite3_total_changes64(connection.handle)) }

    package var isInTransaction: Bool { sqlite3_get_autocommit(connection.handle) == 0 }

    package func setBusyTimeout(milliseconds: Int) {
        sqlite3_busy_timeout(connection.handle, Int32(milliseconds))
    }

    /// `file:` URI with `immutable=1`; path characters that mean something in a URI are percent-encoded.
    private static func immutableURI(path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x20, 0x7F...:
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            default:
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return "file:\(encoded)?immutable=1"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
