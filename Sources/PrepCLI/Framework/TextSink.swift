import Glibc
import PrepTerminal
import Synchronization

/// Where a command writes text: the process's stdout/stderr, or a buffer in tests.
///
/// A write that fails is remembered, not thrown, so every command writes the same way; once one has
/// failed nothing more is written, interactive sessions end as if their input had ended, and `PrepTool`
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

    /// Unbuffered writes to a file descriptor, so prompts appear before the program waits for input.
    package static func fileDescriptor(_ fd: Int32) -> TextSink {
        TextSink(failable: { text in
            var text = text
            return text.withUTF8 { TerminalOutput.writeAll(fd, UnsafeRawBufferPointer($0)) }
        })
    }

    /// `source` reading as ended once this sink has failed: a session whose screen is gone stops asking.
    package func endingInput(_ source: any ByteSource) -> any ByteSource {
        InputEndingOnWriteError(source: source, sink: self)
    }
}

private final class InputEndingOnWriteError: ByteSource {
    private let source: any ByteSource
    private let sink: TextSink

    init(source: any ByteSource, sink: TextSink) {
        self.source = source
        self.sink = sink
    }

    func read(timeout: Duration?) -> [UInt8]? {
        sink.writeError == nil ? source.read(timeout: timeout) : nil
    }
}
