/// Thrown by a handler to answer with `response` (a 400 naming the limit, say) instead of a 500.
package struct HTTPError: Error, Sendable {
    package let response: HTTPResponse

    package init(_ status: HTTPStatus, _ message: String) {
        response = .error(status, message)
    }

    package init(_ response: HTTPResponse) {
        self.response = response
    }
}
