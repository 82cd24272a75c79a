import Glibc

/// Reads bytes from a file descriptor it does not own (stdin, a pipe end in tests).
package final class FileDescriptorByteSource: ByteSource {
    private let fd: Int32

    package init(fd: Int32) {
        self.fd = fd
    }

    package func read(timeout: Duration?) -> [UInt8]? {
        if let timeout {
            var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(
                clamping: timeout.components.seconds * 1000
                    + timeout.components.attoseconds / 1_000_000_000_000_000)
            let ready = poll(&request, 1, milliseconds)
            if ready == 0 || (ready < 0 && errno == EINTR) { return [] }
        }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count > 0 { return Array(buffer[..<count]) }
            // A signal that interrupts the wait (SIGWINCH) returns control to the reader, which decides
            // whether it meant anything; an empty read means "nothing yet", as after a timeout.
            if count < 0, errno == EINTR {
                if TerminalResize.isPending { return [] }
                continue
            }
            return nil
        }
    }
}
