/// A response. The body is bytes, a stream written while the handler runs, or a WebSocket session.
package struct HTTPResponse: Sendable {
    package var status: HTTPStatus
    package var headers: HTTPHeaders
    package var body: Body

    package enum Body: Sendable {
        case bytes([UInt8])
        /// Async mode: written chunk by chunk on the loop; the connection closes when the closure returns.
        case stream(@Sendable (AsyncBodyWriter) async throws -> Void)
        /// Sync mode: written with blocking sends while the worker is held.
        case blockingStream(@Sendable (BlockingBodyWriter) throws -> Void)
        /// Async mode: after the 101 handshake the closure owns the connection.
        case webSocket(@Sendable (WebSocket) async throws -> Void)
    }

    package init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    package static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["content-type": "text/plain; charset=utf-8"], body: .bytes(Array(text.utf8)))
    }

    /// Plain-text error whose body says what went wrong, so a curl user sees the reason.
    package static func error(_ status: HTTPStatus, _ message: String? = nil) -> HTTPResponse {
        text((message ?? status.description) + "\n", status: status)
    }

    package static func eventStream(_ produce: @escaping @Sendable (AsyncBodyWriter) async throws -> Void) -> HTTPResponse {
        HTTPResponse(headers: eventStreamHeaders, body: .stream(produce))
    }

    package static func blockingEventStream(_ produce: @escaping @Sendable (BlockingBodyWriter) throws -> Void) -> HTTPResponse {
        HTTPResponse(headers: eventStreamHeaders, body: .blockingStream(produce))
    }

    private static let eventStreamHeaders: HTTPHeaders = ["content-type": "text/event-stream", "cache-control": "no-cache"]
}
