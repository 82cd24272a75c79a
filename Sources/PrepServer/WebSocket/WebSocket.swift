import Foundation

/// The server side of an open WebSocket, handed to a `.webSocket` handler after the handshake.
///
/// `@unchecked Sendable`: confined to its connection's loop thread; the handler task that uses it runs on
/// that loop (it is started with the loop as its executor preference).
package final class WebSocket: @unchecked Sendable {
    package enum Message: Sendable, Equatable {
        case text(String)
        case binary([UInt8])
    }

    private let sendFrame: (WebSocketFrame) -> Void
    private let closeConnection: () -> Void
    private let maxMessageBytes: Int
    private var messages = MessageQueue()
    private var waiter: UnsafeContinuation<Message?, Never>?
    /// The handler holds a message it was given and has not asked for the next one yet.
    private var handlerBusy = false
    /// The peer's close frame, answered once the handler has taken every message sent before it.
    private var closeReply: [UInt8]?
    private var fragments: (opcode: WebSocketFrame.Opcode, payload: [UInt8])?
    /// Checks the text message being received, fragment by fragment.
    private var textValidator = UTF8Validator()
    private var closeSent = false
    private(set) var isClosed = false

    var hasQueuedMessages: Bool { !messages.isEmpty }

    init(maxMessageBytes: Int, sendFrame: @escaping (WebSocketFrame) -> Void, closeConnection: @escaping () -> Void) {
        self.maxMessageBytes = maxMessageBytes
        self.sendFrame = sendFrame
        self.closeConnection = closeConnection
    }

    /// The next whole message, reassembled from fragments; `nil` once the connection is closed.
    package func receive() async -> Message? {
        // Checked inside the continuation too: reaching it may hop through the loop's queue, and a frame
        // read in between would otherwise be queued with nobody waiting for it.
        await withUnsafeContinuation { continuation in
            handlerBusy = false
            if let message = messages.pop() {
                handlerBusy = true
                continuation.resume(returning: message)
            } else if let closeReply {
                answerClose(closeReply)
                continuation.resume(returning: nil)
            } else if isClosed {
                continuation.resume(returning: nil)
            } else {
                waiter = continuation
            }
        }
    }

    package func send(_ message: Message) {
        guard !closeSent, !isClosed else { return }
        switch message {
        case let .text(text): sendFrame(WebSocketFrame(opcode: .text, payload: Array(text.utf8)))
        case let .binary(bytes): sendFrame(WebSocketFrame(opcode: .binary, payload: bytes))
        }
    }

    /// Starts the close handshake (§7.1.2); the connection closes when the peer answers or goes away.
    package func close(code: UInt16 = 1000) {
        guard !closeSent, !isClosed else { return }
        if let closeReply { return answerClose(closeReply) }
        closeSent = true
        sendFrame(WebSocketFrame(opcode: .close, payload: [UInt8(code >> 8), UInt8(code & 0xFF)]))
    }

    /// Called by the connection for each decoded frame.
    func receive(_ frame: WebSocketFrame) {
        // Nothing may follow a close frame (§5.5.1).
        guard closeReply == nil else { return }
        switch frame.opcode {
        case .ping:
            sendFrame(WebSocketFrame(opcode: .pong, payload: frame.payload))
        case .pong:
            break
        case .close:
            if let failure = Self.closeFailure(frame.payload) { return fail(failure) }
            if closeSent { return closeConnection() }
            // Messages that came before the close, in the same read or not, are still the handler's to
            // answer (§1.4: a peer may send data after receiving a close, until it sends its own).
            if messages.isEmpty, !handlerBusy { return answerClose(Array(frame.payload.prefix(2))) }
            closeReply = Array(frame.payload.prefix(2))
        case .text, .binary:
            guard fragments == nil else { return fail(1002) }
            if frame.opcode == .text {
                textValidator = UTF8Validator()
                guard textValidator.feed(frame.payload), !frame.fin || textValidator.isComplete else { return fail(1007) }
            }
            if frame.fin {
                deliver(frame.opcode, frame.payload)
            } else {
                fragments = (frame.opcode, frame.payload)
            }
        default:
            guard var pending = fragments else { return fail(1002) }
            pending.payload.append(contentsOf: frame.payload)
            guard pending.payload.count <= maxMessageBytes else { return fail(1009) }
            if pending.opcode == .text {
                guard textValidator.feed(frame.payload), !frame.fin || textValidator.isComplete else { return fail(1007) }
            }
            if frame.fin {
                fragments = nil
                deliver(pending.opcode, pending.payload)
            } else {
                fragments = pending
            }
        }
    }

    /// Why a peer's close frame is itself a violation (§5.5.1, §7.4): a lone byte, a code that is reserved
    /// or unassigned, or a reason that is not UTF-8. `nil` when it is a proper close to echo.
    static func closeFailure(_ payload: [UInt8]) -> UInt16? {
        if payload.isEmpty { return nil }
        guard payload.count >= 2 else { return 1002 }
        let code = UInt16(payload[0]) << 8 | UInt16(payload[1])
        guard isValidCloseCode(code) else { return 1002 }
        return UTF8Validator.isValid(payload.dropFirst(2)) ? nil : 1007
    }

    /// Codes a peer may send: the IANA-registered ones except those reserved for "no code" (1005), "gone
    /// without a close" (1006) and "TLS failed" (1015), plus 3000–4999 for libraries and applications.
    static func isValidCloseCode(_ code: UInt16) -> Bool {
        switch code {
        case 1000...1003, 1007...1014, 3000...4999: true
        default: false
        }
    }

    private func answerClose(_ payload: [UInt8]) {
        closeReply = nil
        closeSent = true
        sendFrame(WebSocketFrame(opcode: .close, payload: payload))
        closeConnection()
    }

    func fail(_ code: UInt16) {
        close(code: code)
        closeConnection()
    }

    /// Called by the connection when the socket is gone.
    func connectionClosed() {
        isClosed = true
        if let waiter {
            self.waiter = nil
            waiter.resume(returning: nil)
        }
    }

    private func deliver(_ opcode: WebSocketFrame.Opcode, _ payload: [UInt8]) {
        let message: Message = opcode == .text ? .text(String(decoding: payload, as: UTF8.self)) : .binary(payload)
        if let waiter {
            self.waiter = nil
            handlerBusy = true
            waiter.resume(returning: message)
        } else {
            messages.push(message, bytes: payload.count)
            // A handler that falls behind must not let the client grow the queue without end.
            if messages.bytes > 2 * maxMessageBytes { fail(1008) }
        }
    }

    /// Messages read but not yet taken by the handler: O(1) at both ends, where `Array.removeFirst` would
    /// move every queued message each time (a million queued empty frames took half a minute to drain).
    struct MessageQueue {
        private var items: [Message?] = []
        private var head = 0
        /// Payload bytes plus a per-message overhead, so a flood of empty frames counts too.
        private(set) var bytes = 0
        static let overhead = 32

        var isEmpty: Bool { head == items.count }

        mutating func push(_ message: Message, bytes payload: Int) {
            items.append(message)
            bytes += payload + Self.overhead
        }

        mutating func pop() -> Message? {
            guard head < items.count, let message = items[head] else { return nil }
            items[head] = nil
            head += 1
            if head == items.count {
                items.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 1024, head * 2 >= items.count {
                items.removeFirst(head)
                head = 0
            }
            bytes -= Self.size(message) + Self.overhead
            return message
        }

        private static func size(_ message: Message) -> Int {
            switch message {
            case let .text(text): text.utf8.count
            case let .binary(bytes): bytes.count
            }
        }
    }

    /// `Sec-WebSocket-Accept` for a client key (RFC 6455 §4.2.2).
    package static func acceptValue(forKey key: String) -> String {
        let digest = SHA1.hash(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))
        return Data(digest).base64EncodedString()
    }
}
