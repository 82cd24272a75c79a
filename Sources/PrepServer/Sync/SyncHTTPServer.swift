import Dispatch
import Foundation
import Glibc
import Synchronization

/// The WSGI-model server (gunicorn's sync worker): `workers` threads each block in `accept` on the shared
/// listener, read one request, run the handler to completion and close the connection.
package final class SyncHTTPServer: Sendable {
    package let port: UInt16
    package let configuration: ServerConfiguration
    private let listener: Socket
    private let routes: Routes<BlockingHandler>
    private let stopping = Atomic<Bool>(false)
    private let exited = DispatchSemaphore(value: 0)
    /// The descriptor each worker is serving, by worker, so a stop whose grace is over can cut them; a worker
    /// clears its own slot under the lock before closing it, so a descriptor here is never a reused number.
    private let servedClients: Mutex<[Socket?]>

    package init(configuration: ServerConfiguration, routes: Routes<BlockingHandler>) throws {
        self.configuration = configuration
        self.routes = routes
        servedClients = Mutex(Array(repeating: nil, count: max(1, configuration.workers)))
        listener = try Socket.listen(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
        do {
            port = try listener.localPort()
            // Wake accept() only once the request's first bytes are in, so a worker's first read never waits.
            try? listener.setOption(Int32(IPPROTO_TCP), TCP_DEFER_ACCEPT, 1)
        } catch {
            listener.close()
            throw error
        }
        for index in 0..<max(1, configuration.workers) {
            let thread = Thread { [self] in acceptLoop(worker: index) }
            thread.name = "prep-sync-\(index)"
            thread.start()
        }
    }

    /// Stops accepting and joins the workers, each finishing the request it is serving, within the
    /// configured grace. After it the connections still open are cut and stop returns; a worker caught in
    /// a long handler exits when that handler returns, its answer going nowhere.
    @available(*, noasync)
    package func stop() {
        guard !stopping.exchange(true, ordering: .acquiringAndReleasing) else { return }
        // Linux wakes every thread blocked in accept() on a listener that is shut down.
        listener.shutdown()
        let deadline = configuration.shutdownDeadline
        var joined = 0
        while joined < max(1, configuration.workers), exited.wait(timeout: deadline) == .success { joined += 1 }
        if joined < max(1, configuration.workers) {
            servedClients.withLock { clients in
                for case let client? in clients { client.shutdown() }
            }
        }
        // Workers still running check `stopping` before they could accept again, so closing is safe.
        listener.close()
    }

    private func acceptLoop(worker: Int) {
        defer { exited.signal() }
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        var date = HTTPDate()
        while !stopping.load(ordering: .acquiring) {
            let client: Socket?
            do {
                client = try listener.accept(nonBlocking: false, noDelay: false)
            } catch {
                if stopping.load(ordering: .acquiring) { return }
                // Out of descriptors, typically: back off instead of spinning.
                blockingIO(milliseconds: 10)
                continue
            }
            guard let client else { continue }
            servedClients.withLock { $0[worker] = client }
            serve(client, scratch: &scratch, date: &date)
            servedClients.withLock { $0[worker] = nil }
            client.close()
        }
    }

    private func serve(_ client: Socket, scratch: inout [UInt8], date: inout HTTPDate) {
        var parser = HTTPRequestParser(limits: configuration.limits)
        var buffer: [UInt8] = []
        let deadline = MonotonicClock.nanoseconds() + configuration.requestTimeout.nanoseconds
        while true {
            let count: Int
            do {
                count = try scratch.withUnsafeMutableBytes { try client.read(into: $0, dontWait: true) }
            } catch SocketError.wouldBlock {
                let now = MonotonicClock.nanoseconds()
                guard now < deadline else {
                    if !buffer.isEmpty { send(.error(.requestTimeout), to: client, request: nil, date: date.now()) }
                    return
                }
                // Nothing started yet and the server is stopping: let this worker go.
                if buffer.isEmpty, stopping.load(ordering: .relaxed) { return }
                _ = client.wait(for: Int16(POLLIN), timeoutMilliseconds: Int32(min((deadline - now) / 1_000_000 + 1, 250)))
                continue
            } catch {
                return
            }
            if count == 0 { return }
            let result: HTTPParseResult
            if buffer.isEmpty {
                result = scratch.withUnsafeBytes { parser.parse(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                if case .incomplete = result { buffer.append(contentsOf: scratch[0..<count]) }
            } else {
                buffer.append(contentsOf: scratch[0..<count])
                result = buffer.withUnsafeBytes { parser.parse($0) }
            }
            switch result {
            case .incomplete:
                if parser.takeContinueRequest() { try? client.sendAll(HTTPResponse.continueLine) }
                continue
            case let .failure(status, reason):
                return send(.error(status, reason), to: client, request: nil, date: date.now())
            case let .request(request, _):
                return send(respond(to: request), to: client, request: request, date: date.now())
            }
        }
    }

    private func respond(to request: HTTPRequest) -> HTTPResponse {
        if request.isWebSocketUpgrade {
            return .error(.notImplemented, "WebSocket needs the async server: run `prep serve --mode async`.")
        }
        guard let handler = routes.handler(for: request.path) else { return .error(.notFound) }
        do {
            return try handler(request)
        } catch let error as HTTPError {
            return error.response
        } catch {
            return .error(.internalServerError, "handler failed: \(error)")
        }
    }

    private func send(_ response: HTTPResponse, to client: Socket, request: HTTPRequest?, date: [UInt8]) {
        if let request { configuration.accessLog?("\(request.method) \(request.target) \(response.status.code)") }
        switch response.body {
        case .bytes:
            // The response and the FIN leave in one segment: a packet and an ACK fewer per request, about a
            // fifth of the worker's CPU per hello-world request. Shutting down here rather than leaving the FIN to
            // close() matters: close() with unread request bytes resets the connection and would drop held-back bytes.
            try? client.sendAll(response.encoded(close: true, includeBody: request?.method != "HEAD", date: date), more: true)
            client.finishSending()
        case .blockingStream where request?.method == "HEAD":
            try? client.sendAll(response.encodeHead(contentLength: nil, close: true, date: date))
        case let .blockingStream(produce):
            do {
                try client.sendAll(response.encodeHead(contentLength: nil, close: true, date: date))
                try produce(BlockingBodyWriter(socket: client))
            } catch {
                return
            }
        case .stream, .webSocket:
            try? client.sendAll(HTTPResponse.error(.internalServerError, "this handler needs the async server").encoded(close: true, date: date))
        }
    }
}
