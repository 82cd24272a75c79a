import Glibc

/// Where interactive output goes: a file descriptor in the tool, a buffer in tests.
package struct TerminalOutput {
    package let write: (String) -> Void
    /// True once a write has failed (a full disk, a reader that went away): nobody sees the screen any more.
    package let isBroken: () -> Bool

    package init(write: @escaping (String) -> Void, isBroken: @escaping () -> Bool = { false }) {
        self.write = write
        self.isBroken = isBroken
    }

    /// Writes every byte, retrying after EINTR and short writes, and returns the errno of a write that
    /// failed (nil when all was written). Async-signal-safe, so the raw-mode signal handler uses it too.
    @discardableResult
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written == 0 ? EIO : errno }
            offset += written
        }
        return nil
    }
}
