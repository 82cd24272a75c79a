import CZlib
import Dispatch
import Foundation

/// A ZIP archive whose entries are STORED (method 0, no compression): local headers with their data, then the
/// central directory and its end record (PKWARE APPNOTE 4.3). No data descriptors and no ZIP64, so every entry
/// and the whole archive must stay under 4 GiB.
package struct StoredZipArchive {
    package struct Entry {
        package var name: String
        /// The entry's bytes in parts, joined in order: a file written in parts is never joined before the archive.
        package var parts: [[UInt8]]

        package init(name: String, parts: [[UInt8]]) {
            self.name = name
            self.parts = parts
        }

        package init(name: String, data: Data) {
            self.init(name: name, parts: [[UInt8](data)])
        }

        var size: Int { parts.reduce(0) { $0 + $1.count } }
    }

    package enum Failure: Error {
        case tooLarge(String)
        case nameNotASCII(String)
    }

    package var entries: [Entry]
    /// Stamped on every entry, in MS-DOS form; the default is the earliest date DOS can hold, so equal
    /// entries always make equal archives.
    package var modified: DateComponents

    package init(entries: [Entry], modified: DateComponents = DateComponents(year: 1980, month: 1, day: 1)) {
        self.entries = entries
        self.modified = modified
    }

    /// Pieces of entry data to copy into the archive and checksum, at most this long, so both cores share
    /// the work evenly.
    private static let pieceLength = 1 << 20

    /// The archive's bytes, allocated once: each entry's data is copied in and checksummed piece by piece,
    /// the pieces spread over the cores, and the headers written around it once the checksums are known.
    package func data() throws(Failure) -> Data {
        for entry in entries where !entry.name.utf8.allSatisfy({ $0 < 0x80 }) { throw .nameNotASCII(entry.name) }
        let names = entries.map { Array($0.name.utf8) }
        let sizes = entries.map(\.size)
        var localOffsets: [Int] = []
        var length = 0
        for (entry, (name, size)) in zip(entries, zip(names, sizes)) {
            guard size < Int(UInt32.max), length < Int(UInt32.max) else { throw .tooLarge(entry.name) }
            localOffsets.append(length)
            length += 30 + name.count + size
        }
        let directoryOffset = length
        let directorySize = names.reduce(0) { $0 + 46 + $1.count }
        guard directoryOffset + directorySize < Int(UInt32.max), entries.count < Int(UInt16.max) else {
            throw .tooLarge("the archive")
        }
        var archive = Data(count: directoryOffset + directorySize + 22)

        // (entry, part, range in the part, offset in the archive), in order.
        var pieces: [(entry: Int, part: Int, range: Range<Int>, offset: Int)] = []
        for (index, entry) in entries.enumerated() {
            var offset = localOffsets[index] + 30 + names[index].count
            for (partIndex, part) in entry.parts.enumerated() {
                for start in stride(from: 0, to: part.count, by: Self.pieceLength) {
                    let range = start..<min(start + Self.pieceLength, part.count)
                    pieces.append((index, partIndex, range, offset))
                    offset += range.count
                }
            }
        }
        var checksums = [UInt32](repeating: 0, count: pieces.count)
        archive.withUnsafeMutableBytes { buffer in
            checksums.withUnsafeMutableBufferPointer { results in
                nonisolated(unsafe) let target = buffer
                nonisolated(unsafe) let results = results
                let (entries, pieces) = (entries, pieces)
                DispatchQueue.concurrentPerform(iterations: pieces.count) { index in
                    let piece = pieces[index]
                    results[index] = entries[piece.entry].parts[piece.part][piece.range].withUnsafeBytes { source in
                        UnsafeMutableRawBufferPointer(rebasing: target[piece.offset..<piece.offset + source.count]).copyMemory(from: source)
                        return UInt32(crc32_z(0, source.baseAddress?.assumingMemoryBound(to: Bytef.self), source.count))
                    }
                }
            }
        }
        var crcs = [UInt32](repeating: 0, count: entries.count)
        for (piece, checksum) in zip(pieces, checksums) {
            crcs[piece.entry] = UInt32(crc32_combine(uLong(crcs[piece.entry]), uLong(checksum), off_t(piece.range.count)))
        }

        let (time, date) = dosTimeAndDate
        var writer = HeaderWriter(data: archive)
        archive = Data()
        var directory = directoryOffset
        for index in entries.indices {
            let (name, size, crc) = (names[index], UInt32(sizes[index]), crcs[index])
            writer.at = localOffsets[index]
            writer.put(UInt32(0x0403_4B50))
            writer.put(UInt16(10))  // version needed: 1.0, plain stored files
            writer.put(UInt16(0))  // flags
            writer.put(UInt16(0))  // method: stored
            writer.put(time)
            writer.put(date)
            writer.put(crc)
            writer.put(size)  // compressed size
            writer.put(size)  // uncompressed size
            writer.put(UInt16(name.count))
            writer.put(UInt16(0))  // extra field length
            writer.put(name)

            writer.at = directory
            writer.put(UInt32(0x0201_4B50))
            writer.put(UInt16(0x031E))  // made by: Unix, spec 3.0
            writer.put(UInt16(10))
            writer.put(UInt16(0))
            writer.put(UInt16(0))
            writer.put(time)
            writer.put(date)
            writer.put(crc)
            writer.put(size)
            writer.put(size)
            writer.put(UInt16(name.count))
            writer.put(UInt16(0))  // extra field length
            writer.put(UInt16(0))  // comment length
            writer.put(UInt16(0))  // disk number
            writer.put(UInt16(0))  // internal attributes
            writer.put(UInt32(0o100644) << 16)  // external attributes: a regular file, rw-r--r--
            writer.put(UInt32(localOffsets[index]))
            writer.put(name)
            directory = writer.at
        }
        writer.put(UInt32(0x0605_4B50))
        writer.put(UInt16(0))  // this disk
        writer.put(UInt16(0))  // disk with the directory
        writer.put(UInt16(entries.count))
        writer.put(UInt16(entries.count))
        writer.put(UInt32(directorySize))
        writer.put(UInt32(directoryOffset))
        writer.put(UInt16(0))  // comment length
        return writer.data
    }

    /// Little-endian fields written over the archive's bytes from `at` on.
    private struct HeaderWriter {
        var data: Data
        var at = 0

        mutating func put<T: FixedWidthInteger>(_ value: T) {
            Swift.withUnsafeBytes(of: value.littleEndian) { bytes in
                data.replaceSubrange(at..<at + bytes.count, with: bytes)
            }
            at += MemoryLayout<T>.size
        }

        mutating func put(_ bytes: [UInt8]) {
            data.replaceSubrange(at..<at + bytes.count, with: bytes)
            at += bytes.count
        }
    }

    /// MS-DOS time (2-second resolution) and date (years from 1980).
    private var dosTimeAndDate: (UInt16, UInt16) {
        let year = max(1980, min(2107, modified.year ?? 1980))
        let time = (modified.hour ?? 0) << 11 | (modified.minute ?? 0) << 5 | (modified.second ?? 0) / 2
        let date = (year - 1980) << 9 | (modified.month ?? 1) << 5 | (modified.day ?? 1)
        return (UInt16(truncatingIfNeeded: time), UInt16(truncatingIfNeeded: date))
    }
}
