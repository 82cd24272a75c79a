import Glibc

/// Where interactive output goes: a file descriptor in the tool, a buffer in tests.
package struct TerminalOutput {
    package let write: (String) -> Void

    package init(write: @escaping (String) -> Void) {
        self.write = write
    }

    /// Writes straight to `fd` with no buffering, so a prompt shows before the read that follows it.
    package static func fileDescriptor(_ fd: Int32) -> TerminalOutput {
        TerminalOutput { text in
            var text = text
            text.withUTF8 { writeAll(fd, UnsafeRawBufferPointer($0)) }
        }
    }

    /// Writes every byte, retrying after EINTR and short writes; async-signal-safe, so the raw-mode
    /// signal handler uses it too.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
