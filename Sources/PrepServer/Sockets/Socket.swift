import CLinuxShims
import Glibc

/// A TCP socket over IPv4. Every syscall is a method here, so the servers and the load generator never
/// touch Glibc directly. Closing is explicit: a descriptor outlives any one owner.
package struct Socket: Sendable, Hashable {
    package let fd: Int32

    package init(fd: Int32) { self.fd = fd }

    /// A peer hanging up must not kill the process; sends also pass MSG_NOSIGNAL, this covers the rest.
    package static func ignoreSIGPIPE() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Binds and listens; `port` 0 lets the kernel choose, read it back with `localPort()`.
    package static func listen(host: String, port: UInt16, backlog: Int32 = 1024) throws -> Socket {
        ignoreSIGPIPE()
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError.lastError("socket") }
        let socket = Socket(fd: fd)
        do {
            try socket.setOption(SOL_SOCKET, SO_REUSEADDR, 1)
            var address = try makeAddress(host: host, port: port)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else { throw SocketError.lastError("bind") }
            guard Glibc.listen(fd, backlog) == 0 else { throw SocketError.lastError("listen") }
            return socket
        } catch {
            socket.close()
            throw error
        }
    }

    /// A blocking connect.
    package static func connect(host: String, port: UInt16) throws -> Socket {
        try connect(host: host, port: port, nonBlocking: false)
    }

    /// A non-blocking connect: returns at once; the socket becomes writable once connected.
    package static func connectNonBlocking(host: String, port: UInt16) throws -> Socket {
        try connect(host: host, port: port, nonBlocking: true)
    }

    private static func connect(host: String, port: UInt16, nonBlocking: Bool) throws -> Socket {
        ignoreSIGPIPE()
        var type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        if nonBlocking { type |= Int32(SOCK_NONBLOCK.rawValue) }
        let fd = Glibc.socket(AF_INET, type, 0)
        guard fd >= 0 else { throw SocketError.lastError("socket") }
        let socket = Socket(fd: fd)
        do {
            var address = try makeAddress(host: host, port: port)
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard result == 0 || (nonBlocking && errno == EINPROGRESS) else { throw SocketError.lastError("connect") }
        } catch {
            socket.close()
            throw error
        }
        try? socket.setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1)
        return socket
    }

    private static func makeAddress(host: String, port: UInt16) throws -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw SocketError.failed(call: "inet_pton", errno: EINVAL, message: "not an IPv4 address: \(host)")
        }
        return address
    }

    package func localPort() throws -> UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw SocketError.lastError("getsockname") }
        return UInt16(bigEndian: address.sin_port)
    }

    /// Accepts one connection, already non-blocking when asked; `nil` when none is pending.
    /// `noDelay` turns off Nagle, which matters only when one connection carries several responses.
    package func accept(nonBlocking: Bool, noDelay: Bool = true) throws -> Socket? {
        var flags = Int32(SOCK_CLOEXEC.rawValue)
        if nonBlocking { flags |= Int32(SOCK_NONBLOCK.rawValue) }
        while true {
            let client = prep_accept4(fd, flags)
            if client >= 0 {
                let socket = Socket(fd: client)
                if noDelay { try? socket.setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1) }
                return socket
            }
            switch errno {
            case EINTR, ECONNABORTED: continue
            case EAGAIN, EWOULDBLOCK: return nil
            default: throw SocketError.lastError("accept4")
            }
        }
    }

    /// The error a non-blocking connect ended with, 0 on success (SO_ERROR).
    package func pendingError() -> Int32 {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ERROR, &value, &length) == 0 else { return errno }
        return value
    }

    package func setNonBlocking() throws {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else { throw SocketError.lastError("fcntl") }
    }

    package func setOption(_ level: Int32, _ name: Int32, _ value: Int32) throws {
        var value = value
        guard setsockopt(fd, level, name, &value, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
            throw SocketError.lastError("setsockopt")
        }
    }

    /// Reads into `buffer`; 0 means the peer closed. Throws `.wouldBlock` on a non-blocking socket with nothing to read.
    /// `dontWait` makes one read non-blocking on a blocking socket (MSG_DONTWAIT).
    package func read(into buffer: UnsafeMutableRawBufferPointer, dontWait: Bool = false) throws -> Int {
        while true {
            let count = recv(fd, buffer.baseAddress, buffer.count, dontWait ? Int32(MSG_DONTWAIT) : 0)
            if count >= 0 { return count }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: throw SocketError.wouldBlock
            default: throw SocketError.lastError("recv")
            }
        }
    }

    /// Sends what the kernel takes now; returns the byte count (possibly short), or throws `.wouldBlock`.
    /// `more` (MSG_MORE) holds back a short tail so it leaves with what follows, such as the FIN of `finishSending()`.
    package func send(_ bytes: UnsafeRawBufferPointer, more: Bool = false) throws -> Int {
        while true {
            let count = Glibc.send(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL) | (more ? Int32(MSG_MORE) : 0))
            if count >= 0 { return count }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: throw SocketError.wouldBlock
            case EPIPE, ECONNRESET: throw SocketError.closed
            default: throw SocketError.lastError("send")
            }
        }
    }

    /// Blocking socket: sends everything. Non-blocking socket: polls for writability in between.
    package func sendAll(_ bytes: [UInt8], more: Bool = false) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                do {
                    offset += try send(UnsafeRawBufferPointer(rebasing: buffer[offset...]), more: more)
                } catch SocketError.wouldBlock {
                    _ = wait(for: Int16(POLLOUT), timeoutMilliseconds: 1000)
                }
            }
        }
    }

    /// Waits for readiness with poll(2); returns false on timeout.
    package func wait(for events: Int16, timeoutMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: events, revents: 0)
        while true {
            let result = poll(&descriptor, 1, timeoutMilliseconds)
            if result >= 0 { return result > 0 }
            if errno != EINTR { return true }
        }
    }

    /// Wakes any thread blocked in accept or recv on this socket (Linux returns EINVAL from accept).
    package func shutdown() {
        _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Sends the FIN now (SHUT_WR), with any bytes `more` held back in the same segment.
    package func finishSending() {
        _ = Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    package func close() {
        _ = Glibc.close(fd)
    }
}
