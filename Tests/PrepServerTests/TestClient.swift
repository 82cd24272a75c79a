import Glibc
import Testing
@testable import PrepServer

/// A blocking test client: raw bytes out, whole responses back, with a timeout on every read.
struct TestClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var headLength: Int
        var text: String { String(decoding: body, as: UTF8.self) }
        var encodedLength: Int { headLength + body.count }
    }

    struct Timeout: Error {}

    let socket: Socket
    private var buffer: [UInt8] = []
    var bufferSnapshot: [UInt8] { buffer }
    var bufferedText: String { String(decoding: buffer, as: UTF8.self) }

    init(port: UInt16) throws {
        socket = try Socket.connect(host: "127.0.0.1", port: port)
    }

    func close() { socket.close() }

    func send(_ text: String) throws { try socket.sendAll(Array(text.utf8)) }
    func send(bytes: [UInt8]) throws { try socket.sendAll(bytes) }

    func get(_ target: String, close: Bool = false) throws {
        try send("GET \(target) HTTP/1.1\r\nHost: test\r\n\(close ? "Connection: close\r\n" : "")\r\n")
    }

    /// Reads more bytes; false at EOF.
    mutating func fill(timeoutMilliseconds: Int32 = 5000) throws -> Bool {
        guard socket.wait(for: Int16(POLLIN), timeoutMilliseconds: timeoutMilliseconds) else { throw Timeout() }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count: Int
        do {
            count = try chunk.withUnsafeMutableBytes { try socket.read(into: $0) }
        } catch SocketError.failed(_, ECONNRESET, _) {
            return false
        }
        buffer.append(contentsOf: chunk[0..<count])
        return count > 0
    }

    /// Reads one response framed by Content-Length, or by EOF when it has none.
    mutating func readResponse(timeoutMilliseconds: Int32 = 5000) throws -> Response? {
        while true {
            if let headEnd = headEnd() {
                let head = String(decoding: buffer[0..<headEnd], as: UTF8.self)
                var lines = head.split(separator: "\r\n").map(String.init)
                let status = Int(lines.removeFirst().split(separator: " ")[1])!
                var headers: [String: String] = [:]
                for line in lines {
                    let parts = line.split(separator: ":", maxSplits: 1)
                    headers[parts[0].lowercased()] = String(parts[1].drop { $0 == " " })
                }
                if let length = headers["content-length"].flatMap(Int.init) {
                    while buffer.count < headEnd + 4 + length { guard try fill(timeoutMilliseconds: timeoutMilliseconds) else { return nil } }
                    let body = Array(buffer[(headEnd + 4)..<(headEnd + 4 + length)])
                    buffer.removeFirst(headEnd + 4 + length)
                    return Response(status: status, headers: headers, body: body, headLength: headEnd + 4)
                }
                if status == 101 {
                    buffer.removeFirst(headEnd + 4)
                    return Response(status: status, headers: headers, body: [], headLength: headEnd + 4)
                }
                while try fill(timeoutMilliseconds: timeoutMilliseconds) {}
                let body = Array(buffer[(headEnd + 4)...])
                buffer = []
                return Response(status: status, headers: headers, body: body, headLength: headEnd + 4)
            }
            guard try fill(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        }
    }

    /// Takes exactly `count` raw bytes (after a 101, say).
    mutating func readBytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { guard try fill() else { throw SocketError.closed } }
        defer { buffer.removeFirst(count) }
        return Array(buffer[0..<count])
    }

    /// True once the server has closed the connection (EOF or reset).
    mutating func isClosedByServer(timeoutMilliseconds: Int32 = 5000) throws -> Bool {
        while try fill(timeoutMilliseconds: timeoutMilliseconds) {}
        return true
    }

    private func headEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4) where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }
}

/// Parent of every suite that starts servers: they run one at a time, so timing bounds see one workload.
@Suite(.serialized)
enum ServerTests {}

/// Milliseconds since an arbitrary origin, for latency measurements in tests.
func nowMilliseconds() -> Double { Double(MonotonicClock.nanoseconds()) / 1_000_000 }

/// Starts an async server, runs `body`, and always stops it.
func withAsyncServer<T>(
    _ configure: (inout ServerConfiguration) -> Void = { _ in },
    routes: Routes<AsyncHandler> = DemoRoutes.async(cpu: testCPU),
    _ body: (UInt16) throws -> T
) throws -> T {
    var configuration = ServerConfiguration(mode: .async)
    configure(&configuration)
    let server = try AsyncHTTPServer(configuration: configuration, routes: routes)
    defer { server.stop() }
    return try body(server.port)
}

func withSyncServer<T>(
    _ configure: (inout ServerConfiguration) -> Void = { _ in },
    routes: Routes<BlockingHandler> = DemoRoutes.sync(cpu: testCPU),
    _ body: (UInt16) throws -> T
) throws -> T {
    var configuration = ServerConfiguration(mode: .sync)
    configure(&configuration)
    let server = try SyncHTTPServer(configuration: configuration, routes: routes)
    defer { server.stop() }
    return try body(server.port)
}

let testCPU = CPUWork.calibrate()
