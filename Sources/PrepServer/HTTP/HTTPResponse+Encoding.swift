extension HTTPResponse {
    /// The interim response that lets a client holding back its body send it.
    package static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Status line and headers, adding Date (an `HTTPDate` value), Content-Length for byte bodies and
    /// Connection: close when closing.
    package func encodeHead(contentLength: Int?, close: Bool, date: [UInt8]) -> [UInt8] {
        encodeHead(contentLength: contentLength, close: close, date: date, bodyCapacity: 0)
    }

    /// The whole response for a byte body; other bodies get only their head.
    package func encoded(close: Bool, includeBody: Bool = true, date: [UInt8]) -> [UInt8] {
        guard case let .bytes(bytes) = body else { return encodeHead(contentLength: nil, close: close, date: date) }
        var out = encodeHead(contentLength: bytes.count, close: close, date: date, bodyCapacity: includeBody ? bytes.count : 0)
        if includeBody { out.append(contentsOf: bytes) }
        return out
    }

    /// Written piece by piece rather than through string interpolation: every sync response and every
    /// computed async one is encoded on the request path, and one buffer sized up front holds it all.
    /// Date comes right after the status line, where `PreparedResponse` finds it to patch in each second's.
    private func encodeHead(contentLength: Int?, close: Bool, date: [UInt8], bodyCapacity: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128 + status.reason.utf8.count + headers.count * 48 + bodyCapacity)
        out.appendLiteral("HTTP/1.1 ")
        Self.appendDecimal(status.code, to: &out)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: status.reason.utf8)
        out.appendLiteral("\r\ndate: ")
        out.append(contentsOf: date)
        out.appendLiteral("\r\n")
        for (name, value) in headers {
            out.append(contentsOf: name.utf8)
            out.appendLiteral(": ")
            out.append(contentsOf: value.utf8)
            out.appendLiteral("\r\n")
        }
        // RFC 9110 §8.6: a 204 carries no Content-Length.
        if let contentLength, status.code != HTTPStatus.noContent.code {
            out.appendLiteral("content-length: ")
            Self.appendDecimal(contentLength, to: &out)
            out.appendLiteral("\r\n")
        }
        if close { out.appendLiteral("connection: close\r\n") }
        out.appendLiteral("\r\n")
        return out
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        guard value > 0 else { return out.append(UInt8(ascii: "0")) }
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}

extension [UInt8] {
    /// A literal's bytes copied as one block; appending a `String`'s UTF-8 view goes through the generic path.
    mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}
