import Foundation

/// CRC-32 as ZIP, PNG and Ethernet define it (IEEE 802.3, reflected polynomial 0xEDB88320).
package enum CRC32 {
    /// Slicing-by-8 tables, one after another: table 0 is the classic byte table; entry `i` of table `k` is
    /// the CRC of byte `i` followed by `k` zero bytes, so eight bytes are folded in per step rather than one
    /// (an .apkg of 100,000 cards checksums tens of megabytes).
    private static let flatTable: [UInt32] = {
        var table = (0..<256).map { index in
            var value = UInt32(index)
            for _ in 0..<8 {
                value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
            }
            return value
        }
        for k in 1..<8 {
            for index in 0..<256 {
                let previous = table[(k - 1) * 256 + index]
                table.append(table[Int(previous & 0xFF)] ^ (previous >> 8))
            }
        }
        return table
    }()

    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        update(0, with: bytes)
    }

    /// Over contiguous bytes, which is several times faster than stepping through `Data` as a sequence.
    package static func checksum(_ data: Data) -> UInt32 {
        data.withUnsafeBytes { update(0, with: $0) }
    }

    /// Continues `crc` (a finished checksum of the bytes before) over more bytes.
    package static func update(_ crc: UInt32, with bytes: some Sequence<UInt8>) -> UInt32 {
        if let result = bytes.withContiguousStorageIfAvailable({ update(crc, buffer: UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(bytes).withUnsafeBytes { update(crc, buffer: $0) }
    }

    private static func update(_ crc: UInt32, buffer: UnsafeRawBufferPointer) -> UInt32 {
        var value = ~crc
        flatTable.withUnsafeBufferPointer { table in
            var index = 0
            let count = buffer.count
            while index + 8 <= count {
                let low = value ^ buffer.loadUnaligned(fromByteOffset: index, as: UInt32.self).littleEndian
                let high = buffer.loadUnaligned(fromByteOffset: index + 4, as: UInt32.self).littleEndian
                value = table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
                    ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ table[256 + Int((high >> 16) & 0xFF)] ^ table[Int(high >> 24)]
                index += 8
            }
            while index < count {
                value = table[Int((value ^ UInt32(buffer[index])) & 0xFF)] ^ (value >> 8)
                index += 1
            }
        }
        return ~value
    }
}
