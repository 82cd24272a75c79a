import Dispatch

/// The part of the async server that lives on one event loop: its listener registration and connections.
///
/// `@unchecked Sendable`: confined to `loop`'s thread; other threads reach it only through `loop.execute`.
final class LoopServer: EventLoopHandler, @unchecked Sendable {
    let loop: EventLoop
    let configuration: ServerConfiguration
    let routes: Routes<AsyncHandler>
    let offloadPool: ThreadPool
    private let listener: Socket
    private var connections: [AsyncConnection?] = []
    private(set) var openCount = 0
    private(set) var draining = false
    /// The Date value for this loop's responses. `@exclusivity(unchecked)`: loop-confined, like the connections that read it.
    @exclusivity(unchecked) var date = HTTPDate()
    private let accessLog: (@Sendable (String) -> Void)?
    private var drained: DispatchSemaphore?

    init(loop: EventLoop, listener: Socket, configuration: ServerConfiguration, routes: Routes<AsyncHandler>, offloadPool: ThreadPool) {
        self.loop = loop
        self.listener = listener
        self.configuration = configuration
        self.routes = routes
        self.offloadPool = offloadPool
        accessLog = configuration.accessLog
    }

    /// Loop thread: starts accepting and sweeping for stalled clients.
    func start() throws {
        // EPOLLEXCLUSIVE: with several loops on one listener, a new connection wakes only one of them.
        try loop.register(listener.fd, events: EPoll.readable | EPoll.exclusive, handler: self)
        scheduleSweep()
    }

    func handle(events: UInt32) {
        while !draining {
            let client: Socket?
            do {
                client = try listener.accept(nonBlocking: true)
            } catch {
                // Out of descriptors: the listener stays readable, so pause it instead of spinning.
                return pauseAccepting()
            }
            guard let client else { return }
            if openCount >= configuration.maxConnectionsPerLoop {
                _ = try? HTTPResponse.error(.serviceUnavailable, "too many open connections").encoded(close: true, date: date.now())
                    .withUnsafeBytes { try client.send($0) }
                client.close()
                continue
            }
            let connection = AsyncConnection(socket: client, server: self)
            do {
                try loop.register(client.fd, events: EPoll.readable, handler: connection)
            } catch {
                client.close()
                continue
            }
            let index = Int(client.fd)
            if connections.count <= index {
                connections.append(contentsOf: repeatElement(nil, count: max(index + 1 - connections.count, connections.count)))
            }
            connections[index] = connection
            openCount += 1
        }
    }

    private func pauseAccepting() {
        // EPOLLEXCLUSIVE registrations cannot be modified, only removed and added again.
        loop.unregister(listener.fd)
        // Captured strongly, as below: a weak reference would give this object a side table, and every
        // connection's access to its server would then take the runtime's slow path. The loop drops its
        // timers when it stops, which ends the cycle.
        loop.schedule(afterNanoseconds: 50_000_000) { [self] in
            guard !draining else { return }
            try? loop.register(listener.fd, events: EPoll.readable | EPoll.exclusive, handler: self)
        }
    }

    func connectionClosed(_ connection: AsyncConnection) {
        let index = Int(connection.socket.fd)
        if index < connections.count, connections[index] === connection {
            connections[index] = nil
            openCount -= 1
        }
        if draining, openCount == 0 { drained?.signal(); drained = nil }
    }

    func log(_ request: HTTPRequest, _ status: HTTPStatus) {
        guard let accessLog else { return }
        accessLog("\(request.method) \(request.target) \(status.code)")
    }

    /// Loop thread: stops accepting; the server then shuts the shared listener, so that a client connecting
    /// during the grace period is refused at once instead of waiting in the backlog for an answer never sent.
    func stopAccepting() {
        guard !draining else { return }
        draining = true
        loop.unregister(listener.fd)
    }

    /// Loop thread: closes idle connections, tells WebSocket clients the server is going away, and signals
    /// once the rest have finished.
    func beginDrain(signalling semaphore: DispatchSemaphore) {
        stopAccepting()
        drained = semaphore
        for case let connection? in connections where connection.isIdle { connection.close() }
        for case let connection? in connections { connection.goAway() }
        if openCount == 0 { drained?.signal(); drained = nil }
    }

    /// Loop thread: closes whatever is still open after the grace period.
    func closeAll() {
        for case let connection? in connections { connection.close() }
    }

    private func scheduleSweep() {
        let interval = min(configuration.requestTimeout.nanoseconds / 4, 250_000_000)
        loop.schedule(afterNanoseconds: max(interval, 10_000_000)) { [self] in
            sweep()
            if !draining || openCount > 0 { scheduleSweep() }
        }
    }

    private func sweep() {
        let now = MonotonicClock.nanoseconds()
        let requestTimeout = configuration.requestTimeout.nanoseconds
        let idleTimeout = configuration.idleTimeout.nanoseconds
        for case let connection? in connections where connection.state == .open {
            if connection.requestStartedAt != 0, now - connection.requestStartedAt > requestTimeout {
                connection.timeOutRequest()
            } else if connection.isIdle, draining || now - connection.lastActivity > idleTimeout {
                connection.close()
            }
        }
    }
}
