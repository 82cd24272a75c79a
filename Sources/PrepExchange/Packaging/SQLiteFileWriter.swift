import Foundation

/// Writes a SQLite database file (format 3, sqlite.org/fileformat2.html) straight from rows, for a file made
/// once and shipped: rowid tables without indexes, each built bottom-up into full pages (`SQLiteTableWriter`).
/// Inserting through SQLite searched its B-tree from the root for every row and was half of an .apkg export;
/// here a row costs about a copy of its bytes.
package struct SQLiteFileWriter {
    package static let pageSize = 4096

    /// Finished tables, in the order of the file; page 1 (the schema) is written last, before them.
    private var tables: [SQLiteTableWriter] = []
    private var open: SQLiteTableWriter?

    package init() {}

    package enum Failure: Error, Equatable {
        /// A row's rowid is not above the one before: a B-tree built in order cannot take it.
        case rowidNotAscending(table: String, rowid: Int64)
    }

    /// Starts a table; `sql` is its `CREATE TABLE` statement, stored as the schema.
    package mutating func startTable(name: String, sql: String, expectedBytes: Int = 0) {
        finishTable()
        open = SQLiteTableWriter(name: name, sql: sql, expectedBytes: expectedBytes)
    }

    /// Appends a row to the table started last. Rowids must ascend, as in a table's B-tree.
    package mutating func appendRow(rowid: Int64, _ record: SQLiteRecord) throws(Failure) {
        guard open != nil else { preconditionFailure("a row outside any table") }
        try open!.appendRow(rowid: rowid, record)
    }

    /// Appends a table built elsewhere (on another core), after the tables before it.
    package mutating func append(_ table: SQLiteTableWriter) {
        finishTable()
        tables.append(table)
    }

    private mutating func finishTable() {
        guard var table = open else { return }
        open = nil
        table.finish()
        tables.append(table)
    }

    /// The finished file in parts to be joined in order: page 1, then each table's pages.
    package mutating func parts() -> [[UInt8]] {
        finishTable()
        var pageCount = 1
        var roots: [Int] = []
        for index in tables.indices {
            tables[index].finish()
            tables[index].move(by: pageCount)
            roots.append(pageCount + tables[index].rootPage!)
            pageCount += tables[index].bytes.count / Self.pageSize
        }
        return [Self.schemaPage(tables: zip(tables, roots).map { ($0.name, $0.sql, $1) }, pageCount: pageCount)]
            + tables.map(\.bytes)
    }

    /// The finished file.
    package mutating func data() -> Data {
        let parts = parts()
        var data = Data(capacity: parts.reduce(0) { $0 + $1.count })
        for part in parts { data.append(contentsOf: part) }
        return data
    }

    /// Page 1: the 100-byte file header and `sqlite_schema`, one row per table.
    private static func schemaPage(tables: [(name: String, sql: String, rootPage: Int)], pageCount: Int) -> [UInt8] {
        var schema = SQLiteTableWriter(name: "sqlite_schema", sql: "", expectedBytes: pageSize, holdsFileHeader: true)
        var record = SQLiteRecord()
        for (index, table) in tables.enumerated() {
            record.removeAll()
            record.append(text: "table")
            record.append(text: table.name)
            record.append(text: table.name)
            record.append(Int64(table.rootPage))
            record.append(text: table.sql)
            try! schema.appendRow(rowid: Int64(index + 1), record)
        }
        schema.finish()
        precondition(schema.bytes.count == pageSize, "the schema must fit on the first page")

        for (offset, byte) in "SQLite format 3\0".utf8.enumerated() { schema.setByte(byte, at: offset) }
        schema.putUInt16(pageSize == 65_536 ? 1 : pageSize, at: 16)
        schema.setByte(1, at: 18)  // write and read versions: rollback journal
        schema.setByte(1, at: 19)
        schema.setByte(64, at: 21)  // payload fractions, fixed by the format
        schema.setByte(32, at: 22)
        schema.setByte(32, at: 23)
        schema.putUInt32(1, at: 24)  // change counter; equal to the number at 92, so the page count at 28 is trusted
        schema.putUInt32(UInt32(pageCount), at: 28)
        schema.putUInt32(1, at: 40)  // schema cookie
        schema.putUInt32(4, at: 44)  // schema format 4: integers 0 and 1 take no bytes
        schema.putUInt32(1, at: 56)  // UTF-8
        schema.putUInt32(1, at: 92)
        schema.putUInt32(3_040_001, at: 96)  // the SQLite version said to have written it
        return schema.bytes
    }

    // MARK: Encoding

    static func varintLength(_ value: UInt64) -> Int {
        if value >> 56 != 0 { return 9 }
        var length = 1
        var rest = value >> 7
        while rest != 0 {
            length += 1
            rest >>= 7
        }
        return length
    }

    /// Big-endian groups of seven bits, the high bit set on all but the last; a ninth byte holds eight.
    @discardableResult
    static func put(varint value: UInt64, into bytes: inout [UInt8], at offset: Int) -> Int {
        if value >> 56 != 0 {
            for index in 0..<8 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (57 - 7 * index)) | 0x80 }
            bytes[offset + 8] = UInt8(truncatingIfNeeded: value)
            return offset + 9
        }
        let length = varintLength(value)
        for index in 0..<length {
            let group = UInt8(truncatingIfNeeded: value >> (7 * (length - 1 - index))) & 0x7F
            bytes[offset + index] = index == length - 1 ? group : group | 0x80
        }
        return offset + length
    }
}
