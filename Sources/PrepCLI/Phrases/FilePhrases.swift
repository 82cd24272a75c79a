import Foundation
import Glibc

/// Why a file prep was asked to write, or to open as its database, was refused; every phrase names the path.
struct FilePhrases: Sendable {
    var cannotWrite: @Sendable (_ path: String, _ reason: String) -> String
    var isDirectory: String
    var isDatabase: String
    var holdsDatabase: String
    var readOnly: String
    var noReader: String
    var kindNames: [FileStatus.Kind: String]
    var isKind: @Sendable (_ kind: String) -> String
    var emptyDatabasePath: String
    var unusableDatabase: @Sendable (_ path: String, _ kind: String) -> String
    var cannotRead: @Sendable (_ path: String, _ reason: String) -> String
    /// What an errno means, in this language.
    var cause: @Sendable (_ code: Int32) -> String
    var notUTF8: String
    /// A failure that carries no errno: named by Foundation's error code, never by its English text.
    var unexpected: @Sendable (_ code: Int) -> String

    func refused(_ error: FileOutputError) -> String {
        switch error {
        case .isDirectory(let path): cannotWrite(path, isDirectory)
        case .isDatabase(let path): cannotWrite(path, isDatabase)
        case .holdsDatabase(let path): cannotWrite(path, holdsDatabase)
        case .readOnly(let path): cannotWrite(path, readOnly)
        case .noReader(let path): cannotWrite(path, noReader)
        case .unsupportedKind(let path, let kind): cannotWrite(path, isKind(kindNames[kind] ?? ""))
        case .failed(let path, let code): cannotWrite(path, cause(code))
        }
    }

    /// Why a file could not be read or written, from the errno under Foundation's error, in this language.
    func reason(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSCocoaErrorDomain, error.code == NSFileReadInapplicableStringEncodingError { return notUTF8 }
        if let code = Self.errno(of: error) { return cause(code) }
        return unexpected(error.code)
    }

    private static func folderNamed(by error: NSError) -> Bool {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        return path.flatMap { FileStatus.of($0, followingLinks: true) }?.kind == .directory
    }

    /// The POSIX code of `error` or of the error under it; Foundation's own codes for the usual causes.
    private static func errno(of error: NSError) -> Int32? {
        if error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, let code = errno(of: underlying) { return code }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        switch error.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return EACCES
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileWriteVolumeReadOnlyError: return EROFS
        case NSFileReadTooLargeError: return EFBIG
        // Foundation on Linux reports reading a folder as "unknown"; the path it names says what went wrong.
        case NSFileReadUnknownError: return folderNamed(by: error) ? EISDIR : nil
        default: return nil
        }
    }
}

extension FilePhrases {
    static let english = FilePhrases(
        cannotWrite: { path, reason in "cannot write \(path): \(reason)" },
        isDirectory: "it is a folder",
        isDatabase: "it is the database in use, and writing it would erase all progress",
        holdsDatabase: "it is an SQLite database (progress or an Anki collection), which an export never replaces; remove it first if you mean to",
        readOnly: "the file is read-only (add --force to replace it)",
        noReader: "it is a FIFO that nothing is reading",
        kindNames: [
            .directory: "a folder", .fifo: "a FIFO", .characterDevice: "a device", .blockDevice: "a block device",
            .socket: "a socket", .symlink: "a symlink", .regular: "a file",
        ],
        isKind: { kind in "it is \(kind)" },
        emptyDatabasePath: "--db names no file: give it a path, or leave it out for the default database",
        unusableDatabase: { path, kind in "cannot use \(path) as the database: it is \(kind), not a file" },
        cannotRead: { path, reason in "cannot read \(path): \(reason)" },
        // The C library's own words are English already, and scripts may match them.
        cause: { code in String(cString: strerror(code)) },
        notUTF8: "it is not UTF-8 text",
        unexpected: { code in "unexpected error \(code)" }
    )

    static let traditionalChinese = FilePhrases(
        cannotWrite: { path, reason in "無法寫入 \(path)：\(reason)" },
        isDirectory: "它是資料夾",
        isDatabase: "它是正在使用的資料庫，寫入會抹掉所有學習進度",
        holdsDatabase: "它是 SQLite 資料庫（學習進度或 Anki 收藏），匯出絕不取代它；真要取代，請先刪除它",
        readOnly: "檔案是唯讀的（加上 --force 才會取代它）",
        noReader: "它是沒有讀取端的具名管道（FIFO）",
        kindNames: [
            .directory: "資料夾", .fifo: "具名管道（FIFO）", .characterDevice: "裝置", .blockDevice: "區塊裝置",
            .socket: "通訊端", .symlink: "符號連結", .regular: "檔案",
        ],
        isKind: { kind in "它是\(kind)" },
        emptyDatabasePath: "--db 沒有指定檔案：請給它路徑，或省略它以使用預設資料庫",
        unusableDatabase: { path, kind in "無法把 \(path) 當作資料庫：它是\(kind)，不是檔案" },
        cannotRead: { path, reason in "無法讀取 \(path)：\(reason)" },
        cause: { code in chineseCauses[code] ?? "系統錯誤 \(code)" },
        notUTF8: "它不是 UTF-8 文字",
        unexpected: { code in "未預期的錯誤（代碼 \(code)）" }
    )

    private static let chineseCauses: [Int32: String] = [
        ENOENT: "檔案或資料夾不存在", EACCES: "沒有權限", EPERM: "不允許此操作", EISDIR: "它是資料夾",
        ENOTDIR: "路徑中有一段不是資料夾", ENOSPC: "磁碟已滿", EIO: "輸入輸出錯誤", EROFS: "檔案系統是唯讀的",
        ELOOP: "符號連結層數過多", ENAMETOOLONG: "名稱過長", EMFILE: "開啟的檔案過多", ENFILE: "開啟的檔案過多",
        EFBIG: "檔案過大", EDQUOT: "超出磁碟配額", EBUSY: "資源忙碌中", EEXIST: "檔案已存在", EXDEV: "不能跨檔案系統搬移",
        EPIPE: "讀取端已關閉", ETXTBSY: "執行檔正在使用中", EADDRINUSE: "位址已在使用中", EADDRNOTAVAIL: "無法使用這個位址",
        ECONNREFUSED: "連線被拒絕", ECONNRESET: "連線被對方重設", ENOTTY: "它不是終端機", EINVAL: "參數無效",
    ]
}
