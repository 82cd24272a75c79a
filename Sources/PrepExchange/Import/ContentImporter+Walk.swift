import Foundation
import PrepContent
import PrepStore

extension ContentImporter {
    /// The files named on a command line, folders walked; what could not be found or read is a diagnostic.
    package struct Selection {
        package var files: [URL] = []
        /// Files in the folders walked that are of no kind prep reads.
        package var skipped: [URL] = []
        package var diagnostics: [ContentDiagnostic] = []
    }

    /// Resolves `paths` against `workingDirectory` and walks the folders among them.
    package func collect(_ paths: [String], workingDirectory: String) throws -> Selection {
        var selection = Selection()
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true)).standardizedFileURL
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                selection.diagnostics.append(ContentDiagnostic(.error, at: SourceLocation(path: path, line: 1), .noSuchFileOrFolder))
            } else if isDirectory.boolValue {
                // A collection's questions are often in its README.md; only prep's own format description is left out.
                let listing = try ContentLibrary.scan(url, excluding: ["FORMAT.md"])
                selection.files += listing.files
                selection.skipped += listing.skipped
                let folder = displayPath(url)
                selection.diagnostics += listing.diagnostics.map { diagnostic in
                    var located = diagnostic
                    located.location.path = diagnostic.location.path == "." ? folder : "\(folder)/\(diagnostic.location.path)"
                    return located
                }
            } else {
                selection.files.append(url)
            }
        }
        return selection
    }

    /// Brings `store` up to date with the content folders (each with the base its paths are shown relative
    /// to), as every command that opens the store does first; returns the errors met, for the caller to show.
    package static func sync(folders: [(path: String, base: String)], into store: Store, now: Date) throws -> [ContentDiagnostic] {
        var errors: [ContentDiagnostic] = []
        for folder in folders where FileManager.default.fileExists(atPath: folder.path) {
            let importer = ContentImporter(baseDirectory: folder.base)
            let listing = try ContentLibrary.scan(URL(fileURLWithPath: folder.path, isDirectory: true), excluding: ContentLibrary.excludedFileNames)
            let report = try importer.importFiles(listing.files, into: store, now: now)
            errors += (listing.diagnostics + report.diagnostics).filter { $0.severity == .error }
        }
        return errors
    }
}
