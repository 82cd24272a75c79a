import Glibc
import Testing

@testable import PrepTerminal

/// A pseudo-terminal pair, so raw mode and TTY detection are tested without the real terminal.
final class PseudoTerminal {
    let leader: Int32
    let follower: Int32

    init(columns: UInt16 = 80, rows: UInt16 = 24) throws {
        // Glibc's module map leaves out posix_openpt and friends, and the _IOW macros behind these ioctl
        // numbers do not import; the values are Linux's generic ones (x86_64 and arm64).
        let TIOCGPTN: UInt = 0x8004_5430
        let TIOCSPTLCK: UInt = 0x4004_5431
        leader = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard leader >= 0, ioctl(leader, TIOCSPTLCK, &unlock) == 0, ioctl(leader, TIOCGPTN, &number) == 0
        else {
            throw TerminalMode.Error(call: "open /dev/ptmx", errno: errno)
        }
        follower = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard follower >= 0 else { throw TerminalMode.Error(call: "open", errno: errno) }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(follower, UInt(TIOCSWINSZ), &size)
    }

    deinit {
        close(follower)
        close(leader)
    }

    func localFlags() -> tcflag_t {
        var attributes = termios()
        _ = tcgetattr(follower, &attributes)
        return attributes.c_lflag
    }

    /// Whatever the follower side wrote, without blocking.
    func drainOutput() -> String {
        var collected: [UInt8] = []
        var request = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
        var buffer = [UInt8](repeating: 0, count: 256)
        while poll(&request, 1, 100) > 0 {
            let count = buffer.withUnsafeMutableBytes { read(leader, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            collected += buffer[..<count]
        }
        return String(decoding: collected, as: UTF8.self)
    }
}
