import Foundation
import Glibc

/// Why a file was not written; each case names the path the user gave.
enum FileOutputError: Error, Equatable {
    case isDirectory(path: String)
    case isDatabase(path: String)
    case holdsDatabase(path: String)
    case readOnly(path: String)
    case unsupportedKind(path: String, kind: FileStatus.Kind)
    case noReader(path: String)
    case failed(path: String, code: Int32)
}

/// The one way prep writes a file a user named (`export -o`, `install`).
///
/// A regular file is replaced atomically: a crash leaves the old file or the new one, never half of either,
/// and the replacement keeps the old mode and ownership. A symlink is followed, so a synced file's target
/// is updated instead of the link being swapped for a copy. A FIFO, a terminal or `/dev/null` cannot be
/// renamed over without destroying it, so it is written to; `-` is standard output.
struct FileOutput {
    /// Files this write must never replace: the database in use and its `-wal`/`-shm` companions.
    var protected: [String] = []
    /// Replaces a read-only file too.
    var force = false

    func write(_ data: Data, to path: String) throws(FileOutputError) {
        if path == "-" { return try Self.writeAll(data, to: STDOUT_FILENO, path: path) }
        let target = try Self.resolvingLinks(path)
        let existing = FileStatus.of(target)
        if existing == nil, errno != ENOENT { throw .failed(path: path, code: errno) }
        if isProtected(target, existing?.identity) { throw .isDatabase(path: path) }
        guard let existing else { return try replace(target, with: data, keeping: nil, shownAs: path) }
        switch existing.kind {
        case .regular:
            // Another progress database or an Anki collection is someone's history, not an earlier export:
            // `--force` is for read-only exports, and a mistyped `-o` must not cost a year of reviews.
            if Self.isSQLiteDatabase(target) { throw .holdsDatabase(path: path) }
            if !force, existing.isReadOnly(path: target) { throw .readOnly(path: path) }
            try replace(target, with: data, keeping: existing, shownAs: path)
        case .fifo, .characterDevice:
            try Self.stream(data, into: target, isFIFO: existing.kind == .fifo, shownAs: path)
        case .directory:
            throw .isDirectory(path: path)
        case .symlink, .blockDevice, .socket:
            throw .unsupportedKind(path: path, kind: existing.kind)
        }
    }

    /// Compared by device and inode (a hard link, another spelling of the path) and by resolved path (a
    /// database not created yet).
    private func isProtected(_ target: String, _ identity: FileStatus.Identity?) -> Bool {
        let canonicalTarget = Self.canonical(target)
        return protected.contains { file in
            if let identity, FileStatus.of(file, followingLinks: true)?.identity == identity { return true }
            return Self.canonical(file) == canonicalTarget
        }
    }

    private static func canonical(_ path: String) -> String {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard let resolvedFolder = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
        defer { free(resolvedFolder) }
        return (String(cString: resolvedFolder) as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }

    /// Follows a chain of symlinks to the file they name, which may not exist yet (a dangling link is
    /// written through, creating its target). 40 hops is the kernel's own limit before ELOOP.
    private static func resolvingLinks(_ path: String) throws(FileOutputError) -> String {
        var current = path
        for _ in 0..<40 {
            guard FileStatus.of(current)?.kind == .symlink else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw .failed(path: path, code: errno) }
            let link = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        throw .failed(path: path, code: ELOOP)
    }

    private func replace(_ target: String, with data: Data, keeping old: FileStatus?, shownAs path: String) throws(FileOutputError) {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .failed(path: path, code: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(FileOutputError) {
            try Self.writeAll(data, to: fd, path: path)
            // Ownership first: chown clears set-id bits. Only root can give a file away; anyone else
            // already owns what they replace, so a refused chown changes nothing worth failing for.
            if let old { _ = fchown(fd, old.owner, old.group) }
            let mode = old?.mode ?? (0o666 & ~Self.currentUmask())
            guard fchmod(fd, mode) == 0, fsync(fd) == 0 else { throw .failed(path: path, code: errno) }
            guard close(fd) == 0 else { throw .failed(path: path, code: errno) }
            guard rename(temporary, target) == 0 else { throw .failed(path: path, code: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // The rename is durable only once the folder's entry is on disk.
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// A FIFO without a reader is refused rather than waited on: `open` would block until one came.
    private static func stream(_ data: Data, into target: String, isFIFO: Bool, shownAs path: String) throws(FileOutputError) {
        let fd = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY | (isFIFO ? O_NONBLOCK : 0))
        guard fd >= 0 else { throw errno == ENXIO && isFIFO ? .noReader(path: path) : .failed(path: path, code: errno) }
        defer { close(fd) }
        if isFIFO { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) }
        try writeAll(data, to: fd, path: path)
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws(FileOutputError) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return written < 0 ? errno : EIO }
                offset += written
            }
            return nil
        }
        if let failure { throw .failed(path: path, code: failure) }
    }

    /// Every SQLite database begins with these 16 bytes, whatever its name.
    private static func isSQLiteDatabase(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        guard read(fd, &header, header.count) == header.count else { return false }
        return header == Array("SQLite format 3\0".utf8)
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
