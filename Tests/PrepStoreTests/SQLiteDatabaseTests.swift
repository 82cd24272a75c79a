import Foundation
import Testing
import PrepStore

struct SQLiteDatabaseTests {
    private func makeDatabase() throws -> SQLiteDatabase {
        let database = try SQLiteDatabase.inMemory()
        try database.execute(
            "CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, score REAL, data BLOB, flag INTEGER)"
        )
        return database
    }

    @Test func valuesRoundTripThroughBindAndColumn() throws {
        let database = try SQLiteDatabase.inMemory()
        let date = Date(timeIntervalSince1970: 1_780_000_123.456)
        let row = try database.firstRow(
            "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?",
            [
                Int.max, Int64.min, 0.1, "漢字 and emoji 🟡", true, Data([0, 1, 255]), [UInt8](), date,
                String?.none, Int?.some(7),
            ]
        ) { row in
            (
                try row.column(0, as: Int.self), try row.column(1, as: Int64.self), try row.column(2, as: Double.self),
                try row.column(3, as: String.self), try row.column(4, as: Bool.self), try row.column(5, as: Data.self),
                try row.column(6, as: [UInt8].self), try row.column(7, as: Date.self),
                try row.column(8, as: String?.self), try row.column(9, as: Int?.self)
            )
        }
        let values = try #require(row)
        #expect(values.0 == Int.max)
        #expect(values.1 == Int64.min)
        #expect(values.2 == 0.1)
        #expect(values.3 == "漢字 and emoji 🟡")
        #expect(values.4 == true)
        #expect(values.5 == Data([0, 1, 255]))
        #expect(values.6 == [])
        #expect(values.7 == date)
        #expect(values.8 == nil)
        #expect(values.9 == 7)
    }

    @Test func sqliteValueReportsStorageClasses() throws {
        let database = try SQLiteDatabase.inMemory()
        let values = try #require(
            try database.firstRow("SELECT NULL, 1, 1.5, 'a', x'00ff'") { row in
                try (0..<5).map { try row.column($0, as: SQLiteValue.self) }
            }
        )
        #expect(values == [.null, .integer(1), .real(1.5), .text("a"), .blob([0, 255])])
    }

    @Test func readingNullAsNonOptionalThrows() throws {
        let database = try SQLiteDatabase.inMemory()
        #expect(throws: SQLiteError.self) {
            _ = try database.scalar("SELECT NULL", as: Int.self)
        }
    }

    @Test func errorCarriesExtendedCodeAndSQLButNotArguments() throws {
        let database = try makeDatabase()
        try database.execute("INSERT INTO item (name) VALUES (?)", ["secret"])
        let error = try #require(throws: SQLiteError.self) {
            try database.execute("INSERT INTO item (name) VALUES (?)", ["secret"])
        }
        #expect(error.code == 19)  // SQLITE_CONSTRAINT
        #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.sql == "INSERT INTO item (name) VALUES (?)")
        #expect(error.message.hasPrefix("UNIQUE constraint failed: item.name"))
        #expect(!String(describing: error).contains("secret"))
    }

    @Test func prepareErrorNamesTheSQL() throws {
        let database = try makeDatabase()
        let error = try #require(throws: SQLiteError.self) { try database.makeStatement("SELEC 1") }
        #expect(error.code == 1)
        #expect(error.sql == "SELEC 1")
    }

    @Test func transactionCommitsWhenBodyReturns() throws {
        let database = try makeDatabase()
        let id = try database.transaction {
            try database.execute("INSERT INTO item (name) VALUES (?)", ["a"])
            return 42
        }
        #expect(id == 42)
        #expect(try database.scalar("SELECT count(*) FROM item", as: Int.self) == 1)
        #expect(!database.isInTransaction)
    }

    @Test func transactionRollsBackAndRethrowsTheBodysError() throws {
        struct Abort: Error {}
        let database = try makeDatabase()
        #expect(throws: Abort.self) {
            try database.transaction {
                try database.execute("INSERT INTO item (name) VALUES (?)", ["a"])
                throw Abort()
            }
        }
        #expect(try database.scalar("SELECT count(*) FROM item", as: Int.self) == 0)
        #expect(!database.isInTransaction)
    }

    @Test func failingStatementRollsBackEarlierWrites() throws {
        let database = try makeDatabase()
        let error = try #require(throws: SQLiteError.self) {
            try database.transaction {
                try database.execute("INSERT INTO item (name) VALUES (?)", ["a"])
                try database.execute("INSERT INTO item (name) VALUES (?)", ["a"])
            }
        }
        #expect(error.code == 19)
        #expect(try database.scalar("SELECT count(*) FROM item", as: Int.self) == 0)
    }

    @Test func nestedTransactionRollsBackOnlyItsOwnWrites() throws {
        struct Abort: Error {}
        let database = try makeDatabase()
        try database.transaction {
            try database.execute("INSERT INTO item (name) VALUES (?)", ["outer"])
            #expect(throws: Abort.self) {
                try database.transaction {
                    try database.execute("INSERT INTO item (name) VALUES (?)", ["inner"])
                    throw Abort()
                }
            }
        }
        let names = try database.rows("SELECT name FROM item") { try $0.column(0, as: String.self) }
        #expect(names == ["outer"])
    }

    @Test func cachedStatementIsReusedAndResetBetweenRuns() throws {
        let database = try makeDatabase()
        let insert = try database.cachedStatement("INSERT INTO item (name, score) VALUES (?, ?)")
        #expect(try database.cachedStatement("INSERT INTO item (name, score) VALUES (?, ?)") === insert)
        for index in 0..<3 {
            try insert.execute(["n\(index)", Double(index)])
        }
        let select = try database.cachedStatement("SELECT name FROM item ORDER BY id")
        // Stopping after the first row must reset the statement, so the next run starts from the top.
        #expect(try select.firstRow { try $0.column(0, as: String.self) } == "n0")
        #expect(try select.rows { try $0.column(0, as: String.self) } == ["n0", "n1", "n2"])
    }

    @Test func statementOutlivesTheDatabaseObject() throws {
        var database: SQLiteDatabase? = try SQLiteDatabase.inMemory()
        let statement = try #require(try database?.makeStatement("SELECT 1"))
        database = nil
        #expect(try statement.firstRow { try $0.column(0, as: Int.self) } == 1)
    }
}
