import Foundation
import Glibc
import PrepCore
import PrepStore
import Testing

@testable import PrepCLI

/// Database refusals, SQLite failures and timings are worded by the screen's language, never by SQLite's or
/// Foundation's English.
@Suite struct ErrorLanguageTests {
    static let storeErrors: [StoreError] = [
        .notAFile(path: "/d"), .notSQLite(path: "/d"), .truncated(path: "/d", actualBytes: 10, expectedBytes: 4096),
        .corrupt(path: "/d", detail: "row 3 missing from index"), .foreignApplication(path: "/d", applicationID: 0),
        .foreignApplication(path: "/d", applicationID: 7), .newerSchema(path: "/d", version: 9, knownVersion: 3),
        .unreadable(path: "/d", errno: EACCES), .cannotCreateFolder(path: "/d/p", folder: "/d", errno: EROFS),
        .folderNotWritable(path: "/d/p", folder: "/d", errno: EACCES),
        .cannotOpen(path: "/d", cause: SQLiteError(extendedCode: 14, message: "unable to open database file")),
        .duplicateCardKey(path: "/a.md", key: "k"), .reviewNotFound(path: "/d", id: "r1"),
    ]

    /// Full, I/O (read, write, full through the errno), read-only, locked, busy, corrupt, not a database, cannot open, other.
    static let sqliteErrors: [SQLiteError] = [13, 10 | 1 << 8, 10 | 3 << 8, 4874, 8, 6, 5, 11, 26, 14, 19].map { code in
        SQLiteError(extendedCode: Int32(code), message: "database or disk is full", sql: "INSERT", file: "/d", systemErrno: code == 4874 ? ENOSPC : 0)
    }

    @Test func storeAndSQLiteErrorsHoldNoEnglishInChinese() {
        let chinese = ScreenPhrases.traditionalChinese
        for error in Self.storeErrors.map({ $0 as any Error }) + Self.sqliteErrors.map({ $0 as any Error }) {
            let text = chinese.describe(error)
            #expect(HelpLanguageTests.englishWords(text).isEmpty, "\(text)")
            #expect(HelpLanguageTests.chinese(ScreenPhrases.english.describe(error)).isEmpty)
        }
        #expect(chinese.describe(Self.sqliteErrors[0]) == "磁碟已滿：無法寫入 /d（SQLite 錯誤 13）")
        #expect(chinese.describe(Self.sqliteErrors[3]).hasPrefix("磁碟已滿"), "a full disk met while growing the shared memory")
        #expect(chinese.describe(Self.sqliteErrors[5]).contains("鎖定"))
    }

    @Test func durationsUseTheScreensUnits() {
        #expect(ScreenPhrases.traditionalChinese.duration(69) == "1 分 9 秒")
        #expect(ScreenPhrases.traditionalChinese.duration(45) == "45 秒")
        #expect(ScreenPhrases.english.duration(69) == "1m 9s")
        #expect(QuizScreenText(language: .zhHant).duration(68.6) == "1 分 9 秒")
    }
}
