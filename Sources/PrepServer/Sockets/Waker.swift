import CLinuxShims
import Glibc

/// An eventfd another thread writes to so that a loop blocked in epoll_wait wakes up.
package struct Waker: Sendable {
    package let fd: Int32

    package init() throws {
        fd = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
        guard fd >= 0 else { throw SocketError.lastError("eventfd") }
    }

    package func wake() {
        var one: UInt64 = 1
        _ = Glibc.write(fd, &one, MemoryLayout<UInt64>.size)
    }

    /// Resets the counter so level-triggered epoll stops reporting it.
    package func drain() {
        var value: UInt64 = 0
        _ = Glibc.read(fd, &value, MemoryLayout<UInt64>.size)
    }

    package func close() { Glibc.close(fd) }
}
