import Glibc

/// Either server behind one start/stop interface, for the CLI and the benchmarks.
package enum HTTPServer: Sendable {
    case sync(SyncHTTPServer)
    case async(AsyncHTTPServer)

    /// Starts the demo routes in the configured mode.
    package static func startDemo(_ configuration: ServerConfiguration) throws -> HTTPServer {
        switch configuration.mode {
        case .sync: .sync(try SyncHTTPServer(configuration: configuration, routes: DemoRoutes.sync()))
        case .async: .async(try AsyncHTTPServer(configuration: configuration, routes: DemoRoutes.async()))
        }
    }

    package var port: UInt16 {
        switch self {
        case let .sync(server): server.port
        case let .async(server): server.port
        }
    }

    @available(*, noasync)
    package func stop() {
        switch self {
        case let .sync(server): server.stop()
        case let .async(server): server.stop()
        }
    }

    /// `prep serve`: starts the demo server, prints `listening on http://HOST:PORT (MODE, N workers)`, and
    /// blocks until SIGINT or SIGTERM, then stops gracefully (in-flight requests finish).
    @available(*, noasync)
    package static func serveUntilSignalled(_ configuration: ServerConfiguration, output: @escaping @Sendable (String) -> Void = { print($0); fflush(nil) }) throws {
        // Block the signals before any server thread exists, so they inherit the mask and only sigwait sees them.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        defer { pthread_sigmask(SIG_UNBLOCK, &signals, nil) }
        _ = CPUWork.shared
        let server = try startDemo(configuration)
        let noun = configuration.workers == 1 ? "worker" : "workers"
        output("listening on http://\(configuration.host):\(server.port) (\(configuration.mode.rawValue), \(configuration.workers) \(noun))")
        var received: Int32 = 0
        sigwait(&signals, &received)
        output("received \(received == SIGINT ? "SIGINT" : "SIGTERM"), finishing in-flight requests")
        server.stop()
        output("stopped")
    }
}
