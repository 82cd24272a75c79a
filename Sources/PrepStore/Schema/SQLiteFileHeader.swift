import Foundation

/// The first 100 bytes of a SQLite file, read without SQLite so that a file can be judged untouched.
/// https://www.sqlite.org/fileformat2.html#the_database_header
struct SQLiteFileHeader {
    static let length = 100
    private static let magic = Array("SQLite format 3\u{0}".utf8)

    let pageSize: Int
    /// Pages according to the header; nil when the header says its count is stale (written by old software).
    let pageCount: Int?

    init?(_ bytes: Data) {
        let bytes = [UInt8](bytes)
        guard bytes.count == Self.length, bytes.starts(with: Self.magic) else { return nil }
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return nil }
        func uint32(at offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        let countIsCurrent = uint32(at: 24) == uint32(at: 92)
        pageCount = countIsCurrent ? uint32(at: 28) : nil
    }

    var expectedFileSize: Int? { pageCount.map { $0 * pageSize } }
}
