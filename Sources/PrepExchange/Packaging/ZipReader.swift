import CZlib
import Foundation

/// Reads a ZIP archive held in memory: the central directory at the end, then each entry's data, STORED
/// or DEFLATEd (PKWARE APPNOTE 4.3; ZIP64 sizes are refused, as no Anki package comes near 4 GiB).
package struct ZipReader {
    package struct Entry: Sendable {
        package var name: String
        package var method: UInt16
        package var compressedSize: Int
        package var size: Int
        package var crc: UInt32
        /// Offset of the entry's local header.
        package var headerOffset: Int
    }

    package enum Failure: Error, Equatable {
        /// No end-of-central-directory record: not a ZIP file (or one cut short).
        case notZip
        /// A header or entry runs past the end of the file, or a size is ZIP64's marker.
        case damaged(String)
        /// A compression method other than stored (0) and deflate (8).
        case unsupportedMethod(name: String, method: UInt16)
        /// The data did not inflate to the size and CRC-32 the directory gives.
        case corrupt(String)
    }

    package let bytes: [UInt8]
    package let entries: [Entry]

    package init(_ data: Data) throws(Failure) {
        let bytes = [UInt8](data)
        self.bytes = bytes
        entries = try Self.directory(bytes)
    }

    package func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The entry's bytes, inflated when deflated, checked against its CRC-32.
    package func data(of entry: Entry) throws(Failure) -> [UInt8] {
        let header = entry.headerOffset
        guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else { throw .damaged(entry.name) }
        let start = header + 30 + Int(Self.u16(bytes, header + 26)) + Int(Self.u16(bytes, header + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .damaged(entry.name) }
        let raw = bytes[start..<start + entry.compressedSize]
        let output: [UInt8]
        switch entry.method {
        case 0: output = Array(raw)
        case 8: output = try Self.inflate(raw, size: entry.size, name: entry.name)
        default: throw .unsupportedMethod(name: entry.name, method: entry.method)
        }
        guard output.count == entry.size, CRC32.checksum(output) == entry.crc else { throw .corrupt(entry.name) }
        return output
    }

    private static func directory(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        // The end record is 22 bytes plus a comment of up to 65,535, so it is searched for from the end.
        guard bytes.count >= 22 else { throw .notZip }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest, u32(bytes, end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw .notZip }
        let count = Int(u16(bytes, end + 10))
        var offset = Int(u32(bytes, end + 16))
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(bytes, offset) == 0x0201_4B50 else { throw .damaged("central directory") }
            let nameLength = Int(u16(bytes, offset + 28))
            let extraLength = Int(u16(bytes, offset + 30))
            let commentLength = Int(u16(bytes, offset + 32))
            guard offset + 46 + nameLength <= bytes.count else { throw .damaged("central directory") }
            let name = String(decoding: bytes[offset + 46..<offset + 46 + nameLength], as: UTF8.self)
            let compressed = u32(bytes, offset + 20), size = u32(bytes, offset + 24), header = u32(bytes, offset + 42)
            guard compressed != 0xFFFF_FFFF, size != 0xFFFF_FFFF, header != 0xFFFF_FFFF else { throw .damaged(name) }
            entries.append(Entry(
                name: name, method: u16(bytes, offset + 10), compressedSize: Int(compressed), size: Int(size),
                crc: u32(bytes, offset + 16), headerOffset: Int(header)))
            offset += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// Raw DEFLATE (no zlib header, as ZIP stores it) into a buffer of the size the directory gives.
    private static func inflate(_ input: ArraySlice<UInt8>, size: Int, name: String) throws(Failure) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        guard prep_inflate_init_raw(&stream) == Z_OK else { throw .corrupt(name) }
        defer { inflateEnd(&stream) }
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        // An empty entry has no room to write into, and zlib reports that as a buffer error.
        guard status == Z_STREAM_END || (size == 0 && status == Z_BUF_ERROR) else { throw .corrupt(name) }
        return output
    }

    private static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
