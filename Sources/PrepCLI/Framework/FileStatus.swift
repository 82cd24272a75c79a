import Glibc

/// What a path names, read with `lstat`/`stat` and never by opening it: opening a FIFO for reading blocks
/// until a writer comes, and the kind decides whether prep may read, replace or stream to it at all.
struct FileStatus: Equatable {
    enum Kind: Equatable {
        case regular, directory, symlink, fifo, characterDevice, blockDevice, socket
    }

    /// Device and inode: the same file under two names (a hard link, `./x` and `x`) has the same identity.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var kind: Kind
    var identity: Identity
    var size: Int64
    var mode: mode_t
    var owner: uid_t
    var group: gid_t

    /// The status of `path` itself (a symlink is `.symlink`) or of what it links to; nil when it cannot be
    /// read (nothing there, a folder on the way without search permission).
    static func of(_ path: String, followingLinks: Bool = false) -> FileStatus? {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return nil }
        return FileStatus(info)
    }

    init(_ info: stat) {
        kind = switch info.st_mode & S_IFMT {
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        case S_IFIFO: .fifo
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        case S_IFSOCK: .socket
        default: .regular
        }
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int64(info.st_size)
        mode = info.st_mode & 0o7777
        owner = info.st_uid
        group = info.st_gid
    }

    /// No write permission bit at all, or none for this user: prep treats both as "do not overwrite". Root
    /// passes `access`, so the bits are checked as well.
    func isReadOnly(path: String) -> Bool {
        mode & 0o222 == 0 || access(path, W_OK) != 0
    }
}
