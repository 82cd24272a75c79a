/// A byte response encoded ahead of time in both its keep-alive and its closing form. A class: looking up
/// its route then retains one reference instead of copying every field the response holds.
package final class PreparedResponse: Sendable {
    let response: HTTPResponse
    let keepAliveBytes: [UInt8]
    let closeBytes: [UInt8]
    /// Where the Date value sits in both forms: the status line comes first, then the date.
    private let dateOffset: Int

    package init(_ response: HTTPResponse) {
        self.response = response
        let placeholder = [UInt8](repeating: UInt8(ascii: " "), count: HTTPDate.length)
        keepAliveBytes = response.encoded(close: false, date: placeholder)
        closeBytes = response.encoded(close: true, date: placeholder)
        dateOffset = keepAliveBytes.firstIndex(of: UInt8(ascii: "\r"))! + "\r\ndate: ".utf8.count
    }

    /// Appends one form to `output` with `date` (an `HTTPDate` value) written over the placeholder.
    func append(to output: inout [UInt8], keepAlive: Bool, date: [UInt8]) {
        let start = output.count + dateOffset
        output.append(contentsOf: keepAlive ? keepAliveBytes : closeBytes)
        output.withUnsafeMutableBytes { bytes in
            date.withUnsafeBytes { UnsafeMutableRawBufferPointer(rebasing: bytes[start..<start + HTTPDate.length]).copyMemory(from: $0) }
        }
    }
}
