import PrepServer

/// One load-generator connection: a non-blocking socket, the request being sent and the response read so far.
/// Used only on the generator's thread.
final class ClientConnection {
    enum Phase {
        case connecting
        case sending
        case receiving
    }

    struct Response {
        var status: Int
        var serverWillClose: Bool
    }

    let socket: Socket
    let request: [UInt8]
    private(set) var phase = Phase.connecting
    private var sent = 0
    private(set) var received: [UInt8] = []
    private var headLength: Int?
    private var contentLength: Int?
    private var response: Response?
    var requestStartedAt: UInt64

    init(socket: Socket, request: [UInt8], now: UInt64) {
        self.socket = socket
        self.request = request
        requestStartedAt = now
    }

    static func request(target: String, keepAlive: Bool) -> [UInt8] {
        Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(keepAlive ? "" : "Connection: close\r\n")\r\n".utf8)
    }

    /// Starts the next request on an open keep-alive connection.
    func restart(now: UInt64) {
        phase = .sending
        sent = 0
        received.removeAll(keepingCapacity: true)
        headLength = nil
        contentLength = nil
        response = nil
        requestStartedAt = now
    }

    /// Writable: finishes connecting and sends; returns false on a socket error.
    func sendPending() -> Bool {
        if phase == .connecting {
            guard socket.pendingError() == 0 else { return false }
            phase = .sending
        }
        guard phase == .sending else { return true }
        while sent < request.count {
            do {
                sent += try request.withUnsafeBytes { try socket.send(UnsafeRawBufferPointer(rebasing: $0[sent...])) }
            } catch SocketError.wouldBlock {
                return true
            } catch {
                return false
            }
        }
        phase = .receiving
        return true
    }

    enum ReadOutcome {
        case pending
        case complete(Response)
        case failed
    }

    /// Readable: reads what is there and reports a complete response (by Content-Length or EOF).
    func readAvailable(scratch: inout [UInt8]) -> ReadOutcome {
        while true {
            let count: Int
            do {
                count = try scratch.withUnsafeMutableBytes { try socket.read(into: $0) }
            } catch SocketError.wouldBlock {
                return .pending
            } catch {
                return .failed
            }
            if count == 0 {
                guard parseHead(), var response else { return .failed }
                if contentLength != nil, received.count < headLength! + contentLength! { return .failed }
                response.serverWillClose = true
                return .complete(response)
            }
            received.append(contentsOf: scratch[0..<count])
            if parseHead(), let response, let contentLength, received.count >= headLength! + contentLength {
                return .complete(response)
            }
        }
    }

    /// The response's body once it is complete (everything after the head).
    var body: ArraySlice<UInt8> { received[(headLength ?? received.count)...] }

    /// Parses status and framing once the head is in; false until then. Works on bytes: it runs per response.
    private func parseHead() -> Bool {
        if headLength != nil { return true }
        guard received.count >= 12, let end = Self.find([13, 10, 13, 10], in: received) else { return false }
        headLength = end + 4
        let status = received[9...11].reduce(0) { $0 * 10 + Int($1) - 48 }
        var willClose = false
        var lineStart = 0
        while lineStart < end {
            let lineEnd = Self.find([13, 10], in: received, from: lineStart) ?? end
            let line = received[lineStart..<lineEnd]
            if Self.hasPrefix(line, "content-length:") {
                contentLength = line.dropFirst(15).reduce(0) { $1 >= 48 && $1 <= 57 ? $0 * 10 + Int($1) - 48 : $0 }
            } else if Self.hasPrefix(line, "connection:") {
                willClose = Self.find(Array("close".utf8), in: Array(line.map { $0 | 0x20 })) != nil
            }
            lineStart = lineEnd + 2
        }
        response = Response(status: status, serverWillClose: willClose)
        return true
    }

    /// Case-insensitive prefix test for a lowercase ASCII `prefix`.
    private static func hasPrefix(_ line: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        guard line.count >= prefix.utf8CodeUnitCount else { return false }
        var index = line.startIndex
        for byte in UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount) {
            let candidate = line[index]
            guard candidate == byte || (candidate >= 65 && candidate <= 90 && candidate + 32 == byte) else { return false }
            index += 1
        }
        return true
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard haystack.count >= needle.count + start else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
