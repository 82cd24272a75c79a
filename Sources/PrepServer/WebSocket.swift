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
    private var messages: [Message] = []
    private var waiter: UnsafeContinuation<Message?, Never>?
    private var fragments: (opcode: WebSocketFrame.Opcode, payload: [UInt8])?
    /// Checks the text message being received, fragment by fragment.
    private var textValidator = UTF8Validator()
    private var closeSent = false
    private(set) var isClosed = false

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
            if !messages.isEmpty {
                continuation.resume(returning: messages.removeFirst())
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
        closeSent = true
        sendFrame(WebSocketFrame(opcode: .close, payload: [UInt8(code >> 8), UInt8(code & 0xFF)]))
    }

    /// Called by the connection for each decoded frame.
    func receive(_ frame: WebSocketFrame) {
        switch frame.opcode {
        case .ping:
            sendFrame(WebSocketFrame(opcode: .pong, payload: frame.payload))
        case .pong:
            break
        case .close:
            if let failure = Self.closeFailure(frame.payload) { return fail(failure) }
            if !closeSent {
                closeSent = true
                sendFrame(WebSocketFrame(opcode: .close, payload: Array(frame.payload.prefix(2))))
            }
            closeConnection()
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
            waiter.resume(returning: message)
        } else {
            messages.append(message)
        }
    }

    /// `Sec-WebSocket-Accept` for a client key (RFC 6455 §4.2.2).
    package static func acceptValue(forKey key: String) -> String {
        let digest = SHA1.hash(Array((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))
        return Data(digest).base64EncodedString()
    }
}
