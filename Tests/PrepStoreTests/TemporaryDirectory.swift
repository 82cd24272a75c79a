import Foundation

/// A fresh folder per test, removed with the object, so tests running in parallel never share files.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("prep-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Every file in the folder with its bytes: equal snapshots mean nothing was created, removed or written.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
            var isDirectory: ObjCBool = false
            let item = url.appendingPathComponent(name)
            _ = FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory)
            files[name] = isDirectory.boolValue ? Data("<directory>".utf8) : try Data(contentsOf: item)
        }
        return files
    }
}
