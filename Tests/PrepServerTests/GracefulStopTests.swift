import Dispatch
import Foundation
import Glibc
import Synchronization
import Testing
@testable import PrepServer

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    /// A long request cannot hold a stop hostage: after the grace period the server closes what is left.
    @Suite
    struct GracefulStopTests {
        static let longSleep = 20_000.0

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func stopReturnsAfterTheGraceEvenWithALongRequestInFlight(mode: ServerConfiguration.Mode) throws {
            var configuration = ServerConfiguration(mode: mode)
            configuration.shutdownGrace = .milliseconds(300)
            let server: HTTPServer = switch mode {
            case .sync: .sync(try SyncHTTPServer(configuration: configuration, routes: DemoRoutes.sync(cpu: testCPU)))
            case .async: .async(try AsyncHTTPServer(configuration: configuration, routes: DemoRoutes.async(cpu: testCPU)))
            }
            var client = try TestClient(port: server.port)
            defer { client.close() }
            try client.get("/sleep?ms=\(Int(Self.longSleep))", close: true)
            // Let the request reach its handler, so the stop finds it in flight.
            blockingIO(milliseconds: 100)
            let start = nowMilliseconds()
            server.stop()
            let elapsed = nowMilliseconds() - start
            // It waited for the grace, and returned long before the request would have ended.
            #expect(elapsed >= 250)
            #expect(elapsed < Self.longSleep / 4, "stop took \(elapsed) ms")
            #expect(try client.isClosedByServer(timeoutMilliseconds: 5000))
            #expect(!client.bufferedText.contains("slept"))
        }

        /// Runs `prep serve`'s loop on a thread with a long request in flight, signals it, and returns the
        /// lines it printed and how long it took from the first signal to returning.
        private func serveAndSignal(mode: ServerConfiguration.Mode, grace: Duration, secondSignal: Bool) throws -> (lines: [String], elapsed: Double) {
            let lines = Mutex<[String]>([])
            let ready = DispatchSemaphore(value: 0)
            let stopping = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            let serverThread = Atomic<UInt>(0)
            Thread.detachNewThread {
                serverThread.store(UInt(pthread_self()), ordering: .releasing)
                var configuration = ServerConfiguration(mode: mode)
                configuration.shutdownGrace = grace
                try? HTTPServer.serveUntilSignalled(configuration) { event in
                    let line = event.englishLine
                    lines.withLock { $0.append(line) }
                    if line.hasPrefix("listening") { ready.signal() }
                    if line.hasPrefix("received") { stopping.signal() }
                }
                finished.signal()
            }
            #expect(ready.wait(timeout: .now() + 10) == .success)
            let announcement = lines.withLock { $0[0] }
            let port = try #require(UInt16(announcement.split(separator: ":").last!.split(separator: " ")[0]))
            let client = try TestClient(port: port)
            defer { client.close() }
            try client.get("/sleep?ms=\(Int(Self.longSleep))", close: true)
            blockingIO(milliseconds: 100)
            let start = nowMilliseconds()
            let thread = pthread_t(serverThread.load(ordering: .acquiring))
            pthread_kill(thread, SIGTERM)
            if secondSignal {
                #expect(stopping.wait(timeout: .now() + 10) == .success)
                pthread_kill(thread, SIGINT)
            }
            #expect(finished.wait(timeout: .now() + 15) == .success)
            return (lines.withLock { $0 }, nowMilliseconds() - start)
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func serveStopsAfterTheGrace(mode: ServerConfiguration.Mode) throws {
            let (lines, elapsed) = try serveAndSignal(mode: mode, grace: .milliseconds(300), secondSignal: false)
            #expect(lines.last == "stopped")
            #expect(elapsed < Self.longSleep / 4, "took \(elapsed) ms")
        }

        @Test(arguments: ServerConfiguration.Mode.allCases)
        func aSecondSignalStopsAtOnce(mode: ServerConfiguration.Mode) throws {
            let (lines, elapsed) = try serveAndSignal(mode: mode, grace: .seconds(60), secondSignal: true)
            #expect(lines.last == "received SIGINT while stopping, stopping now")
            // Far below both the grace and the request: the second signal did not wait for either.
            #expect(elapsed < Self.longSleep / 4, "took \(elapsed) ms")
        }
    }
}
