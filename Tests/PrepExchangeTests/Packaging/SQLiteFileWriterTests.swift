import Foundation
import PrepStore
import Testing
@testable import PrepExchange

struct SQLiteFileWriterTests {
    /// Enough rows for two levels of interior pages, texts long enough to overflow into chains of pages, and
    /// integers of every width: SQLite reads back each value and finds nothing wrong with the file.
    @Test func sqliteReadsBackEveryRowOfAFileWrittenPageByPage() throws {
        var file = SQLiteFileWriter()
        var row = SQLiteRecord()
        file.startTable(name: "items", sql: "CREATE TABLE items (id integer primary key, number integer, label text, note text)")
        let integers: [Int64] = [0, 1, -1, 127, -129, 40_000, -8_388_609, 2_147_483_648, 1 << 47, .max, .min]
        let count = 120_000
        for index in 0..<count {
            row.removeAll()
            row.appendNull()
            row.append(integers[index % integers.count])
            row.append(text: "label \(index) — ü")
            if index % 10_007 == 0 {
                row.append(text: String(repeating: "long \(index) ", count: 1 + index / 40))
            } else {
                row.appendNull()
            }
            try file.appendRow(rowid: Int64(index) * 3 + 1_700_000_000_000, row)
        }
        file.startTable(name: "empty", sql: "CREATE TABLE empty (a integer, b text)")
        file.startTable(name: "pairs", sql: "CREATE TABLE pairs (a integer, b text)")
        for index in 1...3 {
            row.removeAll()
            row.append(index)
            row.append(text: "")
            try file.appendRow(rowid: Int64(index), row)
        }
        let database = try SQLiteDatabase.deserialized([UInt8](file.data()))

        #expect(try database.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        #expect(try database.scalar("SELECT count(*) FROM items", as: Int.self) == count)
        #expect(try database.scalar("SELECT count(*) FROM empty", as: Int.self) == 0)
        #expect(try database.scalar("SELECT group_concat(a) FROM pairs WHERE b = ''", as: String.self) == "1,2,3")
        let rows = try database.rows("SELECT id, number, label, note FROM items ORDER BY id") { result in
            (
                try result.column(0, as: Int64.self), try result.column(1, as: Int64.self), try result.column(2, as: String.self),
                try result.column(3, as: String?.self)
            )
        }
        #expect(rows.count == count)
        for (index, result) in rows.enumerated() {
            #expect(result.0 == Int64(index) * 3 + 1_700_000_000_000)
            #expect(result.1 == integers[index % integers.count])
            #expect(result.2 == "label \(index) — ü")
            #expect(result.3 == (index % 10_007 == 0 ? String(repeating: "long \(index) ", count: 1 + index / 40) : nil))
        }
        // Seeks go through the interior pages.
        #expect(try database.scalar("SELECT label FROM items WHERE id = ?", [Int64(98_765) * 3 + 1_700_000_000_000], as: String.self)
            == "label 98765 — ü")
    }

    @Test func aRowidBelowTheOneBeforeIsRefused() throws {
        var file = SQLiteFileWriter()
        var row = SQLiteRecord()
        row.append(1)
        file.startTable(name: "t", sql: "CREATE TABLE t (a integer)")
        try file.appendRow(rowid: 5, row)
        #expect(throws: SQLiteFileWriter.Failure.rowidNotAscending(table: "t", rowid: 5)) { try file.appendRow(rowid: 5, row) }
    }
}
