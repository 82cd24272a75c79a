/// Writes a streamed body in async mode; each write is handed to the socket before it returns.
package struct AsyncBodyWriter: Sendable {
    let writeBytes: @Sendable ([UInt8]) async throws -> Void

    package init(_ writeBytes: @escaping @Sendable ([UInt8]) async throws -> Void) {
        self.writeBytes = writeBytes
    }

    package func write(_ bytes: [UInt8]) async throws { try await writeBytes(bytes) }
}
