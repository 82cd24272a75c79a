import Foundation

extension ContentParser {
    /// Reads and parses the file at `url`, reported under `path` (what the user typed, or the path relative to
    /// the content directory). A file that cannot be read becomes an error diagnostic, like any other problem.
    package func parse(fileAt url: URL, path: String) -> ParseResult {
        do {
            return parse(bytes: try Data(contentsOf: url), path: path)
        } catch {
            let problem: ContentDiagnostic.Problem =
                FileManager.default.fileExists(atPath: url.path) ? .fileCannotBeRead : .fileDoesNotExist
            let location = SourceLocation(path: path, line: 1, column: 1)
            return ParseResult(article: nil, diagnostics: [ContentDiagnostic(.error, at: location, problem)])
        }
    }
}
