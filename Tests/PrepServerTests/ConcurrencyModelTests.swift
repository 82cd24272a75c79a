import Dispatch
import Foundation
import Synchronization
import Testing
@testable import PrepServer

/// The lessons the checks build on, measured with ratios and one-sided bounds that survive a loaded machine.
/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    @Suite
    struct ConcurrencyModelTests {
        /// Sends one request per connection at once and returns each latency in milliseconds, in arrival order.
        private func concurrentLatencies(port: UInt16, targets: [String]) throws -> [Double] {
            let latencies = Mutex<[Double]>([])
            let group = DispatchGroup()
            let start = nowMilliseconds()
            for target in targets {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    guard var client = try? TestClient(port: port) else { return }
                    defer { client.close() }
                    try? client.get(target, close: true)
                    _ = try? client.readResponse(timeoutMilliseconds: 20_000)
                    let elapsed = nowMilliseconds() - start
                    latencies.withLock { $0.append(elapsed) }
                }
            }
            group.wait()
            return latencies.withLock { $0.sorted() }
        }

        @Test func syncModeQueuesTheRequestBeyondItsWorkers() throws {
            try withSyncServer({ $0.workers = 2 }) { port in
                let latencies = try concurrentLatencies(port: port, targets: Array(repeating: "/sleep?ms=300", count: 3))
                #expect(latencies.count == 3)
                #expect(latencies[2] >= 1.6 * latencies[0])
                #expect(latencies[2] >= 550)
            }
        }

        @Test func asyncLoopIsBlockedByCPUButNotByAwaitedTimers() throws {
            try withAsyncServer { port in
                func trivialLatencyWhile(_ slow: String) throws -> Double {
                    var slowClient = try TestClient(port: port)
                    defer { slowClient.close() }
                    try slowClient.get(slow)
                    Thread.sleep(forTimeInterval: 0.05)
                    let start = nowMilliseconds()
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    try client.get("/")
                    _ = try client.readResponse()
                    let latency = nowMilliseconds() - start
                    _ = try slowClient.readResponse()
                    return latency
                }
                let blocked = try trivialLatencyWhile("/cpu?ms=400")
                let awaited = try trivialLatencyWhile("/sleep?ms=400")
                // The CPU work was calibrated while other tests ran, so it may finish early; it still blocks.
                #expect(blocked >= 100)
                #expect(awaited < 150)
                #expect(blocked >= 2 * awaited)
            }
        }

        @Test func asyncHandlersRunOnTheLoopThreadBeforeAndAfterEveryAwait() throws {
            var routes = Routes<AsyncHandler>()
            routes.add("/where", .async { _, context in
                var onLoop = [context.loop.inLoopThread]
                await context.sleep(milliseconds: 5)
                onLoop.append(context.loop.inLoopThread)
                let offloadedOnLoop = try await context.offload { context.loop.inLoopThread }
                onLoop.append(context.loop.inLoopThread)
                let children = try await gather((0..<3).map { _ in { context.loop.inLoopThread } })
                onLoop.append(contentsOf: children)
                return .text("\(onLoop) \(offloadedOnLoop)")
            })
            try withAsyncServer(routes: routes) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/where")
                #expect(try client.readResponse()?.text == "[true, true, true, true, true, true] false")
            }
        }

        @Test func manyAwaitedTimersOverlapOnOneLoop() throws {
            try withAsyncServer { port in
                let latencies = try concurrentLatencies(port: port, targets: Array(repeating: "/sleep?ms=300", count: 50))
                #expect(latencies.count == 50)
                #expect(latencies.last! < 300 * 3)
            }
        }

        @Test func severalLoopsShareOneListener() throws {
            try withAsyncServer({ $0.workers = 3 }) { port in
                let latencies = try concurrentLatencies(port: port, targets: Array(repeating: "/sleep?ms=100", count: 30))
                #expect(latencies.count == 30)
                #expect(latencies.last! < 600)
            }
        }

        @Test func offloadedWorkKeepsTheLoopFree() throws {
            var routes = DemoRoutes.async(cpu: testCPU)
            routes.add("/offload", .async { _, context in
                try await context.offload { testCPU.run(milliseconds: 400) }
                return .text("done")
            })
            try withAsyncServer(routes: routes) { port in
                var slow = try TestClient(port: port)
                defer { slow.close() }
                try slow.get("/offload")
                Thread.sleep(forTimeInterval: 0.05)
                let start = nowMilliseconds()
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                _ = try client.readResponse()
                // Had the 400 ms of work run on the loop, this would take at least 350 ms.
                #expect(nowMilliseconds() - start < 250)
                #expect(try slow.readResponse()?.text == "done")
            }
        }

        @Test func threadSensitiveGatherQueuesWhileFreeThreadsOverlap() throws {
            try withAsyncServer { port in
                func elapsed(_ how: String) throws -> Double {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    let start = nowMilliseconds()
                    try client.get("/gather?ms=100,150,120&how=\(how)")
                    let text = try #require(try client.readResponse()).text
                    #expect(text.hasPrefix("how=\(how)"))
                    return nowMilliseconds() - start
                }
                let sensitive = try elapsed("thread-sensitive")
                let gathered = try elapsed("gather")
                let sequential = try elapsed("sequential")
                #expect(sensitive >= 340)
                #expect(sequential >= 340)
                #expect(gathered < 300)
                #expect(sensitive >= 1.3 * gathered)
            }
        }

        @Test func threadSensitiveExecutorRunsOnOneThread() async throws {
            let threads = try await ThreadPool.withSerialThread { pool in
                try await gather((0..<4).map { _ in { try await pool.run { pthread_self() } } })
            }
            #expect(Set(threads.map { UInt($0) }).count == 1)
        }

        @Test func syncModeRunsAOneOffLoopForGather() throws {
            try withSyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                let start = nowMilliseconds()
                try client.get("/gather?ms=100,150,120&how=gather")
                #expect(try client.readResponse()?.status == 200)
                #expect(nowMilliseconds() - start < 340)
            }
        }

        @Test func syncModeRefusesWebSocketWithAClearMessage() throws {
            try withSyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.send("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                let response = try #require(try client.readResponse())
                #expect(response.status == 501)
                #expect(response.text.contains("WebSocket needs the async server"))
            }
        }

        @Test func syncModeStreamsEventsAndClosesAfterEachResponse() throws {
            try withSyncServer { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/events?n=3&ms=10")
                let response = try #require(try client.readResponse())
                #expect(response.headers["content-type"] == "text/event-stream")
                #expect(response.text.components(separatedBy: "\n\n").filter { $0.hasPrefix("id: ") }.count == 3)
                var second = try TestClient(port: port)
                defer { second.close() }
                try second.get("/")
                #expect(try second.readResponse()?.headers["connection"] == "close")
            }
        }

        /// The worker answers 413 from the head alone and closes with most of the body still unread in the kernel,
        /// which resets the connection: the response must already be on its way then, not held back for a FIN.
        @Test func syncModeResponseSurvivesUnreadRequestBytesAtClose() throws {
            try withSyncServer({ $0.limits.maxBodyBytes = 100 }) { port in
                for _ in 0..<10 {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    let bodyLength = 200_000
                    let request = Array("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: \(bodyLength)\r\n\r\n".utf8) + [UInt8](repeating: 97, count: bodyLength)
                    let sender = client.socket
                    let sent = DispatchSemaphore(value: 0)
                    // More than the worker's one read takes; it blocks until the reset, so it runs beside the reads.
                    DispatchQueue.global().async {
                        try? sender.sendAll(request)
                        sent.signal()
                    }
                    #expect(try client.readResponse()?.status == 413)
                    #expect(sent.wait(timeout: .now() + 10) == .success)
                }
            }
        }

        @Test func anOpenEventStreamHoldsASyncWorker() throws {
            try withSyncServer({ $0.workers = 1 }) { port in
                var stream = try TestClient(port: port)
                defer { stream.close() }
                try stream.get("/events?n=3&ms=100")
                Thread.sleep(forTimeInterval: 0.03)
                let start = nowMilliseconds()
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                #expect(try client.readResponse()?.status == 200)
                #expect(nowMilliseconds() - start >= 220)
                #expect(try stream.readResponse()?.text.contains("event 3 of 3") == true)
            }
        }

        @Test func syncModeAnswersStalledClientsWith408() throws {
            try withSyncServer({ $0.requestTimeout = .milliseconds(200); $0.workers = 1 }) { port in
                var slow = try TestClient(port: port)
                defer { slow.close() }
                try slow.send("GET / HT")
                #expect(try slow.readResponse()?.status == 408)
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                #expect(try client.readResponse()?.status == 200)
            }
        }

        @Test func blockingAppOnTheAsyncServerHasThePoolsConcurrency() throws {
            let pool = ThreadPool(threads: 2, name: "prep-adapter")
            defer { pool.shutdown() }
            var routes = Routes<AsyncHandler>()
            routes.add("/wsgi", .blocking({ _ in blockingIO(milliseconds: 150); return .text("ok") }, on: pool))
            routes.add("/", .immediate { _ in .text("hello") })
            try withAsyncServer(routes: routes) { port in
                let latencies = try concurrentLatencies(port: port, targets: Array(repeating: "/wsgi", count: 4))
                // Four requests on two threads: two rounds.
                #expect(latencies.count == 4)
                #expect(latencies[3] >= 280)
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                #expect(try client.readResponse()?.text == "hello")
            }
        }

        @Test func sharedSerialThreadSerialisesRequestsWhilePerRequestThreadsDoNot() async throws {
            func request(_ executor: ThreadPool) async throws {
                _ = try await gather((0..<3).map { _ in { try await executor.run { blockingIO(milliseconds: 60) } } })
            }
            let sharedStart = nowMilliseconds()
            async let first: Void = request(ThreadPool.sharedSerial)
            async let second: Void = request(ThreadPool.sharedSerial)
            _ = try await (first, second)
            let shared = nowMilliseconds() - sharedStart

            let perRequestStart = nowMilliseconds()
            async let third: Void = ThreadPool.withSerialThread { try await request($0) }
            async let fourth: Void = ThreadPool.withSerialThread { try await request($0) }
            _ = try await (third, fourth)
            let perRequest = nowMilliseconds() - perRequestStart
            #expect(shared >= 340)
            #expect(perRequest >= 170)
            #expect(shared >= 1.4 * perRequest)
        }

        @Test func syncGracefulStopFinishesTheRequestInFlight() throws {
            let server = try SyncHTTPServer(configuration: ServerConfiguration(mode: .sync, workers: 2), routes: DemoRoutes.sync(cpu: testCPU))
            var client = try TestClient(port: server.port)
            defer { client.close() }
            try client.get("/sleep?ms=300")
            Thread.sleep(forTimeInterval: 0.05)
            server.stop()
            #expect(try client.readResponse()?.status == 200)
            #expect(throws: (any Error).self) { _ = try TestClient(port: server.port) }
        }
    }
}
