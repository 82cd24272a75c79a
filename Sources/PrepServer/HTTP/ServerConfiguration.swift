import Dispatch

/// How to run a server. Tests keep the defaults for host and port (loopback, kernel-chosen port).
package struct ServerConfiguration: Sendable {
    package enum Mode: String, Sendable, CaseIterable {
        /// The WSGI model: N blocking worker threads, one request each, connection closed after it.
        case sync
        /// The ASGI model: N event-loop threads, handlers are async and run on their loop.
        case async
    }

    package var mode: Mode
    package var host = "127.0.0.1"
    package var port: UInt16 = 0
    /// Worker threads in sync mode, event loops in async mode.
    package var workers: Int
    package var backlog: Int32 = 1024
    package var limits = HTTPLimits()
    /// A client that has started a request must finish it within this time, or it gets 408.
    package var requestTimeout: Duration = .seconds(10)
    /// A keep-alive connection with no request in progress is closed after this time.
    package var idleTimeout: Duration = .seconds(120)
    /// Open connections allowed per event loop; further ones get 503 and are closed.
    package var maxConnectionsPerLoop = 16_384
    /// Threads in the async server's offload pool.
    package var offloadThreads = 8
    package var maxWebSocketMessageBytes = 1024 * 1024
    /// How long a graceful stop waits for in-flight requests before closing what is left.
    package var shutdownGrace: Duration = .seconds(10)

    /// When a graceful stop starting now must give up waiting.
    var shutdownDeadline: DispatchTime {
        .now() + .nanoseconds(Int(min(shutdownGrace.nanoseconds, UInt64(Int.max / 2))))
    }
    /// Caps on the demo routes' `ms` and `n` (`prep serve` only; checks bring their own routes).
    package var demoLimits = DemoLimits()
    /// Receives one line per request when set.
    package var accessLog: (@Sendable (String) -> Void)?

    package init(mode: Mode, workers: Int? = nil) {
        self.mode = mode
        self.workers = workers ?? (mode == .sync ? 4 : 1)
    }
}

extension Duration {
    /// Whole nanoseconds, clamped at zero: what the loop's monotonic deadlines are measured in.
    package var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        let (whole, overflow) = UInt64(seconds).multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : whole.addingSaturating(UInt64(max(0, attoseconds) / 1_000_000_000))
    }
}
