import Glibc

/// Why a file prep was asked to write, or to open as its database, was refused; every phrase names the path.
struct FilePhrases: Sendable {
    var cannotWrite: @Sendable (_ path: String, _ reason: String) -> String
    var isDirectory: String
    var isDatabase: String
    var readOnly: String
    var noReader: String
    var kindNames: [FileStatus.Kind: String]
    var isKind: @Sendable (_ kind: String) -> String
    var emptyDatabasePath: String
    var unusableDatabase: @Sendable (_ path: String, _ kind: String) -> String

    func refused(_ error: FileOutputError) -> String {
        switch error {
        case .isDirectory(let path): cannotWrite(path, isDirectory)
        case .isDatabase(let path): cannotWrite(path, isDatabase)
        case .readOnly(let path): cannotWrite(path, readOnly)
        case .noReader(let path): cannotWrite(path, noReader)
        case .unsupportedKind(let path, let kind): cannotWrite(path, isKind(kindNames[kind] ?? ""))
        case .failed(let path, let code): cannotWrite(path, String(cString: strerror(code)))
        }
    }
}

extension FilePhrases {
    static let english = FilePhrases(
        cannotWrite: { path, reason in "cannot write \(path): \(reason)" },
        isDirectory: "it is a folder",
        isDatabase: "it is the database in use, and writing it would erase all progress",
        readOnly: "the file is read-only (add --force to replace it)",
        noReader: "it is a FIFO that nothing is reading",
        kindNames: [
            .directory: "a folder", .fifo: "a FIFO", .characterDevice: "a device", .blockDevice: "a block device",
            .socket: "a socket", .symlink: "a symlink", .regular: "a file",
        ],
        isKind: { kind in "it is \(kind)" },
        emptyDatabasePath: "--db names no file: give it a path, or leave it out for the default database",
        unusableDatabase: { path, kind in "cannot use \(path) as the database: it is \(kind), not a file" }
    )

    static let traditionalChinese = FilePhrases(
        cannotWrite: { path, reason in "無法寫入 \(path)：\(reason)" },
        isDirectory: "它是資料夾",
        isDatabase: "它是正在使用的資料庫，寫入會抹掉所有學習進度",
        readOnly: "檔案是唯讀的（加上 --force 才會取代它）",
        noReader: "它是沒有讀取端的具名管道（FIFO）",
        kindNames: [
            .directory: "資料夾", .fifo: "具名管道（FIFO）", .characterDevice: "裝置", .blockDevice: "區塊裝置",
            .socket: "通訊端", .symlink: "符號連結", .regular: "檔案",
        ],
        isKind: { kind in "它是\(kind)" },
        emptyDatabasePath: "--db 沒有指定檔案：請給它路徑，或省略它以使用預設資料庫",
        unusableDatabase: { path, kind in "無法把 \(path) 當作資料庫：它是\(kind)，不是檔案" }
    )
}
