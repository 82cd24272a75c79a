import Foundation

/// Finds content files on disk and the content directory prep should use by default.
package enum ContentLibrary {
    /// Files in a content folder that describe the format or the folder rather than hold cards.
    package static let excludedFileNames: Set<String> = ["FORMAT.md", "README.md"]

    /// Extensions of the files prep reads: markdown, plain text, and delimited text.
    package static let knownExtensions: Set<String> = ["md", "markdown", "txt", "tsv", "csv"]

    /// What a folder holds for prep: files it reads, and files of other kinds it leaves alone (to be reported).
    package struct Listing: Sendable {
        package var files: [URL] = []
        package var skipped: [URL] = []
    }

    /// The content files below `directory` (`*.md` except FORMAT.md and README.md, `*.txt`), hidden files and
    /// folders skipped, sorted by their path relative to `directory` so imports happen in a stable order.
    package static func contentFiles(in directory: URL) throws -> [URL] {
        try scan(directory, excluding: excludedFileNames).files
    }

    /// Every file below `directory` of a known kind, except the `excluding` names, and the others as
    /// skipped; hidden files and folders are passed over silently. Both lists sorted by relative path.
    package static func scan(_ directory: URL, excluding excluded: Set<String>) throws -> Listing {
        let fileManager = FileManager.default
        let base = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: base.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        var found: [(relative: String, url: URL)] = []
        var skipped: [(relative: String, url: URL)] = []
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
                } else if excluded.contains(name) {
                    continue
                } else if isContentFileName(name) {
                    found.append((path, url))
                } else {
                    skipped.append((path, url))
                }
            }
        }
        return Listing(
            files: found.sorted { $0.relative < $1.relative }.map(\.url),
            skipped: skipped.sorted { $0.relative < $1.relative }.map(\.url))
    }

    package static func isContentFileName(_ name: String) -> Bool {
        knownExtensions.contains(ContentFormat.fileExtension(of: name))
    }
}
