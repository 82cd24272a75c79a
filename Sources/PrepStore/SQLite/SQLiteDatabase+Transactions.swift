extension SQLiteDatabase {
    /// When a transaction takes its write lock.
    package enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED"
        case immediate = "IMMEDIATE"
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction that commits when it returns and rolls back when it throws.
    /// Inside an open transaction it becomes a savepoint, so repositories can be composed.
    /// The first error wins: a failing rollback never hides the error that caused it.
    package func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            if isInTransaction {
                try? execute("ROLLBACK TRANSACTION")
            }
            throw error
        }
        return result
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT prep_nested")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("ROLLBACK TO SAVEPOINT prep_nested")
            try? execute("RELEASE SAVEPOINT prep_nested")
            throw error
        }
        try execute("RELEASE SAVEPOINT prep_nested")
        return result
    }
}
