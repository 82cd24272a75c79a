/// One client connection in async mode.
///
/// `@unchecked Sendable`: confined to its loop thread. Handler tasks that capture it run on that loop
/// because they are started with the loop as executor preference.
final class AsyncConnection: EventLoopHandler, @unchecked Sendable {
    enum State {
        /// Reading and answering requests.
        case open
        /// An async handler is running; pipelined bytes wait in `pending`.
        case busy
        case streaming
        case webSocket
        /// Close once the output is flushed.
        case closing
        case closed
    }

    /// Past this much unsent output, reading pauses: a client that never reads cannot grow our memory.
    static let outputHighWater = 256 * 1024

    let socket: Socket
    /// Strong, not `unowned`: every use of an unowned reference is an atomic retain and release, several per
    /// request. The cycle ends when the connection closes and the server drops it (`closeAll` closes the rest).
    let server: LoopServer
    // `@exclusivity(unchecked)`: the runtime check cost four of a request's eleven checks (callgrind); every
    // access is on the loop thread, and the closures run inside one (`send`, `parse`) never reach the same field.
    @exclusivity(unchecked) private var parser: HTTPRequestParser
    private var pending: [UInt8] = []
    @exclusivity(unchecked) var output: [UInt8] = []
    var outputSent = 0
    private var interest = EPoll.readable
    var webSocket: WebSocket?
    private var drainWaiters: [UnsafeContinuation<Void, any Error>] = []
    var state = State.open
    /// When the first byte of the request being read arrived; 0 between requests.
    private(set) var requestStartedAt: UInt64 = 0
    private(set) var lastActivity: UInt64

    init(socket: Socket, server: LoopServer) {
        self.socket = socket
        self.server = server
        parser = HTTPRequestParser(limits: server.configuration.limits)
        lastActivity = server.loop.wokeAt
    }

    /// A WebSocket keeps reading while behind (pings and closes must get through); its backlog is bounded
    /// by `webSocketBacklogLimit` instead. Other connections pause reading at the high-water mark.
    private var isBehind: Bool { state != .webSocket && output.count - outputSent >= Self.outputHighWater }

    var isIdle: Bool { state == .open && requestStartedAt == 0 && pending.isEmpty && outputSent == output.count }

    func handle(events: UInt32) {
        if events & EPoll.writable != 0 { flush() }
        if events & (EPoll.readable | EPoll.hangUp) != 0 {
            if state == .open || state == .webSocket || state == .closing {
                readAvailable()
            } else if events & EPoll.hangUp != 0 {
                close()
            }
        }
    }

    // MARK: Input

    private func readAvailable() {
        let loop = server.loop
        let scratch = loop.readScratch
        while state == .open || state == .webSocket || state == .closing {
            let count: Int
            do {
                count = try socket.read(into: scratch)
            } catch SocketError.wouldBlock {
                break
            } catch {
                return close()
            }
            if count == 0 {
                if state == .open, !output.isEmpty { state = .closing; break }
                return close()
            }
            if state == .closing { continue }
            lastActivity = loop.wokeAt
            if pending.isEmpty {
                let consumed = process(UnsafeRawBufferPointer(rebasing: scratch[0..<count]))
                if consumed < count, state != .closed, state != .closing {
                    pending.append(contentsOf: scratch[consumed..<count])
                }
            } else {
                pending.append(contentsOf: scratch[0..<count])
                processPending()
            }
            // Stop at a short read, while the client is too far behind to take more answers, or while the
            // WebSocket handler has messages to take: it runs between reads, which keeps its queue one read long.
            if count < scratch.count || isBehind || webSocket?.hasQueuedMessages == true { break }
        }
        flush()
    }

    private func processPending() {
        guard !pending.isEmpty else { return }
        let consumed = pending.withUnsafeBytes { process($0) }
        if state == .closed || state == .closing {
            pending = []
        } else if consumed > 0 {
            pending.removeFirst(consumed)
        }
    }

    /// Parses and answers as many requests as `bytes` holds; returns how many bytes were used.
    private func process(_ bytes: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        while offset < bytes.count {
            if state == .webSocket { return offset + decodeFrames(UnsafeRawBufferPointer(rebasing: bytes[offset...])) }
            guard state == .open, output.count - outputSent < Self.outputHighWater else { break }
            if requestStartedAt == 0 { requestStartedAt = lastActivity }
            switch parser.parse(UnsafeRawBufferPointer(rebasing: bytes[offset...])) {
            case .incomplete:
                if parser.takeContinueRequest() { output.append(contentsOf: HTTPResponse.continueLine) }
                return offset
            case let .failure(status, reason):
                respond(.error(status, reason), keepAlive: false, request: nil)
                return bytes.count
            case let .request(request, consumed):
                offset += consumed
                requestStartedAt = 0
                dispatch(request)
            }
        }
        return offset
    }

