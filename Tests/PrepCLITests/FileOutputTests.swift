import Foundation
import Glibc
import PrepTestSupport
import Testing
@testable import PrepCLI

/// `prep export -o` writes through `FileOutput`: each case is a real file, link, FIFO or device.
@Suite(.serialized) struct FileOutputTests {
    static func workspace() throws -> StatsTestsWorkspace {
        let workspace = try ExportCommandTests.englishWorkspace()
        #expect(workspace.harness.run("stats").status == 0)
        return workspace
    }

    static func kind(_ path: String) -> FileStatus.Kind? { FileStatus.of(path)?.kind }

    @Test func theDatabaseInUseIsRefusedUnderEveryName() throws {
        let workspace = try Self.workspace()
        let database = workspace.databasePath()
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        #expect(link(database, workspace.path("hard.sqlite")) == 0)
        #expect(symlink(database, workspace.path("soft.sqlite")) == 0)
        for name in [database, workspace.path("hard.sqlite"), workspace.path("soft.sqlite"), "data/./prep.sqlite", database + "-wal"] {
            for format in ["json", "anki", "apkg"] {
                let result = workspace.harness.run("export", "--format", format, "-o", name, "--force")
                #expect(result.status == 1, "\(name) \(format)")
                #expect(result.err.contains("it is the database in use"), "\(result.err)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        workspace.harness.environment["PREP_LANG"] = "zh-Hant"
        #expect(workspace.harness.run("export", "-o", database).err.contains("它是正在使用的資料庫"))
    }

    @Test func anotherDatabaseIsNeverReplacedEvenWithForce() throws {
        let workspace = try Self.workspace()
        let backup = workspace.path("backup.sqlite")
        #expect(FileManager.default.createFile(atPath: backup, contents: try Data(contentsOf: URL(fileURLWithPath: workspace.databasePath()))))
        let before = try Data(contentsOf: URL(fileURLWithPath: backup))
        #expect(symlink("backup.sqlite", workspace.path("notes.json")) == 0)
        for name in ["backup.sqlite", "notes.json"] {
            for format in ["json", "anki", "apkg"] {
                let result = workspace.harness.run("export", "--format", format, "-o", name, "--force")
                #expect(result.status == 1, "\(name) \(format)")
                #expect(result.err.contains("it is an SQLite database"), "\(result.err)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == before)
        workspace.harness.environment["PREP_LANG"] = "zh-Hant"
        #expect(workspace.harness.run("export", "-o", "backup.sqlite").err.contains("它是 SQLite 資料庫"))
    }

    @Test func aSymlinkIsFollowedAndItsTargetKeepsModeAndLink() throws {
        let workspace = try Self.workspace()
        let target = workspace.path("synced/progress.json")
        try FileManager.default.createDirectory(atPath: workspace.path("synced"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(chmod(target, 0o640) == 0)
        #expect(symlink("synced/progress.json", workspace.path("link.json")) == 0)
        #expect(workspace.harness.run("export", "-o", "link.json").status == 0)
        #expect(Self.kind(workspace.path("link.json")) == .symlink)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("prep-progress"))
        #expect(FileStatus.of(target)?.mode == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path("synced"))
        #expect(leftovers == ["progress.json"])
    }

    @Test func aReadOnlyFileNeedsForceAndStaysReadOnly() throws {
        let workspace = try Self.workspace()
        let file = workspace.path("locked.json")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
        #expect(chmod(file, 0o444) == 0)
        let refused = workspace.harness.run("export", "-o", "locked.json")
        #expect(refused.status == 1)
        #expect(refused.err == "Error: cannot write \(file): the file is read-only (add --force to replace it)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep")
        #expect(workspace.harness.run("export", "-o", "locked.json", "--force").status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("prep-progress"))
        #expect(FileStatus.of(file)?.mode == 0o444)
    }

    @Test func aFolderIsRefused() throws {
        let workspace = try Self.workspace()
        let result = workspace.harness.run("export", "-o", "content")
        #expect(result.status == 1)
        #expect(result.err.contains("\(workspace.path("content")): it is a folder"))
    }

    @Test func aFIFOIsWrittenToAndStaysAFIFO() async throws {
        let workspace = try Self.workspace()
        let fifo = workspace.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let noReader = workspace.harness.run("export", "-o", "pipe")
        #expect(noReader.status == 1)
        #expect(noReader.err.contains("it is a FIFO that nothing is reading"))
        // Foundation refuses to read a FIFO, so the reader is plain POSIX.
        let reader = Task.detached { () -> [UInt8] in
            let fd = open(fifo, O_RDONLY)
            defer { close(fd) }
            var bytes: [UInt8] = [], buffer = [UInt8](repeating: 0, count: 4096)
            while case let count = read(fd, &buffer, buffer.count), count > 0 { bytes += buffer[0..<count] }
            return bytes
        }
        var result = workspace.harness.run("export", "-o", "pipe")
        for _ in 0..<200 where result.status != 0 {
            // The reader may not have opened its end yet.
            try await Task.sleep(for: .milliseconds(10))
            result = workspace.harness.run("export", "-o", "pipe")
        }
        #expect(result.status == 0, "\(result.err)")
        #expect(String(decoding: await reader.value, as: UTF8.self).contains("prep-progress"))
        #expect(Self.kind(fifo) == .fifo)
    }

    @Test func devicesAreWrittenToNotReplaced() throws {
        let workspace = try Self.workspace()
        #expect(workspace.harness.run("export", "--format", "apkg", "-o", "/dev/null").status == 0)
        #expect(Self.kind("/dev/null") == .characterDevice)
        let full = workspace.harness.run("export", "-o", "/dev/full", "--force")
        #expect(full.status == 1)
        #expect(full.err == "Error: cannot write /dev/full: No space left on device\n")
        #expect(Self.kind("/dev/full") == .characterDevice)
    }

    @Test func aNewFileGetsTheUmaskAndAMissingFolderIsNamed() throws {
        let workspace = try Self.workspace()
        #expect(workspace.harness.run("export", "--format", "anki", "-o", "new.txt").status == 0)
        let mask = umask(0)
        umask(mask)
        #expect(FileStatus.of(workspace.path("new.txt"))?.mode == 0o666 & ~mask)
        let missing = workspace.harness.run("export", "-o", "nowhere/x.json")
        #expect(missing.status == 1)
        #expect(missing.err.contains("cannot write \(workspace.path("nowhere/x.json")): No such file or directory"))
    }
}

/// `--db` must name a file: nothing, a FIFO, a device or a folder is refused at once, without opening it.
@Suite struct DatabasePathTests {
    @Test func unusableDatabasePathsAreRefusedWithoutBlocking() throws {
        let folder = try TemporaryDirectory()
        #expect(mkfifo(folder.url.appendingPathComponent("fifo").path, 0o600) == 0)
        var harness = CLIHarness()
        harness.workingDirectory = folder.path
        harness.environment = ["PREP_LANG": "en", "PREP_CONTENT": folder.path]
        let empty = harness.run("--db", "", "stats")
        #expect(empty.status == 1)
        #expect(empty.err == "Error: --db names no file: give it a path, or leave it out for the default database\n")
        for (path, kind) in [("fifo", "a FIFO"), ("/dev/null", "a device"), (".", "a folder")] {
            let result = harness.run("--db", path, "stats")
            #expect(result.status == 1)
            let shown = path.hasPrefix("/") ? path : URL(fileURLWithPath: folder.path).appendingPathComponent(path).standardizedFileURL.path
            #expect(result.err.contains("cannot use \(shown) as the database: it is \(kind), not a file"), "\(result.err)")
        }
        harness.environment["PREP_LANG"] = "zh-Hant"
        #expect(harness.run("--db", "fifo", "stats").err.contains("它是具名管道（FIFO），不是檔案"))
    }
}
