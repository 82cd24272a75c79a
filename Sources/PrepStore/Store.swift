import Foundation

/// prep's database: opened and migrated by `open(path:)`, read and written through the repository
/// methods in `Repositories/`. Not Sendable: one store per thread.
package final class Store {
    package let database: SQLiteDatabase
    let jsonDecoder = JSONDecoder()

    init(database: SQLiteDatabase) {
        self.database = database
    }

    /// The database file's path, or `:memory:`.
    package var path: String { database.path }

    /// A fresh, migrated in-memory store for tests and dry runs.
    package static func openInMemory() throws -> Store {
        let database = try SQLiteDatabase.inMemory()
        try database.execute("PRAGMA foreign_keys = ON")
        try Schema.migrator.migrate(database)
        return Store(database: database)
    }
}
