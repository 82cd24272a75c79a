import Glibc
import PrepCore
import Testing
@testable import PrepServer

/// Seeded fuzzing of the three decoders that read untrusted bytes: the HTTP request parser, its chunked
/// body decoder and the WebSocket frame decoder. Each case asserts no crash and an answer from the
/// expected set; the socket cases then check that the server still answers. `PREP_FUZZ_CASES` raises
/// the counts for an on-demand run.
enum Fuzz {
    /// Statuses the parser may refuse a request with.
    static let parserStatuses: Set<Int> = [400, 413, 414, 431, 501, 505]

    static let seeds: [[UInt8]] = ([
        "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://x/?a=1&b=%41 HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n",
        "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
        "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;a=b\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nT: v\r\n\r\n",
        "OPTIONS * HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi",
        "GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n",
    ] as [String]).map { Array($0.utf8) }

    /// Bytes that matter to HTTP framing, so mutations hit the parser's decisions rather than only noise.
    static let interesting: [UInt8] = Array("\r\n:; \t0123456789aAfF-/?%Hh".utf8) + [0, 1, 0x7F, 0x80, 0xFF]

    static func mutate(_ bytes: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = Int.random(in: 0...bytes.count, using: &random)
            let byte = Bool.random(using: &random) ? interesting.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where position < bytes.count: bytes[position] = byte
            case 1: bytes.insert(byte, at: position)
            case 2 where position < bytes.count: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...8, using: &random)))
            case 3: bytes.insert(contentsOf: repeatElement(byte, count: Int.random(in: 2...40, using: &random)), at: position)
            case 4 where position < bytes.count: bytes.insert(contentsOf: bytes[position..<min(bytes.count, position + 16)], at: position)
            default: bytes = Array(bytes[0..<position])
            }
        }
        return bytes
    }

    /// Offers growing prefixes, as a socket would, until the parser decides.
    static func parseIncrementally(_ bytes: [UInt8], limits: HTTPLimits, using random: inout SplitMix64) -> HTTPParseResult {
        var parser = HTTPRequestParser(limits: limits)
        var end = 0
        while true {
            end = min(bytes.count, end + Int.random(in: 1...64, using: &random))
            let result = Array(bytes[0..<end]).withUnsafeBytes { parser.parse($0) }
            if case .incomplete = result, end < bytes.count { continue }
            return result
        }
    }

    static func randomFrame(using random: inout SplitMix64) -> [UInt8] {
        let opcodes: [UInt8] = [0, 1, 2, 8, 9, 10, 3, 11]
        let opcode = opcodes.randomElement(using: &random)!
        // The 16- and 64-bit length forms both appear; the 64-bit one rarely, as it is slow to build unoptimised.
        let length = Int.random(in: 0..<40, using: &random) == 0 ? 65536 : [0, 1, 2, 5, 125, 126, 127, 200, 300].randomElement(using: &random)!
        // Cheap filler for the long ones; the short ones, where the edge cases are, get random bytes.
        let seed = UInt8.random(in: 0...255, using: &random)
        var payload = length > 200
            ? (0..<length).map { UInt8(truncatingIfNeeded: $0) &* seed }
            : (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
        if opcode == 1, Bool.random(using: &random) { payload = Array(String(repeating: "é", count: length / 2).utf8) }
        let frame = WebSocketFrame(fin: Int.random(in: 0..<4, using: &random) != 0, opcode: WebSocketFrame.Opcode(rawValue: opcode), payload: payload)
        return frame.encoded(mask: (UInt8.random(in: 0...255, using: &random), 1, 2, 3))
    }
}

