import CLinuxShims
import Glibc

/// Level-triggered epoll. Interest is plain `UInt32` masks of `EPOLLIN`/`EPOLLOUT`.
package final class EPoll {
    package static let readable = UInt32(EPOLLIN.rawValue)
    package static let writable = UInt32(EPOLLOUT.rawValue)
    package static let exclusive = UInt32(EPOLLEXCLUSIVE.rawValue)
    package static let hangUp = UInt32(EPOLLHUP.rawValue) | UInt32(EPOLLERR.rawValue)

    package let fd: Int32
    private var readyDescriptors = [Int32](repeating: 0, count: 256)
    private var readyEvents = [UInt32](repeating: 0, count: 256)

    package init() throws {
        fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw SocketError.lastError("epoll_create1") }
    }

    deinit { Glibc.close(fd) }

    package func add(_ descriptor: Int32, events: UInt32) throws {
        guard prep_epoll_ctl(fd, EPOLL_CTL_ADD, descriptor, events) == 0 else {
            throw SocketError.lastError("epoll_ctl EPOLL_CTL_ADD")
        }
    }

    package func modify(_ descriptor: Int32, events: UInt32) throws {
        guard prep_epoll_ctl(fd, EPOLL_CTL_MOD, descriptor, events) == 0 else {
            throw SocketError.lastError("epoll_ctl EPOLL_CTL_MOD")
        }
    }

    package func remove(_ descriptor: Int32) {
        _ = prep_epoll_ctl(fd, EPOLL_CTL_DEL, descriptor, 0)
    }

    /// Calls `body(fd, events)` for each ready descriptor. A timeout of -1 waits forever; EINTR counts as nothing ready.
    package func wait(timeoutMilliseconds: Int32, _ body: (Int32, UInt32) -> Void) throws {
        let count = readyDescriptors.withUnsafeMutableBufferPointer { fds in
            readyEvents.withUnsafeMutableBufferPointer { events in
                prep_epoll_wait(fd, fds.baseAddress, events.baseAddress, Int32(fds.count), timeoutMilliseconds)
            }
        }
        guard count >= 0 else { throw SocketError.lastError("epoll_wait") }
        for index in 0..<Int(count) {
            body(readyDescriptors[index], readyEvents[index])
        }
    }
}
