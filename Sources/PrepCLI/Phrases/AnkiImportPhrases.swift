import PrepCore
import PrepExchange
import PrepStore
import PrepStudy

/// What `prep import deck.apkg` says, in each screen language; every problem names the file.
struct AnkiImportPhrases: Sendable {
    var summary: @Sendable (_ path: String, _ summary: AnkiPackageImporter.Summary, _ dryRun: Bool) -> String
    var leftOutCards: @Sendable (_ count: Int) -> String
    var mediaSkipped: @Sendable (_ names: [String]) -> String
    var cannotImport: @Sendable (_ path: String, _ reason: String) -> String
    var notZip: String
    var damaged: @Sendable (_ part: String) -> String
    var unsupportedMethod: @Sendable (_ entry: String, _ method: Int) -> String
    var corrupt: @Sendable (_ entry: String) -> String
    var noCollection: String
    var notACollection: @Sendable (_ refusal: SQLiteError) -> String
    var zstdMissing: @Sendable (_ detail: String) -> String
    var zstdCorrupt: @Sendable (_ detail: String) -> String

    static func forLanguage(_ language: Language) -> AnkiImportPhrases {
        switch language {
        case .zhHant: .traditionalChinese
        case .en: .english
        }
    }

    func reason(_ failure: AnkiPackageReader.Failure) -> String {
        switch failure {
        case .zip(.notZip): notZip
        case .zip(.damaged(let part)): damaged(part)
        case .zip(.unsupportedMethod(let name, let method)): unsupportedMethod(name, Int(method))
        case .zip(.corrupt(let name)): corrupt(name)
        case .zstd(.libraryMissing(let detail)): zstdMissing(detail)
        case .zstd(.corrupt(let detail)): zstdCorrupt(detail)
        case .noCollection: noCollection
        case .notACollection(let refusal): notACollection(refusal)
        }
    }
}

extension AnkiImportPhrases {
    static let english = AnkiImportPhrases(
        summary: { path, summary, dryRun in
            "\(path): \(summary.cards) cards\(dryRun ? "" : " (\(summary.cardsAdded) new)"), \(dryRun ? "\(summary.reviewsAdded) reviews to add" : "\(summary.reviewsAdded) reviews added")"
                + " (\(summary.reviewsAlreadyHere) already here, \(summary.notGrades) log entries that are not grades)"
                + ", \(summary.topics.count) \(summary.topics.count == 1 ? "topic" : "topics"): \(summary.topics.joined(separator: ", "))"
                + (dryRun ? " — dry run, nothing written" : "")
        },
        leftOutCards: { count in "\(count) cards of notetypes with more than two card templates were left out" },
        mediaSkipped: { names in
            "\(names.count) media \(names.count == 1 ? "file" : "files") skipped (prep shows text only): " + names.joined(separator: ", ")
        },
        cannotImport: { path, reason in "cannot import \(path): \(reason)" },
        notZip: "not an Anki package (it is not a ZIP archive)",
        damaged: { part in "the package is damaged (\(part))" },
        unsupportedMethod: { entry, method in "\(entry) is compressed with method \(method); prep reads stored and deflate" },
        corrupt: { entry in "\(entry) is corrupt (its size or checksum does not match)" },
        noCollection: "the package holds no collection (collection.anki2, .anki21 or .anki21b)",
        notACollection: { refusal in "the collection inside is not an Anki database (\(ErrorPhrases.englishSQLite(refusal, .english)))" },
        zstdMissing: { detail in
            "this package is zstd-compressed (Anki 2.1.50 and later) and the zstd library is missing (\(detail)); "
                + "install it (apt-get install libzstd1), or export from Anki with “Support older Anki versions” ticked"
        },
        zstdCorrupt: { detail in "the zstd-compressed collection is corrupt (\(detail))" }
    )

    static let traditionalChinese = AnkiImportPhrases(
        summary: { path, summary, dryRun in
            "\(path)：\(summary.cards) 張卡片\(dryRun ? "" : "（\(summary.cardsAdded) 張新加入）")，\(dryRun ? "將加入 \(summary.reviewsAdded) 筆複習" : "加入 \(summary.reviewsAdded) 筆複習")"
                + "（\(summary.reviewsAlreadyHere) 筆已存在，\(summary.notGrades) 筆紀錄不是評分），"
                + "\(summary.topics.count) 個主題：\(summary.topics.joined(separator: "、"))"
                + (dryRun ? "（試跑，未寫入任何資料）" : "")
        },
        leftOutCards: { count in "有 \(count) 張卡片屬於超過兩個卡片範本的筆記類型，未匯入" },
        mediaSkipped: { names in "略過 \(names.count) 個媒體檔（prep 只顯示文字）：" + names.joined(separator: "、") },
        cannotImport: { path, reason in "無法匯入 \(path)：\(reason)" },
        notZip: "不是 Anki 套件（不是 ZIP 壓縮檔）",
        damaged: { part in "套件已損壞（\(part)）" },
        unsupportedMethod: { entry, method in "\(entry) 使用壓縮方法 \(method)；prep 只讀取未壓縮與 deflate" },
        corrupt: { entry in "\(entry) 已損壞（大小或檢查碼不符）" },
        noCollection: "套件裡沒有收藏集（collection.anki2、.anki21 或 .anki21b）",
        notACollection: { refusal in "套件裡的收藏集不是 Anki 資料庫（SQLite 錯誤 \(refusal.extendedCode)）" },
        zstdMissing: { detail in
            "這個套件以 zstd 壓縮（Anki 2.1.50 以後的格式），但系統缺少 zstd 函式庫（\(detail)）；"
                + "請安裝（apt-get install libzstd1），或在 Anki 匯出時勾選「支援舊版 Anki」"
        },
        zstdCorrupt: { detail in "以 zstd 壓縮的收藏集已損壞（\(detail)）" }
    )
}
