import Foundation

/// Finds content files on disk and the content directory prep should use by default.
package enum ContentLibrary {
    /// Files in a content folder that describe the format or the folder rather than hold cards.
    package static let excludedFileNames: Set<String> = ["FORMAT.md", "README.md"]

    /// The content files below `directory` (`*.md` except FORMAT.md and README.md, `*.txt`, `*.csv`, `*.tsv`),
    /// hidden files and folders skipped, sorted by their path relative to `directory` so imports happen in a
    /// stable order.
    package static func contentFiles(in directory: URL) throws -> [URL] {
        let fileManager = FileManager.default
        let base = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        var found: [(relative: String, url: URL)] = []
        var pending = [(relative: "", url: base)]
        // Walked by hand rather than with an enumerator, so the hidden-file rule is explicit and the same
        // on every platform.
        while let (relative, folder) = pending.popLast() {
            for name in try fileManager.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
                let url = folder.appendingPathComponent(name)
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                var childIsDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: url.path, isDirectory: &childIsDirectory) else { continue }
                if childIsDirectory.boolValue {
                    pending.append((path, url))
                } else if isContentFileName(name) {
                    found.append((path, url))
                }
            }
        }
        return found.sorted { $0.relative < $1.relative }.map(\.url)
    }

    package static func isContentFileName(_ name: String) -> Bool {
        guard !excludedFileNames.contains(name) else { return false }
        let lowered = name.lowercased()
        return [".md", ".txt", ".csv", ".tsv"].contains { lowered.hasSuffix($0) }
    }

    /// The content directory, first match wins: the explicit `--content` option, `$PREP_CONTENT`, `./content`,
    /// then the nearest ancestor of the executable holding a `content/` folder (a `swift run` binary sits in
    /// `.build/<triple>/debug/` below the checkout). The first two are returned as given, so a wrong path is
    /// reported by whoever reads it rather than silently replaced.
    package static func resolveDirectory(
        explicit: String?, environment: [String: String], currentDirectory: String, executablePath: String?
    ) -> URL? {
        func absolute(_ path: String) -> URL {
            URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true))
                .standardizedFileURL
        }
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let fromEnvironment = environment["PREP_CONTENT"], !fromEnvironment.isEmpty {
            return absolute(fromEnvironment)
        }
        let local = absolute("content")
        if isDirectory(local) { return local }
        guard let executablePath, !executablePath.isEmpty else { return nil }
        var folder = (absolute(executablePath).resolvingSymlinksInPath().path as NSString).deletingLastPathComponent
        while true {
            let candidate = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("content")
            if isDirectory(candidate) { return candidate.standardizedFileURL }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
