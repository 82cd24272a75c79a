/// The WebSocket side of a connection: the upgrade, frames in and out, and the bound on what a client
/// leaves unread.
extension AsyncConnection {
    /// Unsent WebSocket output past which the client counts as not reading: two of the largest messages,
    /// so a slow reader of big echoes is not mistaken for one.
    private var webSocketBacklogLimit: Int { max(Self.outputHighWater, 2 * server.configuration.maxWebSocketMessageBytes) }

    func upgrade(_ request: HTTPRequest, to session: @escaping @Sendable (WebSocket) async throws -> Void) {
        let handshake = WebSocket.handshake(request)
        guard handshake.status == .switchingProtocols else { return respond(handshake, keepAlive: false, request: request) }
        output.append(contentsOf: handshake.encodeHead(contentLength: nil, close: false, date: server.date.now()))
        state = .webSocket
        let webSocket = WebSocket(
            maxMessageBytes: server.configuration.maxWebSocketMessageBytes,
            sendFrame: { [weak self] frame in self?.send(frame) },
            closeConnection: { [weak self] in guard let self else { return }; if self.state == .webSocket { self.state = .closing; self.flush() } }
        )
        self.webSocket = webSocket
        Task(executorPreference: server.loop) {
            try? await session(webSocket)
            webSocket.close()
        }
    }

    private func send(_ frame: WebSocketFrame) {
        output.append(contentsOf: frame.encoded())
        flush()
        if frame.opcode != .close, state == .webSocket, output.count - outputSent > webSocketBacklogLimit {
            // RFC 6455 §7.4.1: 1008, the client broke the policy of reading what it asked for. It has
            // two seconds to read up to the close frame; its backlog is not kept for the full request timeout.
            webSocket?.fail(1008)
            server.loop.schedule(afterNanoseconds: 2_000_000_000) { [weak self] in
                if self?.state == .closing { self?.close() }
            }
        }
        guard frame.opcode == .close else { return }
        // A peer that never answers our close frame, or never reads it, gets the request timeout, then the
        // socket is closed.
        server.loop.schedule(afterNanoseconds: server.configuration.requestTimeout.nanoseconds) { [weak self] in
            if self?.state == .webSocket || self?.state == .closing { self?.close() }
        }
    }

    /// The server is stopping: WebSocket clients are told so (1001, going away) and close when they answer.
    func goAway() {
        if state == .webSocket { webSocket?.close(code: 1001) }
    }

    func decodeFrames(_ bytes: UnsafeRawBufferPointer) -> Int {
        var offset = 0
        while state == .webSocket, let webSocket {
            switch WebSocketFrame.decode(UnsafeRawBufferPointer(rebasing: bytes[offset...]), maxPayload: server.configuration.maxWebSocketMessageBytes) {
            case .incomplete:
                return offset
            case let .failure(code):
                webSocket.fail(code)
                return bytes.count
            case let .frame(frame, consumed):
                offset += consumed
                webSocket.receive(frame)
            }
        }
        return bytes.count
    }
}
