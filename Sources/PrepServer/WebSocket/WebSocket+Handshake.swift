import Foundation

extension WebSocket {
    /// The answer to an opening handshake (RFC 6455 §4.2.1–§4.2.2): 101 with the accept value, or the
    /// refusal a conforming client expects. A WebSocket is a GET of HTTP/1.1 or later; the key is one field
    /// holding base64 of exactly 16 bytes; an unknown version gets 426 naming the one this server speaks.
    static func handshake(_ request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" else {
            var refusal = HTTPResponse.error(.methodNotAllowed, "a WebSocket handshake is a GET (RFC 6455 §4.2.1)")
            refusal.headers.append("allow", "GET")
            return refusal
        }
        guard request.minorVersion >= 1 else {
            return .error(.badRequest, "a WebSocket handshake needs HTTP/1.1 (RFC 6455 §4.2.1)")
        }
        guard request.isWebSocketUpgrade else {
            var refusal = HTTPResponse.error(.upgradeRequired, "expected Upgrade: websocket and Connection: Upgrade")
            refusal.headers.append("upgrade", "websocket")
            return refusal
        }
        guard request.headers.values("sec-websocket-version") == ["13"] else {
            var refusal = HTTPResponse.error(.upgradeRequired, "the only WebSocket version spoken is 13")
            refusal.headers.append("sec-websocket-version", "13")
            return refusal
        }
        let keys = request.headers.values("sec-websocket-key")
        guard keys.count == 1, let key = keys.first, key.utf8.count == 24, Data(base64Encoded: key)?.count == 16 else {
            return .error(.badRequest, "Sec-WebSocket-Key must appear once and be base64 of 16 bytes (RFC 6455 §4.1)")
        }
        return HTTPResponse(status: .switchingProtocols, headers: [
            "upgrade": "websocket", "connection": "Upgrade", "sec-websocket-accept": acceptValue(forKey: key),
        ])
    }
}
