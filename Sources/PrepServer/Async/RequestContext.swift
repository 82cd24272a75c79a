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
