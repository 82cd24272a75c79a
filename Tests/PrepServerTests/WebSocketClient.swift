import Testing
@testable import PrepServer

/// A raw WebSocket client for conformance tests: it sends exactly the frames a test builds, malformed ones
/// included, and reads the server's frames one by one.
struct WebSocketClient {
    var client: TestClient
    private var maskSeed: UInt8 = 1

    /// Connects to `path` and completes the opening handshake.
    init(port: UInt16, path: String = "/ws") throws {
        client = try TestClient(port: port)
        try client.send("GET \(path) HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
        let handshake = try #require(try client.readResponse())
        #expect(handshake.status == 101)
    }

    func close() { client.close() }

    /// A masked frame with a different key each time, so masking bugs cannot cancel out.
    mutating func send(fin: Bool = true, opcode: UInt8, _ payload: [UInt8], rsv: UInt8 = 0) throws {
        var bytes = WebSocketFrame(fin: fin, opcode: WebSocketFrame.Opcode(rawValue: opcode), payload: payload)
            .encoded(mask: (maskSeed, maskSeed &+ 1, maskSeed &+ 2, maskSeed &+ 3))
        bytes[0] |= rsv << 4
        maskSeed &+= 4
        try client.send(bytes: bytes)
    }

    mutating func send(raw bytes: [UInt8]) throws { try client.send(bytes: bytes) }

    /// The next frame from the server; `nil` once it has closed the connection.
    mutating func readFrame(timeoutMilliseconds: Int32 = 5000) throws -> WebSocketFrame? {
        while true {
            let result = client.bufferSnapshot.withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 1 << 24, requireMask: false) }
            switch result {
            case let .frame(frame, consumed):
                _ = try client.readBytes(consumed)
                return frame
            case .failure:
                Issue.record("the server sent a malformed frame")
                return nil
            case .incomplete:
                guard try client.fill(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
            }
        }
    }

    /// Reads until the server's close frame and returns its code (`nil` for an empty close payload), then
    /// expects the server to drop the connection. Data frames before it are skipped.
    mutating func expectClose(_ expected: UInt16?, _ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        while let frame = try readFrame() {
            guard frame.opcode == .close else { continue }
            let code = frame.payload.count >= 2 ? UInt16(frame.payload[0]) << 8 | UInt16(frame.payload[1]) : nil
            #expect(code == expected, comment, sourceLocation: sourceLocation)
            #expect(try client.isClosedByServer(), comment, sourceLocation: sourceLocation)
            return
        }
        Issue.record("connection ended without a close frame; expected \(expected.map(String.init) ?? "an empty close")", sourceLocation: sourceLocation)
    }
}
