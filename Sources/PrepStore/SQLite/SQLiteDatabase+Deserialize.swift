import CSQLite

extension SQLiteDatabase {
    /// An in-memory database holding a copy of a database file's bytes (`sqlite3_deserialize`): for a file
    /// that arrives inside an archive, read without writing it anywhere.
    package static func deserialized(_ bytes: [UInt8]) throws -> SQLiteDatabase {
        let database = try inMemory()
        guard !bytes.isEmpty else { return database }
        guard let buffer = sqlite3_malloc64(sqlite3_uint64(bytes.count)) else {
            throw database.connection.lastError(sql: "sqlite3_malloc64", message: "out of memory")
        }
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        // A file written in WAL mode says so in bytes 18 and 19; in memory there is no WAL, so it is read as a
        // rollback-journal file, which the bytes otherwise are.
        let header = buffer.assumingMemoryBound(to: UInt8.self)
        if bytes.count > 19, header[18] == 2, header[19] == 2 {
            header[18] = 1
            header[19] = 1
        }
        let code = sqlite3_deserialize(
            database.connection.handle, "main", header, sqlite3_int64(bytes.count), sqlite3_int64(bytes.count),
            UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE))
        guard code == SQLITE_OK else { throw database.connection.lastError(sql: "sqlite3_deserialize") }
        return database
    }
}
