/// One forward step of the schema; `version` is the `PRAGMA user_version` the database has after it.
package struct Migration: Sendable {
    package var version: Int
    package var apply: @Sendable (SQLiteDatabase) throws -> Void

    package init(version: Int, apply: @escaping @Sendable (SQLiteDatabase) throws -> Void) {
        self.version = version
        self.apply = apply
    }

    /// A migration that runs one SQL script.
    package init(version: Int, sql: String) {
        self.init(version: version) { try $0.execute(sql) }
    }
}
