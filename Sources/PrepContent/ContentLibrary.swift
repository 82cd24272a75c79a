import Foundation
import Glibc

/// Finds content files on disk and the content directory prep should use by default.
package enum ContentLibrary {
    /// Files in a content folder that describe the format or the folder rather than hold cards.
    package static let excludedFileNames: Set<String> = ["FORMAT.md", "README.md"]

    /// Extensions of the files prep reads: markdown, plain text, web pages, and delimited text.
    package static let knownExtensions: Set<String> = Set(["md", "markdown", "txt", "tsv", "csv"]).union(HTMLBody.extensions)

    /// What a folder holds for prep: files it reads, files of other kinds it leaves alone (to be reported),
    /// and what the walk itself ran into, located at the path it concerns.
    package struct Listing: Sendable {
        package var files: [URL] = []
        package var skipped: [URL] = []
        package var diagnostics: [ContentDiagnostic] = []
    }

    /// The content files below `directory` (`*.md` except FORMAT.md and README.md, `*.txt`), hidden files and
    /// folders skipped, sorted by their path relative to `directory` so imports happen in a stable order.
    package static func contentFiles(in directory: URL) throws -> [URL] {
        try scan(directory, excluding: excludedFileNames).files
    }

    /// Every file below `directory` of a known kind, except the `excluding` names, and the others as
    /// skipped; hidden files and folders are passed over silently. Both lists sorted by relative path.
    ///
    /// Walked by hand with `readdir`, so that nothing is dropped without a word: a name that is not UTF-8
    /// (which Foundation leaves out of a listing) and a folder that cannot be read are errors naming the
    /// path, a FIFO, device or socket is a warning (opening one would block or read forever), and a folder
    /// reached again through a symlink is a warning instead of an endless walk.
    package static func scan(_ directory: URL, excluding excluded: Set<String>) throws -> Listing {
        let base = directory.standardizedFileURL.path
        var info = stat()
        guard stat(base, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: directory.path])
        }
        var listing = Listing()
        var found: [(relative: String, url: URL)] = []
        var skipped: [(relative: String, url: URL)] = []
        var visited: Set<[UInt64]> = [[UInt64(info.st_dev), UInt64(info.st_ino)]]
        var pending = [(relative: "", path: base)]
        let report = { (severity: ContentDiagnostic.Severity, relative: String, problem: ContentDiagnostic.Problem) in
            listing.diagnostics.append(ContentDiagnostic(severity, at: SourceLocation(path: relative.isEmpty ? "." : relative, line: 1), problem))
        }
        while let (relative, folder) = pending.popLast() {
            guard let stream = opendir(folder) else {
                report(.error, relative, .folderCannotBeRead(reason: String(cString: strerror(errno))))
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                guard bytes.first != UInt8(ascii: ".") else { continue }
                let shown = escapedName(bytes)
                let path = relative.isEmpty ? shown : "\(relative)/\(shown)"
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    report(.error, path, .nameNotUTF8)
                    continue
                }
                let full = folder + "/" + name
                // Followed through symlinks; a dangling one names nothing and is passed over.
                guard stat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    if visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted {
                        pending.append((path, full))
                    } else {
                        report(.warning, path, .folderAlreadyVisited)
                    }
                case S_IFREG:
                    let url = URL(fileURLWithPath: full)
                    if excluded.contains(name) { continue }
                    if isContentFileName(name) { found.append((path, url)) } else { skipped.append((path, url)) }
                default:
                    report(.warning, path, .notARegularFile)
                }
            }
        }
        listing.files = found.sorted { $0.relative < $1.relative }.map(\.url)
        listing.skipped = skipped.sorted { $0.relative < $1.relative }.map(\.url)
        listing.diagnostics.sort { $0.location.path < $1.location.path }
        return listing
    }

    /// A file name as text: valid UTF-8 as it is, every other byte as `\xNN`, so the learner can find it.
    private static func escapedName(_ bytes: [UInt8]) -> String {
        if let name = String(validating: bytes, as: UTF8.self) { return name }
        var text = ""
        var index = 0
        while index < bytes.count {
            // The longest valid sequence starting here, else one escaped byte.
            if let length = (1...4).first(where: { index + $0 <= bytes.count && String(validating: bytes[index..<(index + $0)], as: UTF8.self) != nil }) {
                text += String(decoding: bytes[index..<(index + length)], as: UTF8.self)
                index += length
            } else {
                text += String(format: "\\x%02X", bytes[index])
                index += 1
            }
        }
        return text
    }

    package static func isContentFileName(_ name: String) -> Bool {
        knownExtensions.contains(ContentFormat.fileExtension(of: name))
    }
}
