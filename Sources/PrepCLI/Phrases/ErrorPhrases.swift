import Foundation
import PrepChecks
import PrepExchange
import PrepScheduling
import PrepServer
import PrepStore
import PrepStudy
import PrepTerminal

/// A refused database, a failed SQLite, socket or terminal call, a peer server that misbehaved or a launch that could
/// not be timed, in the screen's language, named by
/// its kind and SQLite result code rather than by SQLite's own English message (English adds SQLite's message where no
/// kind fits).
struct ErrorPhrases: Sendable {
    var store: @Sendable (_ error: StoreError, _ files: FilePhrases) -> String
    var sqlite: @Sendable (_ error: SQLiteError, _ files: FilePhrases) -> String
    var socket: @Sendable (_ error: SocketError, _ files: FilePhrases) -> String
    var peer: @Sendable (_ error: PeerError) -> String
    var scenario: @Sendable (_ error: ScenarioError) -> String
    var launch: @Sendable (_ error: LaunchBenchmarks.LaunchError, _ files: FilePhrases) -> String
    var terminal: @Sendable (_ error: TerminalMode.Error, _ files: FilePhrases) -> String
    var zip: @Sendable (_ error: StoredZipArchive.Failure) -> String
    /// An error no table words: named by its type, since its own text is in English.
    var unknown: @Sendable (_ error: any Error) -> String
}

extension ScreenPhrases {
    /// Any error that reached the screen without a phrase of its own, worded by its type.
    func describe(_ error: any Error) -> String {
        switch error {
        case let error as StoreError: errors.store(error, files)
        case let error as SQLiteError: errors.sqlite(error, files)
        case let error as SocketError: errors.socket(error, files)
        case let error as PeerError: errors.peer(error)
        case let error as ScenarioError: errors.scenario(error)
        case let error as LaunchBenchmarks.LaunchError: errors.launch(error, files)
        case let error as TerminalMode.Error: errors.terminal(error, files)
        case let error as StoredZipArchive.Failure: errors.zip(error)
        case let error as SchedulerParametersError: vectors.parameters(error)
        case let error as FileOutputError: files.refused(error)
        case is CocoaError, is POSIXError: files.reason(error)
        default: errors.unknown(error)
        }
    }
}

extension ErrorPhrases {
    static let english = ErrorPhrases(
        store: { error, files in
            switch error {
            case .notAFile(let path): "cannot open \(path): it is a directory, not a database file"
            case .notSQLite(let path): "cannot open \(path): not a SQLite database"
            case .truncated(let path, let actual, let expected):
                "cannot open \(path): the database is truncated (\(actual) bytes, its header says \(expected))"
            case .corrupt(let path, let detail): "cannot open \(path): the database is corrupt (\(detail))"
            case .foreignApplication(let path, 0):
                "cannot open \(path): the database belongs to another application (it has tables but no prep application id)"
            case .foreignApplication(let path, let id):
                "cannot open \(path): the database belongs to another application (application_id 0x\(String(UInt32(bitPattern: id), radix: 16)))"
            case .newerSchema(let path, let version, let known):
                "cannot open \(path): it was written by a newer prep (schema \(version); this prep knows up to \(known))"
            case .unreadable(let path, let code): "cannot open \(path): the file cannot be read (\(files.cause(code)))"
            case .cannotCreateFolder(let path, let folder, let code): "cannot open \(path): cannot create the folder \(folder): \(files.cause(code))"
            case .folderNotWritable(let path, let folder, let code): "cannot open \(path): the folder \(folder) is not writable (\(files.cause(code)))"
            case .cannotOpen(let path, let cause): "cannot open \(path): \(cause.message)"
            case .duplicateCardKey(let path, let key): "cannot import \(path): the card key \(key) appears more than once"
            case .reviewNotFound(let path, let id): "\(path) has no review with id \(id)"
            }
        },
        sqlite: englishSQLite,
        socket: { error, files in
            switch error {
            case .failed(let call, let code, _): "system call '\(call)' failed: \(files.cause(code))"
            case .wouldBlock: "the operation would block"
            case .closed: "the peer closed the connection"
            }
        },
        peer: { error in
            switch error {
            case .notServing(let port): "the server did not answer on port \(port)"
            case .unexpectedStatus(let target, let statuses):
                "\(target) answered " + statuses.sorted { $0.key < $1.key }.map { "\($0.value) × \($0.key)" }.joined(separator: ", ") + ", expected 200"
            case .unreadableReply(let target, let body): "\(target) answered something that is not the view's JSON: \(body.prefix(200))"
            }
        },
        scenario: { error in
            switch error {
            case .requestsFailed(let target, let failed, let total): "\(failed) of \(total) requests to \(target) failed"
            }
        },
        launch: { error, files in
            switch error {
            case .couldNotStart(let arguments, let code):
                "prep \(arguments.joined(separator: " ")) could not be started: \(files.cause(code))"
            case .nothingShown(let arguments, let output):
                "prep \(arguments.joined(separator: " ")) showed no first screen; it printed:\n\(output)"
            case .failed(let arguments, let status): "prep \(arguments.joined(separator: " ")) exited with status \(status)"
            }
        },
        terminal: { error, files in "terminal call '\(error.call)' failed: \(files.cause(error.errno))" },
        zip: { error in
            switch error {
            case .tooLarge(let name): "\(name) is too large for a ZIP archive without ZIP64 (4 GiB)"
            case .nameNotASCII(let name): "ZIP entry name \(name) is not ASCII"
            }
        },
        unknown: { "\($0)" })

