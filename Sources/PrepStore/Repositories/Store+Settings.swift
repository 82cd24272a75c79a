extension Store {
    /// A stored setting read as `T`; nil when unset or not readable as `T`.
    package func setting<T: LosslessStringConvertible>(_ key: String, as type: T.Type = T.self) throws -> T? {
        try database.scalar("SELECT value FROM setting WHERE key = ?", [key], as: String.self).flatMap(T.init)
    }

    package func setSetting(_ key: String, to value: some LosslessStringConvertible) throws {
        try database.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", [key, value.description])
    }

    /// Every stored setting by key, read in one query.
    package func allSettings() throws -> [String: String] {
        let pairs = try database.rows("SELECT key, value FROM setting") { row in
            (try row.column(0, as: String.self), try row.column(1, as: String.self))
        }
        return Dictionary(pairs, uniquingKeysWith: { _, last in last })
    }

    package func removeSetting(_ key: String) throws {
        try database.execute("DELETE FROM setting WHERE key = ?", [key])
    }
}
