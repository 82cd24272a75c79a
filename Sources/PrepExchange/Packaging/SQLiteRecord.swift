/// One row in SQLite's record format: a header of serial types (one per column), then the values. Reused row
/// after row (`removeAll`), so building a row allocates nothing once its buffers have grown.
package struct SQLiteRecord {
    private var header: [UInt8] = []
    private var body: [UInt8] = []

    package init() {}

    package mutating func removeAll() {
        header.removeAll(keepingCapacity: true)
        body.removeAll(keepingCapacity: true)
    }

    /// NULL; also what an `INTEGER PRIMARY KEY` column holds, since its value is the rowid.
    package mutating func appendNull() {
        header.append(0)
    }

    /// An integer in the fewest bytes its serial type allows; 0 and 1 take none.
    package mutating func append(_ value: Int64) {
        if value == 0 || value == 1 {
            header.append(value == 0 ? 8 : 9)
            return
        }
        let magnitude = value < 0 ? ~value : value
        let (type, size): (UInt8, Int) =
            switch magnitude {
            case ...0x7F: (1, 1)
            case ...0x7FFF: (2, 2)
            case ...0x7F_FFFF: (3, 3)
            case ...0x7FFF_FFFF: (4, 4)
            case ...0x7FFF_FFFF_FFFF: (5, 6)
            default: (6, 8)
            }
        header.append(type)
        // The value's low `size` bytes, big-endian, appended at once: byte by byte it was the largest single
        // cost of writing the cards and the log.
        withUnsafeBytes(of: value.bigEndian) { body.append(contentsOf: $0[(8 - size)...]) }
    }

    package mutating func append(_ value: Int) {
        append(Int64(value))
    }

    package mutating func append(text: String) {
        appendText { $0.append(contentsOf: text.utf8) }
    }

    /// Text that `write` appends as UTF-8 bytes: for a value joined from parts, without a `String` of it.
    package mutating func appendText(_ write: (inout [UInt8]) -> Void) {
        let start = body.count
        write(&body)
        appendSerialType(UInt64(2 * (body.count - start) + 13))
    }

    private mutating func appendSerialType(_ type: UInt64) {
        let length = SQLiteFileWriter.varintLength(type)
        header.append(contentsOf: repeatElement(0, count: length))
        SQLiteFileWriter.put(varint: type, into: &header, at: header.count - length)
    }

    /// The header's size counts the varint that holds it.
    private var headerSize: Int {
        var size = header.count + 1
        while SQLiteFileWriter.varintLength(UInt64(size)) != size - header.count { size += 1 }
        return size
    }

    var byteCount: Int { headerSize + body.count }

    /// Writes the record over `byteCount` bytes of `bytes` from `offset`.
    func write(into bytes: inout [UInt8], at offset: Int) {
        let start = SQLiteFileWriter.put(varint: UInt64(headerSize), into: &bytes, at: offset)
        bytes.withUnsafeMutableBytes { target in
            header.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: target[start..<start + $0.count]).copyMemory(from: $0) }
            let bodyStart = start + header.count
            body.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: target[bodyStart..<bodyStart + $0.count]).copyMemory(from: $0) }
        }
    }
}
