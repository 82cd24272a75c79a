import Foundation
import Testing
import PrepContent
import PrepStore
import PrepTestSupport

struct MigratorTests {
    private func tables(of database: SQLiteDatabase) throws -> [String] {
        try database.rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") { try $0.column(0) }
    }

    @Test func migratesAnEmptyDatabaseToTheLatestSchema() throws {
        let database = try SQLiteDatabase.inMemory()
        #expect(try Migrator.userVersion(of: database) == 0)
        try Schema.migrator.migrate(database)
        #expect(try Migrator.userVersion(of: database) == Schema.latestVersion)
        #expect(try Migrator.applicationID(of: database) == Migrator.applicationID)
        #expect(
            try tables(of: database)
                == ["article", "card", "card_action", "check_run", "card_state", "quiz_session", "review_log", "setting"].sorted()
        )
    }

    /// Version 2 makes a card whose row only buries it count as new again; suspended ones stay out.
    @Test func versionTwoRecountsNewCardsOfAVersionOneDatabase() throws {
        let database = try SQLiteDatabase.inMemory()
        try Migrator(migrations: [Schema.version1]).migrate(database)
        try database.execute("INSERT INTO article VALUES (1, 'a.md', 't', 'a', 'en', 'A', 'markdown', 'h', 0)")
        for key in ["buried", "suspended"] {
            try database.execute("INSERT INTO card (key, lang, article_id, topic, kind, front, back, source_path, source_line, position) VALUES (?, 'en', 1, 't', 'qa', 'f', 'b', 'a.md', 1, 0)", [key])
        }
        try database.execute("INSERT INTO card_state (key, state, due, buried_until) VALUES ('buried', 1, 0, 10)")
        try database.execute("INSERT INTO card_state (key, state, due, suspended) VALUES ('suspended', 1, 0, 1)")
        try Schema.migrator.migrate(database)
        let newKeys: [String] = try database.rows("SELECT key FROM card WHERE is_new = 1 ORDER BY key") { try $0.column(0) }
        #expect(newKeys == ["buried"])
    }

    /// Version 3 keeps a cloze card's parts as data: a version 2 card has them read from its front and back once,
    /// its other extra fields kept; a card whose front does not line up with its back is left without.
    @Test func versionThreeGivesStoredClozeCardsTheirParts() throws {
        let database = try SQLiteDatabase.inMemory()
        try Migrator(migrations: [Schema.version1, Schema.version2]).migrate(database)
        try database.execute("INSERT INTO article VALUES (1, 't/a.en.md', 't', 'a', 'en', 'A', 'markdown', 'h', 0)")
        let rows: [(String, String, String, String?)] = [
            ("t/a/c/c1", "A [hint] and […] end", "A one and two end", #"{"also":["uno"]}"#),
            ("t/a/c/c2", "No placeholder", "Something else", nil),
        ]
        for (key, front, back, extra) in rows {
            try database.execute(
                "INSERT INTO card (key, lang, article_id, topic, kind, front, back, extra, source_path, source_line, position) VALUES (?, 'en', 1, 't', 'cloze', ?, ?, ?, 't/a.en.md', 1, 0)",
                [key, front, back, extra])
        }
        try database.execute("PRAGMA user_version = 2")
        let folder = try TemporaryDirectory()
        let path = folder.path("v2.sqlite")
        try database.execute("VACUUM INTO ?", [path])
        let store = try Store.open(path: path)
        let cards = try store.cards()
        #expect(cards[0].cloze == ClozeParts(shown: ["A ", " and ", " end"], blanks: [.init(answer: "one", hint: "hint"), .init(answer: "two")]))
        #expect(cards[0].also == ["uno"])
        #expect(cards[1].cloze == nil)
        #expect(try Migrator.userVersion(of: store.database) == Schema.latestVersion)
    }

    @Test func tablesAreStrict() throws {
        let store = try Store.openInMemory()
        #expect(throws: SQLiteError.self) {
            try store.database.execute(
                "INSERT INTO card_state (key, state, due) VALUES (?, ?, ?)", ["k", "learning", 0.0]
            )
        }
    }

    @Test func migratingTwiceChangesNothing() throws {
        let database = try SQLiteDatabase.inMemory()
        try Schema.migrator.migrate(database)
        let changes = database.totalChanges
        try Schema.migrator.migrate(database)
        #expect(database.totalChanges == changes)
    }

    @Test func appliesOnlyNewerMigrationsInOrder() throws {
        let database = try SQLiteDatabase.inMemory()
        let first = Migrator(migrations: [Migration(version: 1, sql: "CREATE TABLE a (x INTEGER)")])
        try first.migrate(database)
        let both = Migrator(migrations: [
            Migration(version: 1, sql: "CREATE TABLE a (x INTEGER)"),
            Migration(version: 2, sql: "ALTER TABLE a ADD COLUMN y TEXT"),
        ])
        try both.migrate(database)
        #expect(try Migrator.userVersion(of: database) == 2)
        #expect(try database.rows("SELECT name FROM pragma_table_info('a')") { try $0.column(0, as: String.self) } == ["x", "y"])
    }

    @Test func failingMigrationLeavesTheLastGoodVersion() throws {
        let database = try SQLiteDatabase.inMemory()
        let migrator = Migrator(migrations: [
            Migration(version: 1, sql: "CREATE TABLE a (x INTEGER)"),
            Migration(version: 2, sql: "CREATE TABLE b (x INTEGER); CREATE TABLE a (x INTEGER)"),
        ])
        #expect(throws: SQLiteError.self) { try migrator.migrate(database) }
        #expect(try Migrator.userVersion(of: database) == 1)
        #expect(try tables(of: database) == ["a"])
    }
}
