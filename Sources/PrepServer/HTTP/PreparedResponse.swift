/// A byte response encoded ahead of time in both its keep-alive and its closing form.
package struct PreparedResponse: Sendable {
    let response: HTTPResponse
    let keepAliveBytes: [UInt8]
    let closeBytes: [UInt8]

    package init(_ response: HTTPResponse) {
        self.response = response
        keepAliveBytes = response.encoded(close: false)
        closeBytes = response.encoded(close: true)
    }
}
