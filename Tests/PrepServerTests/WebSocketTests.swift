import Testing
@testable import PrepServer

struct WebSocketTests {
    private func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func sha1Vectors(input: String, digest: String) {
        #expect(hex(SHA1.hash(Array(input.utf8))) == digest)
    }

    @Test func sha1OfAMillionAs() {
        #expect(hex(SHA1.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func handshakeAcceptValues() {
        #expect(WebSocket.acceptValue(forKey: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        #expect(WebSocket.acceptValue(forKey: "QUJDREVGR0hJSktMTU5PUA==") == "9twnCz4Oi2Q3EuDqLAETCuip07c=")
    }

    @Test(arguments: [0, 125, 126, 65535, 65536, 200_000])
    func maskedFramesRoundTripAtEveryLengthForm(length: Int) {
        let payload = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let frame = WebSocketFrame(opcode: .binary, payload: payload)
        let bytes = frame.encoded(mask: (1, 2, 3, 4))
        let headerLength = length < 126 ? 2 : (length <= 65535 ? 4 : 10)
        #expect(bytes.count == headerLength + 4 + length)
        let decoded = bytes.withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 1 << 20) }
        #expect(decoded == .frame(frame, consumed: bytes.count))
        let partial = Array(bytes.dropLast()).withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 1 << 20) }
        #expect(partial == .incomplete)
    }

    @Test func protocolViolationsAreRefused() {
        let unmasked = WebSocketFrame(opcode: .text, payload: [65]).encoded()
        #expect(unmasked.withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 10) } == .failure(closeCode: 1002))
        let big = WebSocketFrame(opcode: .binary, payload: [UInt8](repeating: 0, count: 11)).encoded(mask: (9, 9, 9, 9))
        #expect(big.withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 10) } == .failure(closeCode: 1009))
        let fragmentedPing = WebSocketFrame(fin: false, opcode: .ping, payload: []).encoded(mask: (1, 1, 1, 1))
        #expect(fragmentedPing.withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 10) } == .failure(closeCode: 1002))
        var reserved = WebSocketFrame(opcode: .text, payload: []).encoded(mask: (1, 1, 1, 1))
        reserved[0] |= 0x40
        #expect(reserved.withUnsafeBytes { WebSocketFrame.decode($0, maxPayload: 10) } == .failure(closeCode: 1002))
    }

    @Test func eventsAreEncodedAsFieldLines() {
        let event = ServerSentEvent(id: "7", event: "tick", data: "a\nb")
        #expect(String(decoding: event.encoded, as: UTF8.self) == "id: 7\nevent: tick\ndata: a\ndata: b\n\n")
    }
}
