import Glibc

/// What the parser found in the bytes offered so far.
package enum HTTPParseResult: Sendable {
    /// Not a whole request yet; offer the same bytes plus more later.
    case incomplete
    /// A whole request; the first `consumed` bytes belong to it, the rest to the next one.
    case request(HTTPRequest, consumed: Int)
    /// The request is unacceptable; answer with this status, `reason` as the body, and close.
    case failure(HTTPStatus, reason: String)
}

/// An incremental HTTP/1.1 request parser over raw bytes. It remembers how far it has scanned, so a
/// request trickling in byte by byte costs linear time, and it resets itself after each request.
package struct HTTPRequestParser: Sendable {
    package let limits: HTTPLimits
    private var scannedHead = 0
    /// How far the partial head has been searched for bare line breaks, so a trickled head is read once.
    private var checkedLineBreaks = 0
    private var pending: PendingBody?

    struct PendingBody: Sendable {
        var request: HTTPRequest
        var headLength: Int
        var framing: Framing
        /// The client sent `Expect: 100-continue` and waits for a go-ahead before the body (RFC 9110 §10.1.1).
        var awaitsContinue = false
    }

    /// True once per request whose client waits for `100 Continue`: the head is in, the body is not.
    package mutating func takeContinueRequest() -> Bool {
        guard pending?.awaitsContinue == true else { return false }
        pending?.awaitsContinue = false
        return true
    }

    enum Framing: Sendable {
        case length(Int)
        /// `offset` is where the next chunk-size line starts, relative to the request's first byte.
        case chunked(offset: Int)
        /// After the last chunk: trailer fields began at `start`, `fields` of them are in, the next starts at `next`.
        case trailers(start: Int, next: Int, fields: Int)
    }

    package init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    /// `bytes` starts at the first byte of the current request.
    package mutating func parse(_ bytes: UnsafeRawBufferPointer) -> HTTPParseResult {
        if pending == nil {
            let head = parseHead(bytes)
            // Without a body still to come, the head's result is the answer.
            guard pending != nil else { return head }
        }
        guard var body = pending else { return .incomplete }
        switch body.framing {
        case let .length(length):
            guard bytes.count >= body.headLength + length else { return .incomplete }
            body.request.body = Array(bytes[body.headLength..<(body.headLength + length)])
            return finish(body.request, consumed: body.headLength + length)
        case .chunked, .trailers:
            let result = decodeChunks(bytes, into: &body)
            pending = body
            if case let .request(request, consumed) = result { return finish(request, consumed: consumed) }
            if case .failure = result { pending = nil }
            return result
        }
    }

    private mutating func finish(_ request: HTTPRequest, consumed: Int) -> HTTPParseResult {
        pending = nil
        scannedHead = 0
        checkedLineBreaks = 0
        return .request(request, consumed: consumed)
    }

    // MARK: Head

    /// A request without a body is returned whole; one with a body is parked in `pending` (`.incomplete`).
    private mutating func parseHead(_ bytes: UnsafeRawBufferPointer) -> HTTPParseResult {
        guard let headEnd = findHeadEnd(bytes) else {
            let requestLineLength = lineEnd(bytes, from: 0) ?? bytes.count
            if requestLineLength > limits.maxRequestLineBytes { return requestLineTooLong }
            if bytes.count > limits.maxHeaderBytes { return headTooLarge }
            // A head with a bare LF or CR never completes: refused now, not after the read timeout.
            if hasBareLineBreak(bytes) { return .failure(.badRequest, reason: "lines must end with CRLF") }
            return .incomplete
        }
        guard let requestLineEnd = lineEnd(bytes, from: 0) else { return .failure(.badRequest, reason: "lines must end with CRLF") }
        if requestLineEnd > limits.maxRequestLineBytes { return requestLineTooLong }
        if headEnd > limits.maxHeaderBytes { return headTooLarge }

        let requestLine: HTTPRequest
        switch parseRequestLine(bytes, end: requestLineEnd) {
        case let .success(request): requestLine = request
        case let .failure(error): return .failure(error.status, reason: error.reason)
        }
        var request = requestLine
        var lineStart = requestLineEnd + 2
        var contentLength: Int?
        var chunked = false
        var hasHost = false
        var expectation: String?
        while lineStart < headEnd {
            guard let end = lineEnd(bytes, from: lineStart) else { return .failure(.badRequest, reason: "lines must end with CRLF") }
            if request.headers.count == limits.maxHeaderCount {
                return .failure(.requestHeaderFieldsTooLarge, reason: "at most \(limits.maxHeaderCount) header fields")
            }
            let (name, value): (String, String)
            switch parseField(bytes, from: lineStart, to: end) {
            case let .success(field): (name, value) = field
            case let .failure(error): return .failure(error.status, reason: error.reason)
            }
            // By length first: a name compared with a case of another length would cost a full string comparison.
            switch (name.utf8.count, name) {
            case (14, "content-length"):
                // Digits only and at most 15 of them, so the conversion below can never overflow.
                guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), value.utf8.count < 16,
                      let length = Int(value) else {
                    return .failure(.badRequest, reason: "Content-Length must be 1 to 15 decimal digits")
                }
                if let previous = contentLength, previous != length {
                    return .failure(.badRequest, reason: "conflicting Content-Length values")
                }
                contentLength = length
            case (17, "transfer-encoding"):
                guard value.lowercased() == "chunked" else {
                    return .failure(.notImplemented, reason: "the only Transfer-Encoding understood is chunked")
                }
                chunked = true
            case (4, "host"):
                // RFC 9112 §3.2: two Host lines leave the target authority to whoever reads which one.
                if hasHost { return .failure(.badRequest, reason: "more than one Host header") }
                hasHost = true
            case (6, "expect"): if expectation == nil { expectation = value }
            default: break
            }
            request.headers.appendLowercased(name, value)
            lineStart = end + 2
        }
        if request.minorVersion == 1, !hasHost {
            return .failure(.badRequest, reason: "HTTP/1.1 requires a Host header")
        }
        let headLength = headEnd + 4
        let awaitsContinue = expectation?.lowercased() == "100-continue"
        if chunked {
            // RFC 9112 §6.1: a message with both is a smuggling attempt; refuse it rather than pick one.
            if contentLength != nil { return .failure(.badRequest, reason: "Transfer-Encoding and Content-Length together") }
            pending = PendingBody(request: request, headLength: headLength, framing: .chunked(offset: headLength), awaitsContinue: awaitsContinue)
        } else {
            let length = contentLength ?? 0
            if length > limits.maxBodyBytes { return bodyTooLarge }
            // Most requests have no body: they are done here, never parked as a pending body.
            if length == 0 { return finish(request, consumed: headLength) }
            pending = PendingBody(request: request, headLength: headLength, framing: .length(length), awaitsContinue: awaitsContinue)
        }
        return .incomplete
    }

    /// Index of the "\r\n\r\n" ending the head, resuming where the last search stopped.
    private mutating func findHeadEnd(_ bytes: UnsafeRawBufferPointer) -> Int? {
        // By LF, with memchr: only an LF can end the head, and a head has a few lines of tens of bytes each.
        var next = max(3, scannedHead)
        while let lf = Self.index(of: 10, in: bytes, from: next, to: bytes.count) {
            if bytes[lf - 3] == 13, bytes[lf - 2] == 10, bytes[lf - 1] == 13 { return lf - 3 }
            next = lf + 1
        }
        scannedHead = max(scannedHead, bytes.count)
        return nil
    }

    /// An LF not preceded by CR, or a CR followed by anything but LF; a CR as the last byte may still be answered.
    private mutating func hasBareLineBreak(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var index = max(0, checkedLineBreaks - 1)
        var previous: UInt8 = index == 0 ? 0 : bytes[index - 1]
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 10, previous != 13 { return true }
            if previous == 13, byte != 10 { return true }
            previous = byte
            index += 1
        }
        checkedLineBreaks = bytes.count
        return false
    }

    /// Where the CRLF ending the line at `start` begins; `nil` when the line has a bare CR or LF, or no end yet.
    func lineEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        // memchr rather than a loop by byte: this runs for every line of every request, and was the parser's
        // largest cost (callgrind). A CR as the last byte is not an end yet: its LF may still come.
        guard let index = Self.index(of: 13, in: bytes, from: start, to: bytes.count - 1) else { return nil }
        if Self.index(of: 10, in: bytes, from: start, to: index) != nil { return nil }
        return bytes[index + 1] == 10 ? index : nil
    }

    /// The first `byte` in `start..<end`.
    static func index(of byte: UInt8, in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    struct StatusError: Error {
        let status: HTTPStatus
        let reason: String

        static func bad(_ reason: String) -> StatusError { StatusError(status: .badRequest, reason: reason) }
    }

    private var requestLineTooLong: HTTPParseResult {
        .failure(.uriTooLong, reason: "the request line may be at most \(limits.maxRequestLineBytes) bytes")
    }

    private var headTooLarge: HTTPParseResult {
        .failure(.requestHeaderFieldsTooLarge, reason: "the request head may be at most \(limits.maxHeaderBytes) bytes")
    }

    var bodyTooLarge: HTTPParseResult {
        .failure(.contentTooLarge, reason: "the body may be at most \(limits.maxBodyBytes) bytes")
    }

    private func parseField(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Result<(String, String), StatusError> {
        guard let colon = Self.index(of: UInt8(ascii: ":"), in: bytes, from: start, to: end), colon > start else {
            return .failure(.bad("a header field must be NAME: VALUE"))
        }
        for index in start..<colon {
            let byte = bytes[index]
            // Tokens only: this also refuses obsolete line folding, whose continuation starts with a space.
            guard byte > 32, byte < 127, byte != UInt8(ascii: "("), byte != UInt8(ascii: ")") else {
                return .failure(.bad("a header name must be a token (no spaces, controls or folding)"))
            }
        }
        let name = String(unsafeUninitializedCapacity: colon - start) { buffer in
            for index in start..<colon {
                let byte = bytes[index]
                buffer[index - start] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return colon - start
        }
        var valueStart = colon + 1
        var valueEnd = end
        while valueStart < valueEnd, bytes[valueStart] == 32 || bytes[valueStart] == 9 { valueStart += 1 }
        while valueEnd > valueStart, bytes[valueEnd - 1] == 32 || bytes[valueEnd - 1] == 9 { valueEnd -= 1 }
        let valueBytes = UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd])
        // RFC 9110 §5.5: visible characters, space, HTAB and obs-text (0x80–0xFF); NUL and other controls are refused.
        guard valueBytes.allSatisfy({ $0 >= 32 ? $0 != 127 : $0 == 9 }) else {
            return .failure(.bad("header \(name) contains a control character (RFC 9110 §5.5)"))
        }
        return .success((name, String(decoding: valueBytes, as: UTF8.self)))
    }

    /// One hex digit's value; shared with percent-decoding, which must refuse signs as chunk sizes do.
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 48...57: Int(byte - 48)
        case 65...70: Int(byte - 55)
        case 97...102: Int(byte - 87)
        default: nil
        }
    }
}
