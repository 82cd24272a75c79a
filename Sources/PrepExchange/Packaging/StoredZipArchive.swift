import Foundation

/// A ZIP archive whose entries are STORED (method 0, no compression), so it needs no compression library:
/// local headers with their data, then the central directory and its end record (PKWARE APPNOTE 4.3).
/// No data descriptors and no ZIP64, so every entry and the whole archive must stay under 4 GiB.
package struct StoredZipArchive {
    package struct Entry {
        package var name: String
        package var data: Data

        package init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
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

    /// The archive's bytes.
    package func data() throws(Failure) -> Data {
        var archive = Data()
        // One allocation for the whole archive: growing by doubling would copy a large collection several times.
        archive.reserveCapacity(entries.reduce(22) { $0 + 2 * (46 + $1.name.utf8.count) + $1.data.count })
        var directory = Data()
        let (time, date) = dosTimeAndDate
        for entry in entries {
            guard entry.name.utf8.allSatisfy({ $0 < 0x80 }) else { throw .nameNotASCII(entry.name) }
            guard entry.data.count < Int(UInt32.max), archive.count < Int(UInt32.max) else { throw .tooLarge(entry.name) }
            let name = Array(entry.name.utf8)
            let crc = CRC32.checksum(entry.data)
            let size = UInt32(entry.data.count)
            let offset = UInt32(archive.count)

            archive.appendLittleEndian(UInt32(0x0403_4B50))
            archive.appendLittleEndian(UInt16(10))  // version needed: 1.0, plain stored files
            archive.appendLittleEndian(UInt16(0))  // flags
            archive.appendLittleEndian(UInt16(0))  // method: stored
            archive.appendLittleEndian(time)
            archive.appendLittleEndian(date)
            archive.appendLittleEndian(crc)
            archive.appendLittleEndian(size)  // compressed size
            archive.appendLittleEndian(size)  // uncompressed size
            archive.appendLittleEndian(UInt16(name.count))
            archive.appendLittleEndian(UInt16(0))  // extra field length
            archive.append(contentsOf: name)
            archive.append(entry.data)

            directory.appendLittleEndian(UInt32(0x0201_4B50))
            directory.appendLittleEndian(UInt16(0x031E))  // made by: Unix, spec 3.0
            directory.appendLittleEndian(UInt16(10))
            directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(UInt16(0))
            directory.appendLittleEndian(time)
            directory.appendLittleEndian(date)
            directory.appendLittleEndian(crc)
            directory.appendLittleEndian(size)
            directory.appendLittleEndian(size)
            directory.appendLittleEndian(UInt16(name.count))
            directory.appendLittleEndian(UInt16(0))  // extra field length
            directory.appendLittleEndian(UInt16(0))  // comment length
            directory.appendLittleEndian(UInt16(0))  // disk number
            directory.appendLittleEndian(UInt16(0))  // internal attributes
            directory.appendLittleEndian(UInt32(0o100644) << 16)  // external attributes: a regular file, rw-r--r--
            directory.appendLittleEndian(offset)
            directory.append(contentsOf: name)
        }
        guard archive.count + directory.count < Int(UInt32.max), entries.count < Int(UInt16.max) else {
            throw .tooLarge("the archive")
        }
        let directoryOffset = UInt32(archive.count)
        archive.append(directory)
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0))  // this disk
        archive.appendLittleEndian(UInt16(0))  // disk with the directory
        archive.appendLittleEndian(UInt16(entries.count))
        archive.appendLittleEndian(UInt16(entries.count))
        archive.appendLittleEndian(UInt32(directory.count))
        archive.appendLittleEndian(directoryOffset)
        archive.appendLittleEndian(UInt16(0))  // comment length
        return archive
    }

    /// MS-DOS time (2-second resolution) and date (years from 1980).
    private var dosTimeAndDate: (UInt16, UInt16) {
        let year = max(1980, min(2107, modified.year ?? 1980))
        let time = (modified.hour ?? 0) << 11 | (modified.minute ?? 0) << 5 | (modified.second ?? 0) / 2
        let date = (year - 1980) << 9 | (modified.month ?? 1) << 5 | (modified.day ?? 1)
        return (UInt16(truncatingIfNeeded: time), UInt16(truncatingIfNeeded: date))
    }
}

extension Data {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
