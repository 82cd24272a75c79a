import Foundation
import Glibc

extension ContentParser {
    /// 16 MiB: far beyond any article or deck, far below what parsing a file (held several times over
    /// while it is read, decoded and split) could take of memory.
    package static let defaultMaxFileBytes: Int64 = 16 << 20

    /// The bytes of a content file, or why it is not one as a diagnostic at `path`: an error, or a warning
    /// for a FIFO, device or socket, which is passed over as the folder walk does. The kind and size are
    /// checked on the open descriptor before anything is read: opening a FIFO does not block (O_NONBLOCK),
    /// reading one or a device would never end, and a file over `maxBytes` is refused without being read.
    package static func readFile(at url: URL, reportedAs path: String, maxBytes: Int64) -> Result<[UInt8], ContentDiagnostic> {
        let failure = { (problem: ContentDiagnostic.Problem) -> Result<[UInt8], ContentDiagnostic> in
            .failure(ContentDiagnostic(problem == .notARegularFile ? .warning : .error, at: SourceLocation(path: path, line: 1, column: 1), problem))
        }
        let systemError = { ContentDiagnostic.Problem.cannotReadFile(reason: String(cString: strerror(errno))) }
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { return failure(errno == ENOENT ? .fileDoesNotExist : systemError()) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failure(systemError()) }
        guard info.st_mode & S_IFMT == S_IFREG else { return failure(.notARegularFile) }
        guard Int64(info.st_size) <= maxBytes else { return failure(.fileTooLarge(bytes: Int64(info.st_size), limit: maxBytes)) }
        // One byte more than the size is asked for, so a file that grew since `fstat` is caught too.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var total = 0
        while true {
            if total == bytes.count {
                guard Int64(total) <= maxBytes else { return failure(.fileTooLarge(bytes: Int64(total), limit: maxBytes)) }
                bytes += [UInt8](repeating: 0, count: max(total, 4096))
            }
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, $0.count - total) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return failure(systemError()) }
            if count == 0 { break }
            total += count
        }
        guard Int64(total) <= maxBytes else { return failure(.fileTooLarge(bytes: Int64(total), limit: maxBytes)) }
        bytes.removeLast(bytes.count - total)
        return .success(bytes)
    }

    /// Reads and parses the file at `url`, reported under `path` (what the user typed, or the path relative to
    /// the content directory). A file that cannot be read becomes a diagnostic, like any other problem.
    package func parse(fileAt url: URL, path: String, maxBytes: Int64 = ContentParser.defaultMaxFileBytes) -> ParseResult {
        switch Self.readFile(at: url, reportedAs: path, maxBytes: maxBytes) {
        case .success(let bytes): parse(bytes: bytes, path: path)
        case .failure(let diagnostic): ParseResult(article: nil, diagnostics: [diagnostic])
        }
    }
}

/// So that reading can return a `Result` carrying the diagnostic.
extension ContentDiagnostic: Error {}
