import Dispatch

/// The ASGI-model server: `workers` event loops sharing one listening socket.
package final class AsyncHTTPServer: Sendable {
    package let port: UInt16
    package let configuration: ServerConfiguration
    private let listener: Socket
    private let loopServers: [LoopServer]
    private let offloadPool: ThreadPool

    package init(configuration: ServerConfiguration, routes: Routes<AsyncHandler>) throws {
        self.configuration = configuration
        listener = try Socket.listen(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
        do {
            try listener.setNonBlocking()
            port = try listener.localPort()
            let pool = ThreadPool(threads: configuration.offloadThreads, name: "prep-offload")
            offloadPool = pool
            var servers: [LoopServer] = []
            for index in 0..<max(1, configuration.workers) {
                let loop = try EventLoop(name: "prep-loop-\(index)")
                servers.append(LoopServer(loop: loop, listener: listener, configuration: configuration, routes: routes, offloadPool: pool))
            }
            loopServers = servers
        } catch {
            listener.close()
            throw error
        }
        for server in loopServers {
            server.loop.start()
            let registered = DispatchSemaphore(value: 0)
            server.loop.execute {
                try? server.start()
                registered.signal()
            }
            registered.wait()
        }
    }

    /// Graceful stop: no new connections, idle ones closed, in-flight requests answered (with
    /// `Connection: close`) within the grace period, then the rest closed and the loops and the offload
    /// pool joined. A loop busy with CPU work answers only when that work ends, which the route's cap bounds.
    @available(*, noasync)
    package func stop() {
        for server in loopServers {
            let stopped = DispatchSemaphore(value: 0)
            server.loop.execute { server.stopAccepting(); stopped.signal() }
            stopped.wait()
        }
        // As the sync server does: no loop watches the listener any more, so nothing queued there would be answered.
        listener.shutdown()
        let semaphores = loopServers.map { server in
            let semaphore = DispatchSemaphore(value: 0)
            server.loop.execute { server.beginDrain(signalling: semaphore) }
            return semaphore
        }
        let deadline = configuration.shutdownDeadline
        for semaphore in semaphores { _ = semaphore.wait(timeout: deadline) }
        for server in loopServers {
            let closed = DispatchSemaphore(value: 0)
            server.loop.execute { server.closeAll(); closed.signal() }
            closed.wait()
            server.loop.stopAndWait()
        }
        listener.close()
        offloadPool.shutdown()
    }
}
