import Foundation
import PrepContent
import PrepCore
import Testing
import PrepStore

struct SQLiteBindingTests {
    @Test func typedBindingsStoreEachValueByType() throws {
        let database = try SQLiteDatabase.inMemory()
        try database.execute("CREATE TABLE item (a, b, c, d, e, f)")
        let insert = try database.makeStatement("INSERT INTO item VALUES (?, ?, ?, ?, ?, ?)")
        let bytes: [UInt8] = Array("tags 漢字".utf8)
        for round in 0..<2 {
            try insert.run { row in
                try row.bind(Int64.min + Int64(round), at: 1)
                try row.bind(round, at: 2)
                try row.bind(0.1, at: 3)
                try row.bind("emoji 🟡", at: 4)
                try bytes.withUnsafeBytes { try row.bind(text: $0, at: 5) }
                // Empty bytes are empty text, not NULL.
                try [UInt8]().withUnsafeBytes { try row.bind(text: $0, at: 6) }
            }
        }
        let rows = try database.rows("SELECT a, b, c, d, e, f, typeof(f) FROM item ORDER BY b") { row in
            [
                try row.column(0, as: SQLiteValue.self), try row.column(1, as: SQLiteValue.self),
                try row.column(2, as: SQLiteValue.self), try row.column(3, as: SQLiteValue.self),
                try row.column(4, as: SQLiteValue.self), try row.column(5, as: SQLiteValue.self),
                try row.column(6, as: SQLiteValue.self),
            ]
        }
        #expect(rows.count == 2)
        #expect(rows[1] == [.integer(Int64.min + 1), .integer(1), .real(0.1), .text("emoji 🟡"), .text("tags 漢字"), .text(""), .text("text")])
    }

    @Test func aFailedRunThrowsAndLeavesTheStatementReusable() throws {
        let database = try SQLiteDatabase.inMemory()
        try database.execute("CREATE TABLE item (id INTEGER PRIMARY KEY)")
        let insert = try database.makeStatement("INSERT INTO item VALUES (?)")
        try insert.run { try $0.bind(1, at: 1) }
        let error = try #require(throws: SQLiteError.self) { try insert.run { try $0.bind(1, at: 1) } }
        #expect(error.code == 19)
        try insert.run { try $0.bind(2, at: 1) }
        #expect(try database.scalar("SELECT count(*) FROM item", as: Int.self) == 2)
    }

    @Test func cardContentsAreTheCardsAnExportWrites() throws {
        let store = try Store.openInMemory()
        let now = Fixtures.date(0)
        _ = try store.importArticle(
            Fixtures.article(lang: "zh-Hant", cards: [
                Fixtures.card("a", front: "什麼是 a?", tags: ["x", "y"]), Fixtures.card("zh-only", front: "只有中文"),
            ]),
            now: now
        )
        _ = try store.importArticle(
            Fixtures.article(cards: [Fixtures.card("a", front: "What is a?", kind: .cloze, tags: ["x"])]), now: now)
        // Reordered in its file: the rows keep their places in the table, so the table's order is no longer the
        // article's, which the export must follow.
        _ = try store.importArticle(
            Fixtures.article(
                lang: "zh-Hant", cards: [Fixtures.card("zh-only", front: "只有中文"), Fixtures.card("a", front: "什麼是 a?", tags: ["x", "y"])],
                hash: "hash-2"),
            now: now
        )
        #expect(try store.cardContents(preferring: .zhHant).cards.map(\.key) == ["django/asgi-vs-wsgi/zh-only", "django/asgi-vs-wsgi/a"])
        for lang in Language.allCases {
            let (cards, positions) = try store.cardContents(preferring: lang)
            let full = try store.cards(preferring: lang)
            #expect(cards.map(\.key) == full.map(\.key))
            #expect(cards.map(\.lang) == full.map(\.lang))
            #expect(cards.map(\.kind) == full.map(\.kind))
            #expect(cards.map(\.topic) == full.map(\.topic))
            #expect(cards.map(\.front) == full.map(\.front))
            #expect(cards.map(\.back) == full.map(\.back))
            #expect(cards.map(\.tags) == full.map(\.tags))
            #expect(positions == Dictionary(uniqueKeysWithValues: full.map(\.key).enumerated().map { ($1, $0) }))
        }
        #expect(try store.cardContents(topic: "nothing", preferring: .en).cards.isEmpty)
    }
}