struct FuzzTests {
    @Test func parserAnswersEveryMutatedRequestWithinTheExpectedSet() {
        var random = SplitMix64(seed: 9112)
        var small = HTTPLimits()
        small.maxRequestLineBytes = 96
        small.maxHeaderBytes = 256
        small.maxHeaderCount = 6
        small.maxBodyBytes = 64
        for index in 0..<fuzzCases(default: 4000) {
            let bytes = Fuzz.mutate(Fuzz.seeds.randomElement(using: &random)!, using: &random)
            let limits = index % 2 == 0 ? HTTPLimits() : small
            var whole = HTTPRequestParser(limits: limits)
            let result = bytes.withUnsafeBytes { whole.parse($0) }
            switch result {
            case .incomplete: break
            case let .request(request, consumed):
                #expect(consumed <= bytes.count && consumed > 0)
                #expect(request.body.count <= limits.maxBodyBytes)
                #expect(request.path.first == "/" || request.target == "*", "\(request.target)")
                // Trickled in, the same bytes must give the same request.
                let trickled = Fuzz.parseIncrementally(bytes, limits: limits, using: &random)
                guard case let .request(again, consumedAgain) = trickled else {
                    Issue.record("whole: request, trickled: \(trickled) for \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                    continue
                }
                #expect(consumedAgain == consumed && again.body == request.body && again.target == request.target)
            case let .failure(status, reason):
                #expect(Fuzz.parserStatuses.contains(status.code), "\(status)")
                #expect(!reason.isEmpty)
            }
        }
    }

    @Test func chunkedBodiesDecodeToTheirDataAndMutationsAreRefusedCleanly() {
        var random = SplitMix64(seed: 7230)
        for _ in 0..<fuzzCases(default: 2000) {
            var data: [UInt8] = []
            var text = Array("POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            for _ in 0..<Int.random(in: 0...5, using: &random) {
                let chunk = (0..<Int.random(in: 1...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                data += chunk
                let size = String(chunk.count, radix: 16, uppercase: Bool.random(using: &random))
                let padded = String(repeating: "0", count: Int.random(in: 0...2, using: &random)) + size
                text += Array(padded.utf8) + (Bool.random(using: &random) ? Array(";x=\"y\"".utf8) : []) + [13, 10] + chunk + [13, 10]
            }
            text += Array("0\r\n".utf8) + (Bool.random(using: &random) ? Array("Trailer: 1\r\n".utf8) : []) + [13, 10]
            var parser = HTTPRequestParser()
            if case let .request(request, consumed) = text.withUnsafeBytes({ parser.parse($0) }) {
                #expect(request.body == data)
                #expect(consumed == text.count)
            } else {
                Issue.record("a well-formed chunked body was not decoded")
            }
            let mutated = Fuzz.mutate(text, using: &random)
            switch Fuzz.parseIncrementally(mutated, limits: HTTPLimits(), using: &random) {
            case .incomplete, .request: break
            case let .failure(status, _): #expect(Fuzz.parserStatuses.contains(status.code))
            }
        }
    }

    @Test func frameDecoderAnswersEveryByteStringWithinTheExpectedSet() {
        var random = SplitMix64(seed: 6455)
        for index in 0..<fuzzCases(default: 4000) {
            var bytes = Fuzz.randomFrame(using: &random)
            if index % 2 == 1 { bytes = Fuzz.mutate(bytes, using: &random) }
            switch bytes.withUnsafeBytes({ WebSocketFrame.decode($0, maxPayload: 1 << 16) }) {
            case .incomplete: break
            case let .frame(frame, consumed):
                #expect(consumed <= bytes.count)
                #expect(frame.payload.count <= 1 << 16)
                #expect(!frame.opcode.isControl || (frame.fin && frame.payload.count <= 125))
            case let .failure(code): #expect(code == 1002 || code == 1009)
            }
        }
    }

    @Test func messageAssemblyClosesOnlyWithProtocolCodes() {
        var random = SplitMix64(seed: 1007)
        for _ in 0..<fuzzCases(default: 1000) {
            var sent: [WebSocketFrame] = []
            var closed = false
            let socket = WebSocket(maxMessageBytes: 1 << 16, sendFrame: { sent.append($0) }, closeConnection: { closed = true })
            for _ in 0..<Int.random(in: 1...8, using: &random) where !closed {
                let bytes = Fuzz.randomFrame(using: &random)
                guard case let .frame(frame, _) = bytes.withUnsafeBytes({ WebSocketFrame.decode($0, maxPayload: 1 << 16) }) else { continue }
                socket.receive(frame)
            }
            for frame in sent where frame.opcode == .close && frame.payload.count >= 2 {
                let code = UInt16(frame.payload[0]) << 8 | UInt16(frame.payload[1])
                #expect(WebSocket.isValidCloseCode(code), "\(code)")
            }
            #expect(sent.allSatisfy { [.pong, .close].contains($0.opcode) })
        }
    }
}

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    @Suite
    struct SocketFuzzTests {
        private static let answers: Set<Int> = Fuzz.parserStatuses.union([100, 200, 404, 408])

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func mutatedRequestsNeverStopTheServer(mode: ServerConfiguration.Mode) throws {
            let configure: (inout ServerConfiguration) -> Void = { $0.requestTimeout = .milliseconds(300) }
            let run: (UInt16) throws -> Void = { port in
                var random = SplitMix64(seed: mode == .sync ? 1 : 2)
                for _ in 0..<fuzzCases(default: 3000) / 20 {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    try? client.send(bytes: Fuzz.mutate(Fuzz.seeds.randomElement(using: &random)!, using: &random))
                    client.socket.finishSending()
                    if let status = try? client.readResponse(timeoutMilliseconds: 5000)?.status {
                        #expect(Self.answers.contains(status), "\(status)")
                    }
                }
                var probe = try TestClient(port: port)
                defer { probe.close() }
                try probe.get("/", close: true)
                #expect(try probe.readResponse()?.status == 200)
            }
            switch mode {
            case .sync: try withSyncServer(configure, run)
            case .async: try withAsyncServer(configure, run)
            }
        }

        @Test func randomFramesNeverStopTheServer() throws {
            try withAsyncServer { port in
                var random = SplitMix64(seed: 3)
                for _ in 0..<fuzzCases(default: 3000) / 20 {
                    var socket = try WebSocketClient(port: port)
                    defer { socket.close() }
                    for _ in 0..<Int.random(in: 1...6, using: &random) {
                        try? socket.send(raw: Fuzz.mutate(Fuzz.randomFrame(using: &random), using: &random))
                    }
                    try? socket.send(raw: WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]).encoded(mask: (1, 2, 3, 4)))
                    // A frame left incomplete swallows the close, so the server rightly waits: stop reading then.
                    while let frame = try? socket.readFrame(timeoutMilliseconds: 300) {
                        if frame.opcode == .close, frame.payload.count >= 2 {
                            #expect(WebSocket.isValidCloseCode(UInt16(frame.payload[0]) << 8 | UInt16(frame.payload[1])))
                        }
                    }
                }
                var probe = try TestClient(port: port)
                defer { probe.close() }
                try probe.get("/", close: true)
                #expect(try probe.readResponse()?.status == 200)
            }
        }
    }
}

/// How many cases each fuzz test runs: a quick fixed number in `swift test`, more on demand with
/// `PREP_FUZZ_CASES=200000 swift test --filter Fuzz`. Seeds are fixed, so a failure replays exactly.
func fuzzCases(default quick: Int) -> Int {
    guard let text = getenv("PREP_FUZZ_CASES").map({ String(cString: $0) }), let cases = Int(text), cases > 0 else { return quick }
    return cases
}
