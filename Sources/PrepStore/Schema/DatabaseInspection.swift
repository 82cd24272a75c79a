/// What a database says about itself, read before anything is written to it.
struct DatabaseInspection {
    let applicationID: Int32
    let userVersion: Int
    let tableCount: Int

    init(_ database: SQLiteDatabase) throws {
        applicationID = try Migrator.applicationID(of: database)
        userVersion = try Migrator.userVersion(of: database)
        tableCount = try database.scalar("SELECT count(*) FROM sqlite_schema", as: Int.self) ?? 0
    }

    /// Accepts prep's own databases up to the newest known schema, and blank ones that prep can make its own.
    func requireOwnedByPrep(path: String) throws {
        if applicationID != Migrator.applicationID {
            let isBlank = applicationID == 0 && tableCount == 0 && userVersion == 0
            if !isBlank {
                throw StoreError.foreignApplication(path: path, applicationID: applicationID)
            }
        } else if userVersion > Schema.latestVersion {
            throw StoreError.newerSchema(path: path, version: userVersion, knownVersion: Schema.latestVersion)
        }
    }
}
