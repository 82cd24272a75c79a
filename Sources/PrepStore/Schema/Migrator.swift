/// Brings a database forward to the newest schema, one migration per transaction, keyed by `PRAGMA user_version`.
package struct Migrator: Sendable {
    /// Written in the header of every prep database: the bytes of "prep".
    package static let applicationID: Int32 = 0x7072_6570

    package var migrations: [Migration]

    package init(migrations: [Migration]) {
        precondition(
            zip(migrations, migrations.dropFirst()).allSatisfy { $0.version < $1.version },
            "migration versions must increase"
        )
        self.migrations = migrations
    }

    /// The newest schema this build knows.
    package var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Applies every migration newer than the database's `user_version`. Each one runs in its own
    /// transaction that also stamps the version and application id, so a failure leaves the last good version.
    package func migrate(_ database: SQLiteDatabase) throws {
        for migration in migrations where try Self.userVersion(of: database) < migration.version {
            try database.transaction {
                try migration.apply(database)
                try database.execute("PRAGMA user_version = \(migration.version)")
                try database.execute("PRAGMA application_id = \(Self.applicationID)")
            }
        }
    }

    package static func userVersion(of database: SQLiteDatabase) throws -> Int {
        try database.scalar("PRAGMA user_version", as: Int.self) ?? 0
    }

    package static func applicationID(of database: SQLiteDatabase) throws -> Int32 {
        Int32(truncatingIfNeeded: try database.scalar("PRAGMA application_id", as: Int64.self) ?? 0)
    }
}
