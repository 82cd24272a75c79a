import Foundation
import PrepTestSupport
import Synchronization
import Testing
@testable import PrepServer

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    @Suite
    struct AsyncServerTests {
        private static var echoRoutes: Routes<AsyncHandler> {
            var routes = DemoRoutes.async(cpu: testCPU)
            routes.add("/echo", .async { request, _ in
                HTTPResponse(body: .bytes(request.body))
            })
            return routes
        }

        @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                for _ in 0..<3 {
                    try client.get("/")
                    let response = try #require(try client.readResponse())
                    #expect(response.status == 200)
                    #expect(response.text == "Hello, world!\n")
                    #expect(response.headers["connection"] == nil)
                }
                try client.get("/sleep?ms=1", close: true)
                #expect(try client.readResponse()?.headers["connection"] == "close")
                #expect(try client.isClosedByServer())
            }
        }

        @Test func pipelinedRequestsAreAnsweredInOrder() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                let count = 2000
                var batch = ""
                for index in 0..<count {
                    batch += index % 2 == 0 ? "GET / HTTP/1.1\r\nHost: x\r\n\r\n" : "GET /sleep?ms=0 HTTP/1.1\r\nHost: x\r\n\r\n"
                }
                try client.send(batch)
                for index in 0..<count {
                    let response = try #require(try client.readResponse())
                    #expect(response.text.hasPrefix(index % 2 == 0 ? "Hello" : "slept"))
                }
            }
        }

        @Test func hundredThousandPipelinedRequestsAreAllAnswered() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                let count = 100_000
                let request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
                try client.get("/")
                let responseLength = try #require(try client.readResponse()).encodedLength
                let sender = client.socket
                DispatchQueue.global().async { try? sender.sendAll(Array(String(repeating: request, count: count).utf8)) }
                while client.bufferSnapshot.count < count * responseLength {
                    guard try client.fill(timeoutMilliseconds: 10_000) else { break }
                }
                #expect(client.bufferSnapshot.count == count * responseLength)
            }
        }

        @Test func accessLogGetsOneLinePerRequest() throws {
            let lines = Mutex<[String]>([])
            try withAsyncServer({ $0.accessLog = { line in lines.withLock { $0.append(line) } } }) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                _ = try client.readResponse()
                try client.get("/sleep?ms=1")
                _ = try client.readResponse()
            }
            #expect(lines.withLock { $0 } == ["GET / 200", "GET /sleep?ms=1 200"])
        }

        @Test func chunkedBodyIsDecoded() throws {
            try withAsyncServer(routes: Self.echoRoutes) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n")
                try client.send("5\r\npedia\r\n0\r\n\r\n")
                #expect(try client.readResponse()?.text == "Wikipedia")
            }
        }

        @Test func expectContinueGetsAGoAheadBeforeTheBody() throws {
            try withAsyncServer(routes: Self.echoRoutes) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
                #expect(try client.readBytes(HTTPResponse.continueLine.count) == HTTPResponse.continueLine)
                try client.send("hello")
                #expect(try client.readResponse()?.text == "hello")
            }
        }

        @Test func curlPostsALargeBody() throws {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { return }
            try withAsyncServer(routes: Self.echoRoutes) { port in
                let body = String(repeating: "x", count: 100_000)
                let start = nowMilliseconds()
                let curl = try ProcessRun.run("/usr/bin/curl", ["-s", "--max-time", "5", "--data-binary", body, "http://127.0.0.1:\(port)/echo"])
                #expect(curl.out == body)
                // Without the go-ahead curl would wait a full second before sending the body.
                #expect(nowMilliseconds() - start < 900)
            }
        }

        @Test func errorStatusesCloseTheConnectionAndTheServerKeepsServing() throws {
            try withAsyncServer({ $0.limits.maxBodyBytes = 100 }) { port in
                let cases: [(String, Int)] = [
                    ("\u{0}\u{1}\u{2} garbage\r\n\r\n", 400),
                    ("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\n", 414),
                    ("GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 1 << 20), 431),
                    ("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n", 413),
                    ("BREW / HTTP/1.1\r\nHost: x\r\n\r\n", 501),
                    ("GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505),
                    ("GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 404),
                ]
                for (request, status) in cases {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    try? client.send(request)
                    #expect(try client.readResponse()?.status == status, "\(request.prefix(30))")
                }
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                #expect(try client.readResponse()?.status == 200)
            }
        }

        @Test func truncatedRequestThenHangUpDoesNotDisturbOthers() throws {
            try withAsyncServer { port in
                for _ in 0..<20 {
                    let client = try TestClient(port: port)
                    try client.send("GET / HTTP/1.1\r\nHo")
                    client.close()
                }
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                #expect(try client.readResponse()?.status == 200)
            }
        }

        @Test func stalledClientGets408() throws {
            try withAsyncServer({ $0.requestTimeout = .milliseconds(200) }) { port in
                var slow = try TestClient(port: port)
                defer { slow.close() }
                try slow.send("GET / HTTP/1.1\r\nHost:")
                var fast = try TestClient(port: port)
                defer { fast.close() }
                try fast.get("/")
                #expect(try fast.readResponse()?.status == 200)
                #expect(try slow.readResponse()?.status == 408)
            }
        }

        @Test func tricklingClientTimesOutFromTheRequestsFirstByte() throws {
            try withAsyncServer({ $0.requestTimeout = .milliseconds(300) }) { port in
                var slow = try TestClient(port: port)
                defer { slow.close() }
                let start = nowMilliseconds()
                for byte in "GET / HTTP/1.1\r\nHost: x\r\n".utf8 {
                    guard (try? slow.send(bytes: [byte])) != nil, nowMilliseconds() - start < 2000 else { break }
                    Thread.sleep(forTimeInterval: 0.05)
                }
                #expect(try slow.readResponse()?.status == 408)
                #expect(nowMilliseconds() - start < 1500)
            }
        }

        @Test func connectionBoundAnswers503() throws {
            try withAsyncServer({ $0.maxConnectionsPerLoop = 2 }) { port in
                var first = try TestClient(port: port)
                var second = try TestClient(port: port)
                defer { first.close(); second.close() }
                try first.get("/")
                try second.get("/")
                #expect(try first.readResponse()?.status == 200)
                #expect(try second.readResponse()?.status == 200)
                var third = try TestClient(port: port)
                defer { third.close() }
                #expect(try third.readResponse()?.status == 503)
            }
        }

        @Test func gracefulStopFinishesInFlightRequests() throws {
            var configuration = ServerConfiguration(mode: .async)
            configuration.shutdownGrace = .seconds(5)
            let server = try AsyncHTTPServer(configuration: configuration, routes: DemoRoutes.async(cpu: testCPU))
            var client = try TestClient(port: server.port)
            defer { client.close() }
            try client.get("/sleep?ms=300")
            Thread.sleep(forTimeInterval: 0.05)
            let start = nowMilliseconds()
            server.stop()
            #expect(nowMilliseconds() - start >= 200)
            let response = try #require(try client.readResponse())
            #expect(response.status == 200)
            #expect(response.headers["connection"] == "close")
            #expect(throws: (any Error).self) { _ = try TestClient(port: server.port) }
        }

        @Test func clientThatNeverReadsDoesNotBlockOthers() throws {
            try withAsyncServer { port in
                let hog = try TestClient(port: port)
                defer { hog.close() }
                // Far more responses than the socket buffers hold; the server must pause this one, not everyone.
                let batch = String(repeating: "GET / HTTP/1.1\r\nHost: x\r\n\r\n", count: 100_000)
                DispatchQueue.global().async { try? hog.send(batch) }
                Thread.sleep(forTimeInterval: 0.2)
                var other = try TestClient(port: port)
                defer { other.close() }
                let start = nowMilliseconds()
                try other.get("/")
                #expect(try other.readResponse()?.status == 200)
                #expect(nowMilliseconds() - start < 2000)
            }
        }

        @Test func webSocketEchoesFragmentsAnswersPingAndCloses() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                let handshake = try #require(try client.readResponse())
                #expect(handshake.status == 101)
                #expect(handshake.headers["sec-websocket-accept"] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")

                let big = [UInt8](repeating: 7, count: 70_000)
                try client.send(bytes: WebSocketFrame(fin: false, opcode: .binary, payload: Array(big[0..<30_000])).encoded(mask: (1, 2, 3, 4)))
                try client.send(bytes: WebSocketFrame(opcode: .ping, payload: Array("hi".utf8)).encoded(mask: (5, 6, 7, 8)))
                try client.send(bytes: WebSocketFrame(fin: true, opcode: .continuation, payload: Array(big[30_000...])).encoded(mask: (9, 8, 7, 6)))
                #expect(try client.readBytes(4) == [0x8A, 2, UInt8(ascii: "h"), UInt8(ascii: "i")])
                let echoHead = try client.readBytes(10)
                #expect(echoHead[0] == 0x82)
                #expect(echoHead[1] == 127)
                #expect(try client.readBytes(70_000) == big)

                try client.send(bytes: WebSocketFrame(opcode: .text, payload: Array("héllo".utf8)).encoded(mask: (1, 1, 1, 1)))
                #expect(try client.readBytes(2 + 6) == [0x81, 6] + Array("héllo".utf8))

                try client.send(bytes: WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]).encoded(mask: (1, 2, 3, 4)))
                #expect(try client.readBytes(4) == [0x88, 2, 0x03, 0xE8])
                #expect(try client.isClosedByServer())
            }
        }

        @Test func webSocketClosedByTheServerIsDroppedWhenThePeerNeverAnswers() throws {
            var routes = Routes<AsyncHandler>()
            routes.add("/bye", .immediate { _ in
                HTTPResponse(status: .switchingProtocols, body: .webSocket { socket in socket.close(code: 1001) })
            })
            try withAsyncServer({ $0.requestTimeout = .milliseconds(200) }, routes: routes) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("GET /bye HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                #expect(try client.readResponse()?.status == 101)
                #expect(try client.readBytes(4) == [0x88, 2, 0x03, 0xE9])
                #expect(try client.isClosedByServer(timeoutMilliseconds: 3000))
            }
        }

        @Test func webSocketRejectsUnmaskedFrames() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: QUJDREVGR0hJSktMTU5PUA==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                #expect(try client.readResponse()?.status == 101)
                try client.send(bytes: WebSocketFrame(opcode: .text, payload: [65]).encoded())
                #expect(try client.readBytes(4) == [0x88, 2, 0x03, 0xEA])
                #expect(try client.isClosedByServer())
            }
        }

        @Test func serverSentEventsArriveAsProduced() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/events?n=3&ms=150")
                var arrivals: [Double] = []
                var seen = 0
                var text = ""
                let start = nowMilliseconds()
                while seen < 3, try client.fill() {
                    text = client.bufferedText
                    let count = text.components(separatedBy: "\n\n").count - 1
                    while seen < count { arrivals.append(nowMilliseconds() - start); seen += 1 }
                }
                #expect(arrivals.count == 3)
                #expect(text.contains("data: event 3 of 3"))
                // One-sided: each event waits for its own timer, so they cannot arrive together.
                if arrivals.count == 3 { #expect(arrivals[2] - arrivals[0] >= 200) }
            }
        }

        @Test func curlReceivesServerSentEvents() throws {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { return }
            try withAsyncServer { port in
                let curl = try ProcessRun.run("/usr/bin/curl", ["-sN", "--max-time", "5", "http://127.0.0.1:\(port)/events?n=3&ms=20"])
                #expect(curl.out.components(separatedBy: "\n\n").filter { $0.hasPrefix("id: ") }.count == 3)
            }
        }
    }
}
