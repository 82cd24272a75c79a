/// A parsed request. The target is kept whole; path and query are split on demand.
package struct HTTPRequest: Sendable {
    package var method: String
    package var target: String
    /// 0 for HTTP/1.0, 1 for HTTP/1.1.
    package var minorVersion: Int
    package var headers: HTTPHeaders
    package var body: [UInt8]

    package init(method: String, target: String, minorVersion: Int = 1, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.method = method
        self.target = target
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
    }

    package var path: Substring {
        // By byte: "?" is ASCII, and a Character search would run grapheme breaking on every request. The
        // bytes are searched in place: the generic search over `utf8` cost as much as the rest of routing.
        var target = target
        let offset = target.withUTF8 { bytes in bytes.firstIndex(of: UInt8(ascii: "?")) }
        guard let offset else { return target[...] }
        return target[..<target.utf8.index(target.utf8.startIndex, offsetBy: offset)]
    }

    package var query: Substring {
        guard let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) else { return "" }
        return target[target.index(after: mark)...]
    }

    /// The first value of a query parameter, percent-decoded; `nil` when absent.
    package func queryValue(_ name: String) -> String? {
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts[0] == name {
                return parts.count > 1 ? Self.percentDecoded(parts[1]) : ""
            }
        }
        return nil
    }

    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it. An
    /// HTTP/1.0 message with Transfer-Encoding closes regardless (RFC 9112 §6.1): a 1.0 intermediary may
    /// have passed on framing it did not understand, so nothing after it on the connection can be trusted.
    package var wantsKeepAlive: Bool {
        if minorVersion == 0, headers.hasField("transfer-encoding") { return false }
        if minorVersion >= 1 { return !headers.hasField("connection") || !headers.contains("connection", token: "close") }
        return headers.contains("connection", token: "keep-alive")
    }

    package var isWebSocketUpgrade: Bool {
        headers.hasField("upgrade") && headers.contains("upgrade", token: "websocket") && headers.contains("connection", token: "upgrade")
    }

    /// `+` is a space and `%XX` a byte; a `%` not followed by two hex digits is kept as it is.
    private static func percentDecoded(_ text: Substring) -> String {
        guard text.contains(where: { $0 == "%" || $0 == "+" }) else { return String(text) }
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        var index = 0
        while index < source.count {
            let byte = source[index]
            index += 1
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 1 < source.count,
                      let high = HTTPRequestParser.hexValue(source[index]), let low = HTTPRequestParser.hexValue(source[index + 1]) {
                bytes.append(UInt8(high << 4 | low))
                index += 2
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
