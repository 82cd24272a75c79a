import Glibc

/// Where a command writes text: the process's stdout/stderr, or a buffer in tests.
package final class TextSink: @unchecked Sendable {
    // `@unchecked`: `emit` is a `let` closure and all mutable capture lives behind the caller's own lock.
    private let emit: @Sendable (String) -> Void

    package init(_ emit: @escaping @Sendable (String) -> Void) {
        self.emit = emit
    }

    package func write(_ text: String) {
        emit(text)
    }

    package func line(_ text: String = "") {
        emit(text + "\n")
    }

    /// Unbuffered writes to a file descriptor, so prompts appear before the program waits for input.
    package static func fileDescriptor(_ fd: Int32) -> TextSink {
        TextSink { text in
            var bytes = Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeMutableBytes { buffer in
                    Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}
