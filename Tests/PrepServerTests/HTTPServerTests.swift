import Dispatch
import Foundation
import Glibc
import Synchronization
import Testing
@testable import PrepServer

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    @Suite
    struct HTTPServerTests {
        @Test(arguments: [ServerConfiguration.Mode.async, .sync])
        func serveUntilSignalledAnnouncesItselfAndStopsOnSIGTERM(mode: ServerConfiguration.Mode) throws {
            let lines = Mutex<[String]>([])
            let ready = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            let serverThread = Atomic<UInt>(0)
            Thread.detachNewThread {
                serverThread.store(UInt(pthread_self()), ordering: .releasing)
                var configuration = ServerConfiguration(mode: mode)
                configuration.accessLog = { line in lines.withLock { $0.append(line) } }
                try? HTTPServer.serveUntilSignalled(configuration) { event in
                    let line = event.englishLine
                    lines.withLock { $0.append(line) }
                    if line.hasPrefix("listening") { ready.signal() }
                }
                finished.signal()
            }
            #expect(ready.wait(timeout: .now() + 10) == .success)
            let announcement = lines.withLock { $0[0] }
            let workers = mode == .sync ? "4 workers" : "1 worker"
            #expect(announcement.hasPrefix("listening on http://127.0.0.1:"))
            #expect(announcement.hasSuffix(" (\(mode.rawValue), \(workers))"))
            let port = try #require(UInt16(announcement.split(separator: ":").last!.split(separator: " ")[0]))
            var client = try TestClient(port: port)
            defer { client.close() }
            try client.get("/", close: true)
            #expect(try client.readResponse()?.status == 200)

            // Directed at the serving thread so the test runner's own threads are not involved.
            pthread_kill(pthread_t(serverThread.load(ordering: .acquiring)), SIGTERM)
            #expect(finished.wait(timeout: .now() + 10) == .success)
            #expect(lines.withLock { $0 }.contains("GET / 200"))
            #expect(lines.withLock { $0.last } == "stopped")
        }

        @Test func idleKeepAliveConnectionsAreClosedAfterTheIdleTimeout() throws {
            try withAsyncServer({ $0.idleTimeout = .milliseconds(200) }) { port in
                var client = try TestClient(port: port)
                defer { client.close() }
                try client.get("/")
                #expect(try client.readResponse()?.status == 200)
                let start = nowMilliseconds()
                #expect(try client.isClosedByServer(timeoutMilliseconds: 3000))
                #expect(nowMilliseconds() - start >= 150)
            }
        }
    }
}

extension HTTPServer.ServeEvent {
    /// The event as `prep serve --lang en` words it, so the tests read like the terminal.
    var englishLine: String {
        switch self {
        case let .listening(url, mode, workers): "listening on \(url) (\(mode), \(workers) \(workers == 1 ? "worker" : "workers"))"
        case let .draining(signal, _): "received \(signal), finishing in-flight requests"
        case .stopped: "stopped"
        case .graceOver: "grace period over"
        case let .stoppingNow(signal): "received \(signal) while stopping, stopping now"
        }
    }
}
