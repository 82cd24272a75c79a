/// A byte response encoded ahead of time in both its keep-alive and its closing form. A class: looking up
/// its route then retains one reference instead of copying every field the response holds.
package final class PreparedResponse: Sendable {
    let response: HTTPResponse
    let keepAliveBytes: [UInt8]
    let closeBytes: [UInt8]

    package init(_ response: HTTPResponse) {
        self.response = response
        keepAliveBytes = response.encoded(close: false)
        closeBytes = response.encoded(close: true)
    }
}
