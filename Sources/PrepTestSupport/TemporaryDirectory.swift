import Foundation
import Synchronization

/// A fresh folder per test, removed with the object, so tests running in parallel never share files.
///
/// Every folder made is removed once more when the process exits: an object released while a harness or
/// a store still held its path (a temporary passed straight into a call) lets that later use create the
/// folder again, after `deinit` has run.
package final class TemporaryDirectory {
    package let url: URL

    package init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("prep-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryFolders.made(url.path)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    package var path: String { url.path }

    /// The path of `name` inside the folder; nothing is created.
    package func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `contents` at `relativePath`, creating folders on the way.
    @discardableResult
    package func write(_ relativePath: String, _ contents: String) throws -> URL {
        try write(relativePath, Data(contents.utf8))
    }

    @discardableResult
    package func write(_ relativePath: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    /// Every file in the folder with its bytes: equal snapshots mean nothing was created, removed or written.
    package func snapshot() throws -> [String: Data] {
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

/// The folders this process made, for the sweep at exit.
private enum TemporaryFolders {
    static let paths = Mutex<[String]>([])
    static let sweepAtExit: Void = {
        atexit {
            for path in TemporaryFolders.paths.withLock({ $0 }) {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }()

    static func made(_ path: String) {
        _ = sweepAtExit
        paths.withLock { $0.append(path) }
    }
}
