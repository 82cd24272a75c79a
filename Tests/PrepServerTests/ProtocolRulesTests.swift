import Dispatch
import Foundation
import Glibc
import Testing
@testable import PrepServer

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    /// Rules of RFC 9112, RFC 6455 and the EventSource spec that a hostile or careless client tests, over
    /// raw sockets in the mode(s) each applies to.
    @Suite
    struct ProtocolRulesTests {
        private func withServer(_ mode: ServerConfiguration.Mode, _ body: (UInt16) throws -> Void) throws {
            switch mode {
            case .sync: try withSyncServer({ _ in }, body)
            case .async: try withAsyncServer({ _ in }, body)
            }
        }

        private static let chunkedHead = "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n"

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func aTrailerFloodGets431WithinTheHeadLimit(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send(Self.chunkedHead)
                var sent = 0
                // Short lines, each complete: the limit is on trailer bytes in all, not on one line.
                while sent < 64 * 1024 {
                    do { try client.send(String(repeating: "x-t: 1\r\n", count: 128)) } catch { break }
                    sent += 8 * 128
                }
                let response = try #require(try client.readResponse())
                #expect(response.status == 431)
                #expect(response.text.contains("trailer fields may be at most 16384 bytes"))
            }
        }

        @Test func manyShortTrailersAreCountedLikeHeaderFields() {
            var parser = HTTPRequestParser()
            let request = Array((Self.chunkedHead + String(repeating: "a: b\r\n", count: 101) + "\r\n").utf8)
            guard case let .failure(status, _) = request.withUnsafeBytes({ parser.parse($0) }) else {
                Issue.record("101 trailer fields were accepted")
                return
            }
            #expect(status == .requestHeaderFieldsTooLarge)
            var accepting = HTTPRequestParser()
            let fine = Array((Self.chunkedHead + "a: b\r\n\r\n").utf8)
            guard case let .request(parsed, consumed) = fine.withUnsafeBytes({ accepting.parse($0) }) else {
                Issue.record("a trailer field was refused")
                return
            }
            #expect(parsed.body == Array("a".utf8))
            #expect(consumed == fine.count)
        }

        @Test func http10WithChunkedClosesAfterTheResponse() throws {
            try withAsyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("POST / HTTP/1.0\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
                let first = try #require(try client.readResponse())
                #expect(first.headers["connection"] == "close")
                #expect(try client.isClosedByServer())
                #expect(!client.bufferedText.contains("HTTP/1.1"))
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func headGetsOnlyHeadersOnEveryRoute(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                for target in ["/", "/sleep?ms=0", "/io?ms=0", "/gather?ms=0", "/events?n=2&ms=0", "/nowhere", "/ws"] {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    try client.send("HEAD \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    // Read to the end: a body would follow the head even where Content-Length names it.
                    #expect(try client.isClosedByServer())
                    let parts = client.bufferedText.components(separatedBy: "\r\n\r\n")
                    #expect(parts.count == 2 && parts[1].isEmpty, "\(target): \(client.bufferedText)")
                }
            }
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func eventsResumeAfterLastEventID(mode: ServerConfiguration.Mode) throws {
            try withServer(mode) { port in
                var client = try TestClient(port: port)
                try client.send("GET /events?n=3&ms=0 HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 1\r\n\r\n")
                let resumed = try #require(try client.readResponse())
                client.close()
                #expect(resumed.status == 200)
                #expect(!resumed.text.contains("id: 1\n"))
                #expect(resumed.text.contains("id: 2\n") && resumed.text.contains("id: 3\n"), "\(resumed.text)")
                var done = try TestClient(port: port)
                defer { done.close() }
                try done.send("GET /events?n=3&ms=0 HTTP/1.1\r\nHost: x\r\nLast-Event-ID: 3\r\nConnection: close\r\n\r\n")
                #expect(try #require(try done.readResponse()).status == 204)
            }
        }

        static let key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        static let upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n"

        /// Each broken handshake of RFC 6455 §4.2.1 and the status it must get.
        static let badHandshakes: [(request: String, status: Int)] = [
            ("POST /ws HTTP/1.1\r\nHost: x\r\n\(upgrade)\(key)Sec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n", 405),
            ("GET /ws HTTP/1.0\r\nHost: x\r\n\(upgrade)\(key)Sec-WebSocket-Version: 13\r\n\r\n", 400),
            ("GET /ws HTTP/1.1\r\nHost: x\r\n\(upgrade)Sec-WebSocket-Key: \r\nSec-WebSocket-Version: 13\r\n\r\n", 400),
            ("GET /ws HTTP/1.1\r\nHost: x\r\n\(upgrade)Sec-WebSocket-Key: not base64 at all!!!!!!!\r\nSec-WebSocket-Version: 13\r\n\r\n", 400),
            ("GET /ws HTTP/1.1\r\nHost: x\r\n\(upgrade)Sec-WebSocket-Key: QUJDREVGR0hJSktMTU5P\r\nSec-WebSocket-Version: 13\r\n\r\n", 400),
            ("GET /ws HTTP/1.1\r\nHost: x\r\n\(upgrade)\(key)\(key)Sec-WebSocket-Version: 13\r\n\r\n", 400),
        ]

        @Test func brokenHandshakesAreRefused() throws {
            try withAsyncServer { port in
                for (request, status) in Self.badHandshakes {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    try client.send(request)
                    #expect(try #require(try client.readResponse()).status == status, "\(request)")
                }
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("GET /ws HTTP/1.1\r\nHost: x\r\n\(Self.upgrade)\(Self.key)Sec-WebSocket-Version: 12\r\n\r\n")
                let response = try #require(try client.readResponse())
                #expect(response.status == 426)
                #expect(response.headers["sec-websocket-version"] == "13")
            }
        }

        @Test func aMessageBeforeACloseInOneWriteIsEchoedFirst() throws {
            try withAsyncServer { port in
                var socket = try WebSocketClient(port: port)
                defer { socket.close() }
                let message = WebSocketFrame(opcode: .text, payload: Array("last words".utf8)).encoded(mask: (1, 2, 3, 4))
                let close = WebSocketFrame(opcode: .close, payload: [0x03, 0xE8]).encoded(mask: (5, 6, 7, 8))
                try socket.send(raw: message + close)
                let echo = try #require(try socket.readFrame())
                #expect(echo.opcode == .text)
                #expect(echo.payload == Array("last words".utf8))
                try socket.expectClose(1000)
            }
        }

        @Test func aClientThatNeverReadsIsClosedWith1008() throws {
            try withAsyncServer({ $0.maxWebSocketMessageBytes = 1024 }) { port in
                var socket = try WebSocketClient(port: port)
                defer { socket.close() }
                let payload = [UInt8](repeating: 42, count: 1000)
                // Far more echo than the backlog bound and both kernels' buffers hold, sent well within the
                // two seconds the server then gives the client to read up to its close frame.
                let start = nowMilliseconds()
                for _ in 0..<16_000 where nowMilliseconds() - start < 500 {
                    do { try socket.send(opcode: 2, payload) } catch { break }
                }
                try socket.expectClose(1008)
            }
        }

        @Test func webSocketClientsGet1001WhenTheServerStops() throws {
            var configuration = ServerConfiguration(mode: .async)
            configuration.shutdownGrace = .seconds(5)
            let server = try AsyncHTTPServer(configuration: configuration, routes: DemoRoutes.async(cpu: testCPU))
            var socket = try WebSocketClient(port: server.port)
            defer { socket.close() }
            let stopped = DispatchSemaphore(value: 0)
            DispatchQueue.global().async { server.stop(); stopped.signal() }
            let frame = try #require(try socket.readFrame())
            #expect(frame.opcode == .close)
            #expect(frame.payload.prefix(2) == [0x03, 0xE9])
            try socket.send(opcode: 8, [0x03, 0xE9])
            #expect(stopped.wait(timeout: .now() + 5) == .success)
        }

        @Test func theAsyncDrainRefusesNewConnections() throws {
            var configuration = ServerConfiguration(mode: .async)
            configuration.shutdownGrace = .seconds(5)
            let server = try AsyncHTTPServer(configuration: configuration, routes: DemoRoutes.async(cpu: testCPU))
            var busy = try TestClient(port: server.port)
            defer { busy.close() }
            try busy.get("/sleep?ms=2000", close: true)
            blockingIO(milliseconds: 100)
            let stopped = DispatchSemaphore(value: 0)
            DispatchQueue.global().async { server.stop(); stopped.signal() }
            blockingIO(milliseconds: 100)
            // Refused at connect, or reset at once: never left waiting for an answer.
            if var late = try? TestClient(port: server.port) {
                defer { late.close() }
                try? late.get("/", close: true)
                #expect(try late.readResponse(timeoutMilliseconds: 1000) == nil)
            }
            #expect(try #require(try busy.readResponse()).status == 200)
            #expect(stopped.wait(timeout: .now() + 5) == .success)
        }

        @Test func blockingWorkPastTheThreadBudgetGets503WithRetryAfter() throws {
            var limits = DemoLimits()
            limits.maxBlockingThreads = 2
            try withAsyncServer(routes: DemoRoutes.async(cpu: testCPU, limits: limits)) { port in
                var holders = try (0..<2).map { _ in try TestClient(port: port) }
                defer { for holder in holders { holder.close() } }
                for holder in holders { try holder.get("/io?ms=800", close: true) }
                blockingIO(milliseconds: 200)
                var extra = try TestClient(port: port)
                defer { extra.close() }
                try extra.get("/io?ms=0", close: true)
                let refused = try #require(try extra.readResponse(timeoutMilliseconds: 1000))
                #expect(refused.status == 503)
                #expect(refused.headers["retry-after"] == "1")
                for index in holders.indices { #expect(try holders[index].readResponse()?.status == 200) }
            }
        }
    }
}
