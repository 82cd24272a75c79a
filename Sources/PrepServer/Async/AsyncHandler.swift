/// A handler for async mode. Every kind runs on the loop thread.
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
