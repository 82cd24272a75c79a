/// Writes a streamed body in sync mode with blocking sends.
package struct BlockingBodyWriter: Sendable {
    let socket: Socket

    package func write(_ bytes: [UInt8]) throws { try socket.sendAll(bytes) }
}
