import Foundation
import Glibc
import PrepTestSupport
import Testing
@testable import PrepCLI

/// The folder walk of `prep import` over hostile trees: loops, huge and special files, undecodable
/// names and unreadable folders are each reported by path while the rest imports.
@Suite struct ImportWalkTests {
    static let card = "# T\n\nQ: Which walk ends?\nA: This one\nid: walk\n"

    func harness(in directory: TemporaryDirectory, lang: String = "en") -> CLIHarness {
        var harness = CLIHarness()
        harness.workingDirectory = directory.path
        harness.environment = ["PREP_DB": directory.url.appendingPathComponent("data/test.sqlite").path, "PREP_LANG": lang]
        return harness
    }

    @Test func loopsSpecialFilesAndAHugeFileAreReportedAndTheRestImports() throws {
        let directory = try TemporaryDirectory()
        let tree = directory.url.appendingPathComponent("x")
        try directory.write("x/good.en.md", Self.card)
        #expect(symlink(".", tree.appendingPathComponent("self").path) == 0)
        #expect(symlink("../x", tree.appendingPathComponent("up").path) == 0)
        #expect(mkfifo(tree.appendingPathComponent("pipe.md").path, 0o600) == 0)
        let huge = try directory.write("x/huge.md", "")
        // Sparse: 2 GB that takes no disk, refused by its size before a byte is read.
        try FileHandle(forWritingTo: huge).truncate(atOffset: 2 << 30)
        let result = harness(in: directory).run("import", "x")
        #expect(result.status == 1)
        #expect(result.err.contains("x/self:1:1: warning: folder was already searched (a symlink loop); skipped"), "\(result.err)")
        #expect(result.err.contains("x/up:1:1: warning: folder was already searched"))
        #expect(result.err.contains("x/pipe.md:1:1: warning: not a regular file (a FIFO, device or socket); skipped"))
        #expect(result.err.contains("x/huge.md:1:1: error: file is 2147483648 bytes, over the 16777216-byte limit (--max-file-size); not imported"))
        #expect(result.out.contains("x/good.en.md: 1 card: 1 added"))
    }

    @Test func maxFileSizeIsAnOptionAndIsChecked() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x/good.en.md", Self.card)
        let small = harness(in: directory).run("import", "--max-file-size", "10", "x")
        #expect(small.err.contains("over the 10-byte limit"))
        #expect(harness(in: directory).run("import", "--max-file-size", "1K", "x").status == 0)
        let bad = harness(in: directory).run("import", "--max-file-size", "lots", "x")
        #expect(bad.status == 64)
        #expect(bad.err.contains("'--max-file-size' takes a size such as 16M"))
        #expect(ImportCommand.byteCount("16M") == 16 << 20)
        #expect(ImportCommand.byteCount("2GiB") == 2 << 30)
        #expect(ImportCommand.byteCount("0") == nil)
        #expect(ImportCommand.byteCount("-1") == nil)
    }

    @Test func aNameThatIsNotUTF8IsReportedWithItsBytesEscaped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x/good.en.md", Self.card)
        let name = Array("x/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]
        let path = Array(directory.path.utf8) + [UInt8(ascii: "/")] + name
        let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let english = harness(in: directory).run("import", "x")
        #expect(english.status == 1)
        #expect(english.err.contains(#"x/caf\xE9.md:1:1: error: file name is not valid UTF-8"#), "\(english.err)")
        let chinese = harness(in: directory, lang: "zh-Hant").run("import", "x")
        #expect(chinese.err.contains(#"x/caf\xE9.md:1:1: "#) && chinese.err.contains("檔名不是有效的 UTF-8"), "\(chinese.err)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: FlashcardsReviewKillTests.executable.path), "needs .build/debug/prep"))
    func anUnreadableFolderIsReportedAndSkipped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("x/good.en.md", Self.card)
        try directory.write("x/locked/hidden.en.md", Self.card)
        #expect(chmod(directory.url.appendingPathComponent("x/locked").path, 0) == 0)
        defer { chmod(directory.url.appendingPathComponent("x/locked").path, 0o755) }
        let data = directory.url.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        #expect(chmod(data.path, 0o777) == 0)
        // Root reads any folder, so as root the import runs as nobody.
        let prep = FlashcardsReviewKillTests.executable.path
        let (executable, arguments) = getuid() == 0
            ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", prep, "import", "x"])
            : (prep, ["import", "x"])
        let environment = ["PREP_DB": data.appendingPathComponent("test.sqlite").path, "PREP_LANG": "en", "HOME": directory.path]
        let run = try ProcessRun.run(executable, arguments, environment: environment, currentDirectory: directory.url)
        #expect(run.status == 1)
        #expect(run.err.contains("x/locked:1:1: error: folder cannot be read: Permission denied; skipped"), "\(run.err)")
        #expect(run.out.contains("x/good.en.md: 1 card: 1 added"), "\(run.out)")
    }
}
