import Foundation
import Glibc
import PrepCore
import PrepExchange
import PrepScheduling
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

    /// The English words the errors used to carry themselves, now the English table's, byte for byte.
    @Test func englishStoreAndSQLiteErrorsKeepTheirWords() {
        let english = ScreenPhrases.english
        #expect(english.describe(Self.storeErrors[2]) == "cannot open /d: the database is truncated (10 bytes, its header says 4096)")
        #expect(english.describe(Self.storeErrors[4]) == "cannot open /d: the database belongs to another application (it has tables but no prep application id)")
        #expect(english.describe(StoreError.foreignApplication(path: "/d", applicationID: 0x4750_4B47)).hasSuffix("(application_id 0x47504b47)"))
        #expect(english.describe(Self.storeErrors[6]) == "cannot open /d: it was written by a newer prep (schema 9; this prep knows up to 3)")
        #expect(english.describe(Self.storeErrors[8]) == "cannot open /d/p: cannot create the folder /d: Read-only file system")
        #expect(english.describe(Self.storeErrors[10]) == "cannot open /d: unable to open database file")
        #expect(ScreenPhrases.traditionalChinese.describe(Self.storeErrors[6]) == "無法開啟 /d：它由較新的 prep 寫出（結構版本 9；這個 prep 最多認得版本 3）")
        let disk: [(Int32, Int32, String)] = [
            (13, 0, "the disk is full: cannot write /data/prep.sqlite"),
            (4874, ENOSPC, "the disk is full: cannot write /data/prep.sqlite"),
            (778, EIO, "disk I/O error writing /data/prep.sqlite: Input/output error"),
            (266, EIO, "disk I/O error reading /data/prep.sqlite: Input/output error"),
            (1544, 0, "cannot write /data/prep.sqlite: the file or its folder is read-only"),
            (14, EACCES, "cannot open /data/prep.sqlite: Permission denied"),
            (14, 0, "cannot open /data/prep.sqlite: disk I/O error"),
        ]
        for (code, systemErrno, expected) in disk {
            let error = SQLiteError(extendedCode: code, message: "disk I/O error", sql: "PRAGMA x", file: "/data/prep.sqlite", systemErrno: systemErrno)
            #expect(english.describe(error) == expected + " (SQLite error \(code))")
        }
        let other = SQLiteError(extendedCode: 2067, message: "UNIQUE constraint failed", sql: "INSERT", file: "/data/prep.sqlite")
        #expect(english.describe(other) == "SQLite error 2067: UNIQUE constraint failed - while executing `INSERT`")
        #expect(ScreenPhrases.traditionalChinese.describe(other) == "資料庫操作失敗（SQLite 錯誤 2067）")
    }

    /// A refused progress file, in English as the errors once said it and in zh-Hant.
    @Test func restoreRefusalsKeepTheirEnglishWords() {
        let english = ScreenPhrases.english.progress.cannotRestore, chinese = ScreenPhrases.traditionalChinese.progress.cannotRestore
        let cases: [(ProgressFileError, String, String)] = [
            (.notJSON(line: 2, column: 6, problem: .expectedCommaOrBrace), "not valid JSON, perhaps truncated (line 2, column 6: expected ',' or '}')",
             "不是有效的 JSON，可能被截斷了（第 2 行第 6 欄：這裡應該是 ',' 或 '}'）"),
            (.newerVersion(9), "written by a newer prep (format version 9; this prep reads up to version \(ProgressDocument.currentVersion))",
             "由較新的 prep 寫出（格式版本 9；這個 prep 最多讀到版本 \(ProgressDocument.currentVersion)）"),
            (.ankiExport(package: true),
             "this is an Anki package (.apkg), written for Anki; prep restore reads the progress file that 'prep export -o progress.json' writes",
             "這是給 Anki 的套件（.apkg）；'prep restore' 讀的是 'prep export -o progress.json' 寫出的進度檔"),
            (.invalidValue(field: "reviews[0].rating", reason: .ratingNot1To4(7)), "reviews[0].rating: 7 is not 1…4", "reviews[0].rating：7 不在 1…4 之間"),
            (.invalidValue(field: "x", reason: .lessThan(3, unit: .milliseconds, minimum: 10)), "x: 3 ms is less than 10", "x：3 毫秒 小於 10"),
            (.invalidValue(field: "x", reason: .negative(-1, unit: .steps)), "x: -1 steps is negative", "x：-1 步 是負數"),
        ]
        for (error, inEnglish, inChinese) in cases {
            #expect(english("p.json", error) == "cannot restore p.json: \(inEnglish); the database was not changed")
            #expect(chinese("p.json", error) == "無法還原 p.json：\(inChinese)；資料庫沒有任何改變")
        }
    }

    @Test func zipRefusalsAreWordedByTheScreen() {
        let error = StoredZipArchive.Failure.tooLarge("collection.anki2")
        #expect(ScreenPhrases.english.describe(error) == "collection.anki2 is too large for a ZIP archive without ZIP64 (4 GiB)")
        #expect(ScreenPhrases.traditionalChinese.describe(error) == "collection.anki2 太大，不用 ZIP64 的 ZIP 壓縮檔放不下（上限 4 GiB）")
        #expect(ScreenPhrases.english.describe(StoredZipArchive.Failure.nameNotASCII("卡.txt")) == "ZIP entry name 卡.txt is not ASCII")
    }

    @Test func schedulerParameterRefusalsAreWordedByTheScreen() {
        let error = SchedulerParametersError.weightsOutOfRange([(4, 50.0, 0.001...100), (7, -1.0, 0...0.8)])
        #expect(ScreenPhrases.english.describe(error) == "weights out of range: w4 = 50.0 not in 0.001…100.0, w7 = -1.0 not in 0.0…0.8")
        #expect(ScreenPhrases.traditionalChinese.describe(error) == "權重超出範圍：w4 = 50.0 不在 0.001…100.0 之間、w7 = -1.0 不在 0.0…0.8 之間")
        #expect(ScreenPhrases.english.progress.cannotRestore("p.json", .invalidValue(field: "scheduler.parameters", reason: .parameters(.wrongWeightCount(20))))
            == "cannot restore p.json: scheduler.parameters: expected 21 FSRS weights, got 20; the database was not changed")
    }

    @Test func durationsUseTheScreensUnits() {
        #expect(ScreenPhrases.traditionalChinese.duration(69) == "1 分 9 秒")
        #expect(ScreenPhrases.traditionalChinese.duration(45) == "45 秒")
        #expect(ScreenPhrases.english.duration(69) == "1m 9s")
        #expect(QuizScreenText(language: .zhHant).duration(68.6) == "1 分 9 秒")
    }
}
