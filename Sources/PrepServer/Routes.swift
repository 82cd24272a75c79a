/// A blocking handler for sync mode: it runs on a worker thread and holds it until it returns.
package typealias BlockingHandler = @Sendable (HTTPRequest) throws -> HTTPResponse

/// A handler for async mode. Both kinds run on the loop thread.
package enum AsyncHandler: Sendable {
    /// Answers at once without suspending; skips creating a task, which is the hello-world fast path.
    case immediate(@Sendable (HTTPRequest) -> HTTPResponse)
    /// A fixed response encoded once at startup: no per-request work beyond parsing.
    case prepared(PreparedResponse)
    /// Runs as a task pinned to the loop; may await loop timers, offloads and other tasks.
    case async(@Sendable (HTTPRequest, RequestContext) async throws -> HTTPResponse)
}

extension AsyncHandler {
    /// Hosts a blocking (WSGI-style) handler on the async server by running it on `pool`: the app works,
    /// but its concurrency is the pool's, exactly as with sync workers.
    package static func blocking(_ handler: @escaping BlockingHandler, on pool: ThreadPool) -> AsyncHandler {
        .async { request, _ in try await pool.run { try handler(request) } }
    }
}

/// A byte response encoded ahead of time in both its keep-alive and its closing form.
package struct PreparedResponse: Sendable {
    let response: HTTPResponse
    let keepAliveBytes: [UInt8]
    let closeBytes: [UInt8]

    package init(_ response: HTTPResponse) {
        self.response = response
        keepAliveBytes = response.encoded(close: false)
        closeBytes = response.encoded(close: true)
    }
}

/// Exact-path routing; checks register their own handlers per scenario.
package struct Routes<Handler: Sendable>: Sendable {
    private var handlers: [Substring: Handler] = [:]

    package init() {}

    package mutating func add(_ path: String, _ handler: Handler) {
        handlers[path[...]] = handler
    }

    package func handler(for path: Substring) -> Handler? { handlers[path] }
}

/// What an async handler can reach: its loop (for timers) and the server's offload pool.
package struct RequestContext: Sendable {
    package let loop: EventLoop
    package let offloadPool: ThreadPool

    /// An awaited loop timer: the request waits, the loop does not.
    package func sleep(milliseconds: Double) async {
        await loop.sleep(milliseconds: milliseconds)
    }

    /// Runs blocking work on the offload pool and resumes on the loop.
    package func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await offloadPool.run(work)
    }
}
