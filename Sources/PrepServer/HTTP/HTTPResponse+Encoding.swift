extension HTTPResponse {
    /// The interim response that lets a client holding back its body send it.
    package static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Status line and headers, adding Content-Length for byte bodies and Connection: close when closing.
    package func encodeHead(contentLength: Int?, close: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128 + headers.count * 32)
        out.append(contentsOf: "HTTP/1.1 \(status.code) \(status.reason)\r\n".utf8)
        for (name, value) in headers {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: ": ".utf8)
            out.append(contentsOf: value.utf8)
            out.append(contentsOf: "\r\n".utf8)
        }
        // RFC 9110 §8.6: a 204 carries no Content-Length.
        if let contentLength, status != .noContent {
            out.append(contentsOf: "content-length: \(contentLength)\r\n".utf8)
        }
        if close { out.append(contentsOf: "connection: close\r\n".utf8) }
        out.append(contentsOf: "\r\n".utf8)
        return out
    }

    /// The whole response for a byte body; other bodies get only their head.
    package func encoded(close: Bool, includeBody: Bool = true) -> [UInt8] {
        guard case let .bytes(bytes) = body else { return encodeHead(contentLength: nil, close: close) }
        var out = encodeHead(contentLength: bytes.count, close: close)
        if includeBody { out.append(contentsOf: bytes) }
        return out
    }
}
