import Foundation

/// Writes a SQLite database file (format 3, sqlite.org/fileformat2.html) straight from rows, for a file made
/// once and shipped: rowid tables without indexes, each filled in ascending rowid order, built bottom-up into
/// full pages. Inserting through SQLite searched its B-tree from the root for every row and was half of an
/// .apkg export; here a row costs about a copy of its bytes.
package struct SQLiteFileWriter {
    package static let pageSize = 4096

    /// The file so far, page after page; page 1 (the schema) is written last.
    private var bytes: [UInt8]
    private var tables: [(name: String, sql: String, rootPage: Int)] = []
    private var open: (name: String, sql: String)?
    /// The leaf being filled: its page number, cells, where its cell content starts and its last rowid.
    private var leaf: (page: Int, cells: Int, contentStart: Int, lastRowid: Int64)?
    /// Every finished leaf of the open table with its largest rowid: the keys of the level above.
    private var leaves: [(page: Int, key: Int64)] = []
    private var lastRowid: Int64 = .min
    private var overflow: [UInt8] = []

    /// - Parameter expectedBytes: about how large the file will be, so it is allocated once.
    package init(expectedBytes: Int = 0) {
        bytes = []
        bytes.reserveCapacity(expectedBytes + 2 * Self.pageSize)
        bytes.append(contentsOf: Self.emptyPage)
    }

    /// Starts a table; `sql` is its `CREATE TABLE` statement, stored as the schema.
    package mutating func startTable(name: String, sql: String) {
        finishTable()
        open = (name, sql)
        lastRowid = .min
    }

    package enum Failure: Error, Equatable {
        /// A row's rowid is not above the one before: a B-tree built in order cannot take it.
        case rowidNotAscending(table: String, rowid: Int64)
    }

    /// Appends a row to the table started last. Rowids must ascend, as in a table's B-tree.
    package mutating func appendRow(rowid: Int64, _ record: SQLiteRecord) throws(Failure) {
        guard let table = open else { preconditionFailure("a row outside any table") }
        guard rowid > lastRowid else { throw .rowidNotAscending(table: table.name, rowid: rowid) }
        appendCell(rowid: rowid, record)
    }

    private mutating func appendCell(rowid: Int64, _ record: SQLiteRecord) {
        let payload = record.byteCount
        let local = Self.localPayload(payload)
        let cellSize = Self.varintLength(UInt64(payload)) + Self.varintLength(UInt64(bitPattern: rowid)) + local
            + (local < payload ? 4 : 0)
        if let current = leaf, Self.leafHeaderEnd(current.page, cells: current.cells + 1) > current.contentStart - cellSize {
            finishLeaf()
        }
        if leaf == nil { leaf = (newPage(), 0, Self.pageSize, rowid) }
        var current = leaf!
        current.contentStart -= cellSize
        var offset = (current.page - 1) * Self.pageSize + current.contentStart
        offset = put(varint: UInt64(payload), at: offset)
        offset = put(varint: UInt64(bitPattern: rowid), at: offset)
        if local == payload {
            record.write(into: &bytes, at: offset)
        } else {
            overflow.removeAll(keepingCapacity: true)
            overflow.append(contentsOf: repeatElement(0, count: payload))
            record.write(into: &overflow, at: 0)
            bytes.replaceSubrange(offset..<offset + local, with: overflow[..<local])
            putUInt32(UInt32(bytes.count / Self.pageSize + 1), at: offset + local)
            writeOverflowPages(overflow[local...])
        }
        putUInt16(current.contentStart, at: Self.leafHeaderEnd(current.page, cells: current.cells) + (current.page - 1) * Self.pageSize)
        current.cells += 1
        current.lastRowid = rowid
        leaf = current
        lastRowid = rowid
    }

    /// The finished file.
    package mutating func data() -> Data {
        finishTable()
        writeSchemaPage()
        return Data(bytes)
    }

    // MARK: Pages

    private static let emptyPage = [UInt8](repeating: 0, count: pageSize)

    private mutating func newPage() -> Int {
        bytes.append(contentsOf: Self.emptyPage)
        return bytes.count / Self.pageSize
    }

    /// Where a leaf's cell pointers end: after its 8-byte header (and the file header on page 1).
    private static func leafHeaderEnd(_ page: Int, cells: Int) -> Int {
        (page == 1 ? 100 : 0) + 8 + 2 * cells
    }

    private mutating func finishLeaf() {
        guard let current = leaf else { return }
        writePageHeader(page: current.page, type: 0x0D, cells: current.cells, contentStart: current.contentStart)
        leaves.append((current.page, current.lastRowid))
        leaf = nil
    }

    /// Closes the open table: the levels of interior pages above its leaves, up to one root.
    private mutating func finishTable() {
        guard let table = open else { return }
        // An empty table is one empty leaf.
        if leaf == nil && leaves.isEmpty { leaf = (newPage(), 0, Self.pageSize, 0) }
        finishLeaf()
        var level = leaves
        // Cells of at most 4 + 9 bytes and their pointers; every page gets at least two children.
        let fanout = (Self.pageSize - 12) / 15 + 1
        while level.count > 1 {
            let pageCount = (level.count + fanout - 1) / fanout
            let perPage = (level.count + pageCount - 1) / pageCount
            var above: [(page: Int, key: Int64)] = []
            for start in stride(from: 0, to: level.count, by: perPage) {
                let children = level[start..<min(start + perPage, level.count)]
                let page = newPage()
                let base = (page - 1) * Self.pageSize
                var contentStart = Self.pageSize
                for (index, child) in children.dropLast().enumerated() {
                    contentStart -= 4 + Self.varintLength(UInt64(bitPattern: child.key))
                    putUInt32(UInt32(child.page), at: base + contentStart)
                    _ = put(varint: UInt64(bitPattern: child.key), at: base + contentStart + 4)
                    putUInt16(contentStart, at: base + 12 + 2 * index)
                }
                writePageHeader(page: page, type: 0x05, cells: children.count - 1, contentStart: contentStart)
                putUInt32(UInt32(children.last!.page), at: base + 8)
                above.append((page, children.last!.key))
            }
            level = above
        }
        tables.append((table.name, table.sql, level[0].page))
        leaves = []
        open = nil
    }

    private mutating func writePageHeader(page: Int, type: UInt8, cells: Int, contentStart: Int) {
        let header = (page - 1) * Self.pageSize + (page == 1 ? 100 : 0)
        bytes[header] = type
        putUInt16(cells, at: header + 3)
        // 65,536 does not fit in two bytes and is written as 0.
        putUInt16(contentStart & 0xFFFF, at: header + 5)
    }

    /// The rest of a payload that does not fit its cell, in a chain of pages each naming the next.
    private mutating func writeOverflowPages(_ rest: ArraySlice<UInt8>) {
        var remaining = rest
        while !remaining.isEmpty {
            let page = newPage()
            let chunk = remaining.prefix(Self.pageSize - 4)
            remaining = remaining.dropFirst(chunk.count)
            let base = (page - 1) * Self.pageSize
            putUInt32(remaining.isEmpty ? 0 : UInt32(page + 1), at: base)
            bytes.replaceSubrange(base + 4..<base + 4 + chunk.count, with: chunk)
        }
    }

    /// Page 1: the 100-byte file header and `sqlite_schema`, one row per table.
    private mutating func writeSchemaPage() {
        precondition(leaf == nil && leaves.isEmpty)
        var record = SQLiteRecord()
        leaf = (1, 0, Self.pageSize, 0)
        for (index, table) in tables.enumerated() {
            record.removeAll()
            record.append(text: "table")
            record.append(text: table.name)
            record.append(text: table.name)
            record.append(Int64(table.rootPage))
            record.append(text: table.sql)
            appendCell(rowid: Int64(index + 1), record)
            precondition(leaf?.page == 1, "the schema must fit on the first page")
        }
        let schema = leaf!
        writePageHeader(page: 1, type: 0x0D, cells: schema.cells, contentStart: schema.contentStart)
        leaf = nil

        let header: [UInt8] = Array("SQLite format 3\0".utf8)
        bytes.replaceSubrange(0..<16, with: header)
        putUInt16(Self.pageSize == 65_536 ? 1 : Self.pageSize, at: 16)
        bytes[18] = 1  // write and read versions: rollback journal
        bytes[19] = 1
        bytes[21] = 64  // payload fractions, fixed by the format
        bytes[22] = 32
        bytes[23] = 32
        putUInt32(1, at: 24)  // change counter; equal to the number at 92, so the page count at 28 is trusted
        putUInt32(UInt32(bytes.count / Self.pageSize), at: 28)
        putUInt32(1, at: 40)  // schema cookie
        putUInt32(4, at: 44)  // schema format 4: integers 0 and 1 take no bytes
        putUInt32(1, at: 56)  // UTF-8
        putUInt32(1, at: 92)
        putUInt32(3_040_001, at: 96)  // the SQLite version said to have written it
    }

    // MARK: Encoding

    /// How much of a payload stays in its cell on a table leaf (the rest overflows), as the format defines it.
    private static func localPayload(_ payload: Int) -> Int {
        let usable = pageSize
        let maxLocal = usable - 35
        guard payload > maxLocal else { return payload }
        let minLocal = (usable - 12) * 32 / 255 - 23
        let k = minLocal + (payload - minLocal) % (usable - 4)
        return k <= maxLocal ? k : minLocal
    }

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

    private mutating func put(varint value: UInt64, at offset: Int) -> Int {
        Self.put(varint: value, into: &bytes, at: offset)
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

    private mutating func putUInt16(_ value: Int, at offset: Int) {
        bytes[offset] = UInt8(truncatingIfNeeded: value >> 8)
        bytes[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    private mutating func putUInt32(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * index)) }
    }
}
