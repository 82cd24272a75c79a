import Foundation
import PrepTestSupport
import Testing
@testable import PrepExchange

struct StoredZipArchiveTests {
    @Test(arguments: [
        ("", UInt32(0)),
        ("123456789", UInt32(0xCBF4_3926)),
        ("a", UInt32(0xE8B7_BE43)),
        ("The quick brown fox jumps over the lazy dog", UInt32(0x414F_A339)),
    ])
    func crc32MatchesKnownVectors(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Data(text.utf8)) == expected)
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
        let half = text.utf8.count / 2
        #expect(CRC32.update(CRC32.checksum(Array(text.utf8.prefix(half))), with: Array(text.utf8.dropFirst(half))) == expected)
    }

    /// Eight bytes at a time gives what one byte at a time gives, at every alignment and length.
    @Test func crc32OfLongInputMatchesTheByteByByteChecksum() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ $0 >> 3) }
        for start in 0..<9 {
            let slice = Array(bytes[start...])
            let byteByByte = slice.reduce(UInt32(0)) { CRC32.update($0, with: [$1]) }
            #expect(CRC32.checksum(Data(slice)) == byteByByte)
        }
    }

    @Test func layoutHasLocalHeadersDirectoryAndEndRecord() throws {
        let archive = try StoredZipArchive(entries: [
            .init(name: "collection.anki2", data: Data("123456789".utf8)), .init(name: "media", data: Data("{}".utf8)),
        ]).data()
        let bytes = [UInt8](archive)
        func u32(_ at: Int) -> UInt32 { (0..<4).reduce(0) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }
        func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }
        #expect(u32(0) == 0x0403_4B50)
        #expect(u16(8) == 0)  // stored
        #expect(u32(14) == 0xCBF4_3926)
        #expect(u32(18) == 9 && u32(22) == 9)
        let end = bytes.count - 22
        #expect(u32(end) == 0x0605_4B50)
        #expect(u16(end + 10) == 2)
        #expect(u32(Int(u32(end + 16))) == 0x0201_4B50)
        #expect(throws: StoredZipArchive.Failure.self) { try StoredZipArchive(entries: [.init(name: "für", data: Data())]).data() }
    }

    /// An entry given in parts, larger than the pieces copied and checksummed on separate cores: its bytes come
    /// out joined, and the checksums of the pieces combine into the whole entry's.
    @Test func anEntryInPartsKeepsItsBytesAndChecksum() throws {
        let parts: [[UInt8]] = [(1 << 20) + (1 << 19), 7, (1 << 20) + 3].enumerated().map { part, count in
            (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ part) }
        }
        let joined = parts.flatMap { $0 }
        let bytes = [UInt8](try StoredZipArchive(entries: [.init(name: "big", parts: parts)]).data())
        let crc = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[14 + $1]) << (8 * $1) }
        #expect(crc == CRC32.checksum(joined))
        #expect(Array(bytes[33..<33 + joined.count]) == joined)
    }

    /// An independent reader: Python's zipfile when present (it verifies each CRC), else `unzip -t`.
    @Test func anotherZipReaderAcceptsIt() throws {
        let directory = try TemporaryDirectory()
        let payload = Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let path = directory.path("test.zip")
        try StoredZipArchive(entries: [.init(name: "a.bin", data: payload), .init(name: "media", data: Data("{}".utf8))])
            .data().write(to: URL(fileURLWithPath: path))
        let readers: [(String, [String])] = [
            ("/usr/bin/python3", ["-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
                + "assert z.testzip() is None; print(','.join(f'{i.filename}:{i.file_size}:{i.compress_type}' for i in z.infolist()))", path]),
            ("/usr/bin/unzip", ["-t", path]),
        ]
        guard let (tool, arguments) = readers.first(where: { FileManager.default.isExecutableFile(atPath: $0.0) }) else {
            return  // No reader on this machine; the CRC vectors and layout tests still ran.
        }
        let run = try ProcessRun.run(tool, arguments)
        #expect(run.status == 0, "\(tool): \(run.out)\(run.err)")
        if tool.hasSuffix("python3") {
            #expect(run.out.trimmingCharacters(in: .whitespacesAndNewlines) == "a.bin:70000:0,media:2:0")
        }
    }
}
