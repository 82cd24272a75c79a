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
        // Self-pipe: whichever thread the kernel picks to run the handler, the byte reaches this one.
        var pipeFDs: [Int32] = [0, 0]
        guard pipe(&pipeFDs) == 0 else { throw SocketError.lastError("pipe") }
        defer { close(pipeFDs[0]); close(pipeFDs[1]) }
        signalPipeWriter = pipeFDs[1]
        let handler: @convention(c) (Int32) -> Void = { signal in
            var byte = UInt8(truncatingIfNeeded: signal)
            _ = write(signalPipeWriter, &byte, 1)
        }
        // This thread may have inherited a mask that blocks them (libdispatch workers block every signal).
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        let previousInterrupt = signal(SIGINT, handler)
        let previousTerminate = signal(SIGTERM, handler)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGTERM, previousTerminate)
        }
        _ = CPUWork.shared
        let server = try startDemo(configuration)
        let noun = configuration.workers == 1 ? "worker" : "workers"
        output("listening on http://\(configuration.host):\(server.port) (\(configuration.mode.rawValue), \(configuration.workers) \(noun))")
        var received: UInt8 = 0
        while read(pipeFDs[0], &received, 1) != 1 {}
        output("received \(Int32(received) == SIGINT ? "SIGINT" : "SIGTERM"), finishing in-flight requests")
        server.stop()
        output("stopped")
    }
}

/// Written once before the handlers are installed, then only read from the signal handler.
nonisolated(unsafe) private var signalPipeWriter: Int32 = -1