    /// A failed SQLite call; bound values are never part of the error, so a learner's data never ends up here.
    @Sendable static func englishSQLite(_ error: SQLiteError, _ files: FilePhrases) -> String {
        let file = error.file.flatMap { $0.isEmpty ? nil : $0 } ?? "the database"
        let code = " (SQLite error \(error.extendedCode))"
        let cause = error.systemErrno == 0 ? "" : ": " + files.cause(error.systemErrno)
        return switch error.kind {
        case .diskFull: "the disk is full: cannot write \(file)" + code
        case .readError: "disk I/O error reading \(file)\(cause)" + code
        case .writeError: "disk I/O error writing \(file)\(cause)" + code
        case .readOnly: "cannot write \(file): the file or its folder is read-only" + code
        case .cannotOpen: "cannot open \(file)\(cause.isEmpty ? ": " + error.message : cause)" + code
        case .locked, .corrupt, .notADatabase, .other:
            "SQLite error \(error.extendedCode): \(error.message)" + (error.sql.map { " - while executing `\($0)`" } ?? "")
        }
    }

    static let traditionalChinese = ErrorPhrases(
        store: { error, files in
            switch error {
            case .notAFile(let path): "無法開啟 \(path)：它是資料夾，不是資料庫檔案"
            case .notSQLite(let path): "無法開啟 \(path)：它不是 SQLite 資料庫"
            case .truncated(let path, let actual, let expected):
                "無法開啟 \(path)：資料庫被截斷了（只有 \(actual) 位元組，檔頭記載 \(expected) 位元組）"
            case .corrupt(let path, _): "無法開啟 \(path)：資料庫已損毀，未通過 SQLite 的完整性檢查"
            case .foreignApplication(let path, 0):
                "無法開啟 \(path)：這個資料庫屬於其他應用程式（有資料表，卻沒有 prep 的 application_id）"
            case .foreignApplication(let path, let id):
                "無法開啟 \(path)：這個資料庫屬於其他應用程式（application_id 0x\(String(UInt32(bitPattern: id), radix: 16))）"
            case .newerSchema(let path, let version, let known):
                "無法開啟 \(path)：它由較新的 prep 寫出（結構版本 \(version)；這個 prep 最多認得版本 \(known)）"
            case .unreadable(let path, let code): "無法開啟 \(path)：無法讀取檔案（\(files.cause(code))）"
            case .cannotCreateFolder(let path, let folder, let code): "無法開啟 \(path)：無法建立資料夾 \(folder)（\(files.cause(code))）"
            case .folderNotWritable(let path, let folder, let code): "無法開啟 \(path)：資料夾 \(folder) 不可寫入（\(files.cause(code))）"
            case .cannotOpen(let path, let cause): "無法開啟 \(path)：\(chineseSQLite(cause, files))"
            case .duplicateCardKey(let path, let key): "無法匯入 \(path)：卡片代號 \(key) 出現了不只一次"
            case .reviewNotFound(let path, let id): "\(path) 裡沒有編號為 \(id) 的複習紀錄"
            }
        },
        sqlite: chineseSQLite,
        socket: { error, files in
            switch error {
            case .failed(let call, let code, _): "系統呼叫 '\(call)' 失敗：\(files.cause(code))"
            case .wouldBlock: "操作會阻塞"
            case .closed: "對方已關閉連線"
            }
        },
        peer: { error in
            switch error {
            case .notServing(let port): "伺服器沒有在連接埠 \(port) 上回應"
            case .unexpectedStatus(let target, let statuses):
                "\(target) 回應了 " + statuses.sorted { $0.key < $1.key }.map { "\($0.value) 次 \($0.key)" }.joined(separator: "、") + "，應為 200"
            case .unreadableReply(let target, _): "\(target) 回應的內容不是檢視函式的 JSON"
            }
        },
        scenario: { error in
            switch error {
            case .requestsFailed(let target, let failed, let total): "送往 \(target) 的 \(total) 個請求中有 \(failed) 個失敗"
            }
        },
        launch: { error, files in
            switch error {
            case .couldNotStart(let arguments, let code):
                "'prep \(arguments.joined(separator: " "))' 無法啟動：\(files.cause(code))"
            case .nothingShown(let arguments, let output):
                "'prep \(arguments.joined(separator: " "))' 沒有顯示第一個畫面；它印出了：\n\(output)"
            case .failed(let arguments, let status): "'prep \(arguments.joined(separator: " "))' 結束時的狀態碼為 \(status)"
            }
        },
        terminal: { error, files in "終端機呼叫 '\(error.call)' 失敗：\(files.cause(error.errno))" },
        zip: { error in
            switch error {
            case .tooLarge(let name): "\(name) 太大，不用 ZIP64 的 ZIP 壓縮檔放不下（上限 4 GiB）"
            case .nameNotASCII(let name): "ZIP 項目名稱 \(name) 不是 ASCII 字元"
            }
        },
        unknown: { error in "發生未預期的錯誤（'\(type(of: error))'）" }
    )

    @Sendable private static func chineseSQLite(_ error: SQLiteError, _ files: FilePhrases) -> String {
        let file = error.file.flatMap { $0.isEmpty ? nil : $0 } ?? "資料庫"
        let code = "（SQLite 錯誤 \(error.extendedCode)）"
        let cause = error.systemErrno == 0 ? "" : "：" + files.cause(error.systemErrno)
        return switch error.kind {
        case .diskFull: "磁碟已滿：無法寫入 \(file)" + code
        case .readError: "讀取 \(file) 時發生磁碟輸入輸出錯誤\(cause)" + code
        case .writeError: "寫入 \(file) 時發生磁碟輸入輸出錯誤\(cause)" + code
        case .readOnly: "無法寫入 \(file)：檔案或它所在的資料夾是唯讀的" + code
        case .cannotOpen: "無法開啟 \(file)\(cause)" + code
        case .locked: "\(file) 正被另一個程式鎖定，請稍後再試" + code
        case .corrupt: "\(file) 已損毀" + code
        case .notADatabase: "\(file) 不是 SQLite 資料庫" + code
        case .other: "資料庫操作失敗" + code
        }
    }
}
