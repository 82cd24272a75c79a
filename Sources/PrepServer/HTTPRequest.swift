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
        guard let mark = target.firstIndex(of: "?") else { return target[...] }
        return target[..<mark]
    }

    package var query: Substring {
        guard let mark = target.firstIndex(of: "?") else { return "" }
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

    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it.
    package var wantsKeepAlive: Bool {
        if minorVersion >= 1 { return !headers.hasField("connection") || !headers.contains("connection", token: "close") }
        return headers.contains("connection", token: "keep-alive")
    }

    package var isWebSocketUpgrade: Bool {
        headers.hasField("upgrade") && headers.contains("upgrade", token: "websocket") && headers.contains("connection", token: "upgrade")
    }

    private static func percentDecoded(_ text: Substring) -> String {
        guard text.contains(where: { $0 == "%" || $0 == "+" }) else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else { continue }
                bytes.append(value)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
