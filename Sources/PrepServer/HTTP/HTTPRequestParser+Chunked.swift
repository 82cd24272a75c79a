extension HTTPRequestParser {
    func decodeChunks(_ bytes: UnsafeRawBufferPointer, into body: inout PendingBody) -> HTTPParseResult {
        var offset: Int
        switch body.framing {
        case let .chunked(start): offset = start
        case let .trailers(start, next, fields): return decodeTrailers(bytes, start: start, next: next, fields: fields, into: &body)
        case .length: return .incomplete
        }
        while true {
            guard let sizeEnd = lineEnd(bytes, from: offset) else {
                if bytes.count - offset > 1024 { return .failure(.badRequest, reason: "a chunk-size line may be at most 1024 bytes") }
                body.framing = .chunked(offset: offset)
                return .incomplete
            }
            var size = 0
            var digits = 0
            for index in offset..<sizeEnd {
                let byte = bytes[index]
                if byte == UInt8(ascii: ";") { break }
                // At most 8 hex digits: the size stays far below Int.max, so it cannot overflow.
                guard let digit = Self.hexValue(byte), digits < 8 else {
                    return .failure(.badRequest, reason: "a chunk size must be 1 to 8 hex digits")
                }
                size = size * 16 + digit
                digits += 1
            }
            guard digits > 0 else { return .failure(.badRequest, reason: "a chunk size must be 1 to 8 hex digits") }
            if size == 0 { return decodeTrailers(bytes, start: sizeEnd + 2, next: sizeEnd + 2, fields: 0, into: &body) }
            if body.request.body.count + size > limits.maxBodyBytes { return bodyTooLarge }
            let dataStart = sizeEnd + 2
            guard bytes.count >= dataStart + size + 2 else {
                body.framing = .chunked(offset: offset)
                return .incomplete
            }
            guard bytes[dataStart + size] == 13, bytes[dataStart + size + 1] == 10 else {
                return .failure(.badRequest, reason: "a chunk must end with CRLF right after its declared size")
            }
            body.request.body.append(contentsOf: bytes[dataStart..<(dataStart + size)])
            offset = dataStart + size + 2
        }
    }

    /// Trailer fields are read and dropped; the body ends at the first empty line. They count against the
    /// head's limits (README: 16 KiB, 100 fields → 431), and each read resumes at the first unfinished line,
    /// so a client streaming trailers can neither grow the buffer nor make the parser rescan it.
    private func decodeTrailers(
        _ bytes: UnsafeRawBufferPointer, start: Int, next: Int, fields: Int, into body: inout PendingBody
    ) -> HTTPParseResult {
        var next = next
        var fields = fields
        while let end = lineEnd(bytes, from: next) {
            if end == next { return .request(body.request, consumed: end + 2) }
            fields += 1
            if fields > limits.maxHeaderCount || end + 2 - start > limits.maxHeaderBytes { return trailersTooLarge }
            next = end + 2
        }
        if bytes.count - start > limits.maxHeaderBytes { return trailersTooLarge }
        body.framing = .trailers(start: start, next: next, fields: fields)
        return .incomplete
    }

    private var trailersTooLarge: HTTPParseResult {
        .failure(.requestHeaderFieldsTooLarge, reason: "trailer fields may be at most \(limits.maxHeaderBytes) bytes and \(limits.maxHeaderCount) fields")
    }
}
