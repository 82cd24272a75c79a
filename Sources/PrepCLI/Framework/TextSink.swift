import Glibc
import PrepTerminal
import Synchronization

/// Where a command writes text: the process's stdout/stderr, or a buffer in tests.
///
/// A write that fails is remembered, not thrown, so every command writes the same way; once one has
/// failed nothing more is written, interactive sessions end (see `terminalOutput`), and `PrepTool`
/// reports the error when the command returns (see `WriteFailure`).
package final class TextSink: Sendable {
    /// Returns the errno of a failed write, nil when everything was written.
    private let emit: @Sendable (String) -> Int32?
    private let failure = Mutex<Int32?>(nil)

    /// A sink that cannot fail, such as a buffer.
    package convenience init(_ emit: @escaping @Sendable (String) -> Void) {
        self.init(failable: { text in
            emit(text)
            return nil
        })
    }

    package init(failable emit: @escaping @Sendable (String) -> Int32?) {
        self.emit = emit
    }

    /// The errno of the first write that failed.
    package var writeError: Int32? { failure.withLock { $0 } }

    package func write(_ text: String) {
        failure.withLock { failure in
            guard failure == nil else { return }
            failure = emit(text)
        }
    }

    package func line(_ text: String = "") {
        write(text + "\n")
    }

    /// This sink as a session's screen, which counts as broken once a write to it has failed.
    package var terminalOutput: TerminalOutput {
        TerminalOutput(write: { self.write($0) }, isBroken: { self.writeError != nil })
    }

    /// Unbuffered writes to a file descriptor, so prompts appear before the program waits for input.
    package static func fileDescriptor(_ fd: Int32) -> TextSink {
        TextSink(failable: { text in
            var text = text
            return text.withUTF8 { TerminalOutput.writeAll(fd, UnsafeRawBufferPointer($0)) }
        })
    }
}
