/// One rowid table of a SQLite file (sqlite.org/fileformat2.html) built from its rows in ascending rowid order,
/// bottom-up into full pages: leaves as they fill, each overflow chain after its leaf, then the levels of interior
/// pages up to the root. Its pages are numbered from 1 as if the table began the file, so tables can be built
/// apart, each on its own core; `SQLiteFileWriter` puts each after the ones before and adds their page count to
/// every page number the table holds.
package struct SQLiteTableWriter: Sendable {
    package let name: String
    package let sql: String
    /// The table's pages, one after another.
    private(set) var bytes: [UInt8]
    /// Where in `bytes` a page number is stored (child pointers, overflow chains): what moving the table shifts.
    private(set) var pageNumbers: [Int] = []
    /// The root's page number, counted within the table; nil until `finish`.
    private(set) var rootPage: Int?
    /// Whether the table's first page is page 1 of the file, which starts with the 100-byte file header.
    private let holdsFileHeader: Bool
    /// The leaf being filled: its page number, cells, where its cell content starts and its last rowid.
    private var leaf: (page: Int, cells: Int, contentStart: Int, lastRowid: Int64)?
    /// Every finished leaf with its largest rowid: the keys of the level above.
    private var leaves: [(page: Int, key: Int64)] = []
    private var lastRowid: Int64 = .min
    private var overflow: [UInt8] = []

    private static let pageSize = SQLiteFileWriter.pageSize

    /// - Parameter expectedBytes: about how large the table will be, so it is allocated once.
    package init(name: String, sql: String, expectedBytes: Int = 0) {
        self.init(name: name, sql: sql, expectedBytes: expectedBytes, holdsFileHeader: false)
    }

    init(name: String, sql: String, expectedBytes: Int, holdsFileHeader: Bool) {
        self.name = name
        self.sql = sql
        self.holdsFileHeader = holdsFileHeader
        bytes = []
        bytes.reserveCapacity(expectedBytes + 2 * Self.pageSize)
    }

    /// Appends a row. Rowids must ascend, as in a table's B-tree.
    package mutating func appendRow(rowid: Int64, _ record: SQLiteRecord) throws(SQLiteFileWriter.Failure) {
        precondition(rootPage == nil, "a row after the table was finished")
        guard rowid > lastRowid else { throw .rowidNotAscending(table: name, rowid: rowid) }
        appendCell(rowid: rowid, record)
    }

    private mutating func appendCell(rowid: Int64, _ record: SQLiteRecord) {
        let payload = record.byteCount
        let local = Self.localPayload(payload)
        let cellSize = SQLiteFileWriter.varintLength(UInt64(payload)) + SQLiteFileWriter.varintLength(UInt64(bitPattern: rowid))
            + local + (local < payload ? 4 : 0)
        if let current = leaf, leafHeaderEnd(current.page, cells: current.cells + 1) > current.contentStart - cellSize {
            finishLeaf()
        }
        if leaf == nil { leaf = (newPage(), 0, Self.pageSize, rowid) }
        var current = leaf!
        current.contentStart -= cellSize
        var offset = (current.page - 1) * Self.pageSize + current.contentStart
        offset = SQLiteFileWriter.put(varint: UInt64(payload), into: &bytes, at: offset)
        offset = SQLiteFileWriter.put(varint: UInt64(bitPattern: rowid), into: &bytes, at: offset)
        if local == payload {
            record.write(into: &bytes, at: offset)
        } else {
            overflow.removeAll(keepingCapacity: true)
            overflow.append(contentsOf: repeatElement(0, count: payload))
            record.write(into: &overflow, at: 0)
            bytes.replaceSubrange(offset..<offset + local, with: overflow[..<local])
            putPageNumber(bytes.count / Self.pageSize + 1, at: offset + local)
            writeOverflowPages(overflow[local...])
        }
        putUInt16(current.contentStart, at: leafHeaderEnd(current.page, cells: current.cells) + (current.page - 1) * Self.pageSize)
        current.cells += 1
        current.lastRowid = rowid
        leaf = current
        lastRowid = rowid
    }

    /// Closes the table: the levels of interior pages above its leaves, up to one root.
    package mutating func finish() {
        guard rootPage == nil else { return }
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
                    contentStart -= 4 + SQLiteFileWriter.varintLength(UInt64(bitPattern: child.key))
                    putPageNumber(child.page, at: base + contentStart)
                    SQLiteFileWriter.put(varint: UInt64(bitPattern: child.key), into: &bytes, at: base + contentStart + 4)
                    putUInt16(contentStart, at: base + 12 + 2 * index)
                }
                writePageHeader(page: page, type: 0x05, cells: children.count - 1, contentStart: contentStart)
                putPageNumber(children.last!.page, at: base + 8)
                above.append((page, children.last!.key))
            }
            level = above
        }
        rootPage = level[0].page
        leaves = []
    }

    /// Adds `pages` to every page number the table holds, for its place after that many pages of the file.
    mutating func move(by pages: Int) {
        for offset in pageNumbers {
            let number = (0..<4).reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
            putUInt32(UInt32(number + pages), at: offset)
        }
    }

    // MARK: Pages

    private static let emptyPage = [UInt8](repeating: 0, count: pageSize)

    private mutating func newPage() -> Int {
        bytes.append(contentsOf: Self.emptyPage)
        return bytes.count / Self.pageSize
    }

    /// Where a leaf's cell pointers end: after its 8-byte header (and the file header on page 1).
    private func leafHeaderEnd(_ page: Int, cells: Int) -> Int {
        (page == 1 && holdsFileHeader ? 100 : 0) + 8 + 2 * cells
    }

    private mutating func finishLeaf() {
        guard let current = leaf else { return }
        writePageHeader(page: current.page, type: 0x0D, cells: current.cells, contentStart: current.contentStart)
        leaves.append((current.page, current.lastRowid))
        leaf = nil
    }

    private mutating func writePageHeader(page: Int, type: UInt8, cells: Int, contentStart: Int) {
        let header = (page - 1) * Self.pageSize + (page == 1 && holdsFileHeader ? 100 : 0)
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
            if remaining.isEmpty { putUInt32(0, at: base) } else { putPageNumber(page + 1, at: base) }
            bytes.replaceSubrange(base + 4..<base + 4 + chunk.count, with: chunk)
        }
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

    private mutating func putPageNumber(_ page: Int, at offset: Int) {
        putUInt32(UInt32(page), at: offset)
        pageNumbers.append(offset)
    }

    mutating func putUInt16(_ value: Int, at offset: Int) {
        bytes[offset] = UInt8(truncatingIfNeeded: value >> 8)
        bytes[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    mutating func putUInt32(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * index)) }
    }

    /// The file header's bytes, on page 1.
    mutating func setByte(_ value: UInt8, at offset: Int) {
        bytes[offset] = value
    }
}