    private func dispatch(_ request: HTTPRequest) {
        let keepAlive = request.wantsKeepAlive && !server.draining
        guard let handler = server.routes.handler(for: request.path) else {
            return respond(.error(.notFound), keepAlive: keepAlive, request: request)
        }
        switch handler {
        case let .prepared(prepared) where request.method != "HEAD":
            server.log(request, prepared.response.status)
            prepared.append(to: &output, keepAlive: keepAlive, date: server.date.now())
            if !keepAlive { state = .closing }
        case let .prepared(prepared):
            respond(prepared.response, keepAlive: keepAlive, request: request)
        case let .immediate(handle):
            respond(handle(request), keepAlive: keepAlive, request: request)
        case let .async(handle):
            state = .busy
            let context = RequestContext(loop: server.loop, offloadPool: server.offloadPool)
            Task(executorPreference: server.loop) {
                let response: HTTPResponse
                do {
                    response = try await handle(request, context)
                } catch let error as HTTPError {
                    response = error.response
                } catch {
                    response = .error(.internalServerError, "handler failed: \(error)")
                }
                self.finish(response, keepAlive: keepAlive, request: request)
            }
        }
    }

    private func finish(_ response: HTTPResponse, keepAlive: Bool, request: HTTPRequest) {
        guard server.loop.inLoopThread else {
            return server.loop.executeSoon { self.finish(response, keepAlive: keepAlive, request: request) }
        }
        guard state == .busy else { return }
        state = .open
        respond(response, keepAlive: keepAlive && !server.draining, request: request)
        processPending()
        flush()
    }

    // MARK: Output

    func respond(_ response: HTTPResponse, keepAlive: Bool, request: HTTPRequest?) {
        if let request { server.log(request, response.status) }
        switch response.body {
        case .bytes:
            output.append(contentsOf: response.encoded(close: !keepAlive, includeBody: request?.method != "HEAD", date: server.date.now()))
            if !keepAlive { state = .closing }
        case .stream where request?.method == "HEAD":
            output.append(contentsOf: response.encodeHead(contentLength: nil, close: true, date: server.date.now()))
            state = .closing
        case let .stream(produce):
            output.append(contentsOf: response.encodeHead(contentLength: nil, close: true, date: server.date.now()))
            state = .streaming
            let writer = AsyncBodyWriter { bytes in try await self.write(bytes) }
            Task(executorPreference: server.loop) {
                try? await produce(writer)
                if self.state == .streaming { self.state = .closing }
                self.flush()
            }
        case .blockingStream:
            respond(.error(.internalServerError, "a blocking stream needs the sync server"), keepAlive: false, request: nil)
        case let .webSocket(session):
            guard let request else { return }
            upgrade(request, to: session)
        }
    }


    /// A streamed chunk: queued and sent now; waits while the client is too far behind.
    private func write(_ bytes: [UInt8]) async throws {
        guard state == .streaming else { throw SocketError.closed }
        output.append(contentsOf: bytes)
        flush()
        if output.count - outputSent > Self.outputHighWater {
            // Re-checked inside: the socket may drain, or close, while reaching the continuation hops through the loop.
            try await withUnsafeThrowingContinuation { (continuation: UnsafeContinuation<Void, any Error>) in
                if state != .streaming {
                    continuation.resume(throwing: SocketError.closed)
                } else if output.count - outputSent <= Self.outputHighWater {
                    continuation.resume()
                } else {
                    drainWaiters.append(continuation)
                }
            }
        }
    }

    /// Sends what the socket takes; once the backlog shrinks, answers pipelined requests that were held back.
    func flush() {
        while state != .closed {
            while outputSent < output.count {
                do {
                    outputSent += try output.withUnsafeBytes { try socket.send(UnsafeRawBufferPointer(rebasing: $0[outputSent...])) }
                } catch SocketError.wouldBlock {
                    break
                } catch {
                    return close()
                }
            }
            if outputSent < output.count, outputSent >= 64 * 1024, outputSent * 2 >= output.count {
                // A client that reads, but never all of it, would otherwise keep every byte ever sent.
                output.removeFirst(outputSent)
                outputSent = 0
            }
            if outputSent == output.count {
                output.removeAll(keepingCapacity: output.capacity <= 64 * 1024)
                outputSent = 0
                if !drainWaiters.isEmpty {
                    let waiters = drainWaiters
                    drainWaiters = []
                    for waiter in waiters { waiter.resume() }
                }
                if state == .closing { return close() }
            }
            guard state == .open, !pending.isEmpty, output.count - outputSent < Self.outputHighWater else { break }
            let before = pending.count
            processPending()
            if pending.count == before { break }
        }
        updateInterest()
    }

    private func updateInterest() {
        var wanted: UInt32 = 0
        if outputSent < output.count { wanted |= EPoll.writable }
        if state == .webSocket || ((state == .open || state == .closing) && !isBehind) {
            wanted |= EPoll.readable
        }
        if wanted != interest {
            interest = wanted
            server.loop.modify(socket.fd, events: wanted)
        }
    }

    /// Answers a client that stalled mid-request (the loop's sweep calls this).
    func timeOutRequest() {
        guard state == .open else { return }
        pending = []
        respond(.error(.requestTimeout), keepAlive: false, request: nil)
        flush()
    }

    func close() {
        guard state != .closed else { return }
        state = .closed
        server.loop.unregister(socket.fd)
        socket.close()
        let waiters = drainWaiters
        drainWaiters = []
        for waiter in waiters { waiter.resume(throwing: SocketError.closed) }
        webSocket?.connectionClosed()
        server.connectionClosed(self)
    }
}
