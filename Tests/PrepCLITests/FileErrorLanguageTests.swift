import Foundation
import Glibc
import PrepTestSupport
import Testing

@testable import PrepCLI

/// A file that cannot be read is explained in the screen's language, from its errno: never Foundation's
/// English sentence inside a Chinese one.
@Suite struct FileErrorLanguageTests {
    @Test(arguments: [["restore", "missing.json"], ["scheduler", "optimize", "--reviews", "missing.jsonl"], ["scheduler", "verify", "missing.json"]])
    func aMissingFileIsExplainedInChinese(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        let result = SetupCommandTests.harness(directory).run(arguments)
        #expect(result.status == 1)
        #expect(result.err == "錯誤：無法讀取 \(arguments.last!)：檔案或資料夾不存在\n", "\(result.err)")
    }

    @Test(arguments: [["restore", "folder"], ["scheduler", "verify", "folder"]])
    func aFolderIsNamedAsOne(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.path("folder"), withIntermediateDirectories: false)
        let result = SetupCommandTests.harness(directory).run(arguments)
        #expect(result.status == 1)
        #expect(result.err == "錯誤：無法讀取 folder：它是資料夾\n", "\(result.err)")
    }

    @Test func aWordNoArgumentTakesIsRefused() throws {
        let directory = try TemporaryDirectory()
        let result = SetupCommandTests.harness(directory).run("export", "backup.json")
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("錯誤：多出了引數 'backup.json'"), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test func englishKeepsTheCLibrarysWords() throws {
        let directory = try TemporaryDirectory()
        let result = SetupCommandTests.harness(directory).run("restore", "missing.json", "--lang", "en")
        #expect(result.err == "Error: cannot read missing.json: No such file or directory\n", "\(result.err)")
    }

    @Test func everyErrnoHasChineseWords() {
        let zh = ScreenPhrases.traditionalChinese.files
        for code in [ENOENT, EACCES, EISDIR, ENOSPC, EIO, EROFS] {
            #expect(CardsAndSetupLanguageTests.englishWords(zh.cause(code)).isEmpty, "\(code): \(zh.cause(code))")
        }
        #expect(zh.cause(9999) == "系統錯誤 9999")
    }
}
