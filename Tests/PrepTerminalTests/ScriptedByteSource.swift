import Testing

@testable import PrepTerminal

/// Hands out prepared chunks, one per read; an empty chunk stands for a read that timed out.
final class ScriptedByteSource: ByteSource {
    private var chunks: [[UInt8]]
    private(set) var timeouts: [Duration?] = []

    init(_ chunks: [[UInt8]]) {
        self.chunks = chunks
    }

    convenience init(_ text: String) {
        self.init([Array(text.utf8)])
    }

    func read(timeout: Duration?) -> [UInt8]? {
        timeouts.append(timeout)
        guard !chunks.isEmpty else { return nil }
        let chunk = chunks.removeFirst()
        if chunk.isEmpty, timeout == nil {
            Issue.record("a blocking read was given the empty chunk meant for a timeout")
        }
        return chunk
    }
}
