import Glibc
import Testing
@testable import PrepServer

@Suite
struct HTTPDateTests {
    @Test(arguments: [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),  // RFC 9110 §5.6.7's own example
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (-1, "Wed, 31 Dec 1969 23:59:59 GMT"),
        (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
        (4_107_542_399, "Sun, 28 Feb 2100 23:59:59 GMT"),  // 2100 is no leap year
        (4_107_542_400, "Mon, 01 Mar 2100 00:00:00 GMT"),
    ])
    func formatsIMFFixdate(seconds: Int, expected: String) {
        let formatted = HTTPDate.imfFixdate(secondsSinceEpoch: seconds)
        #expect(String(decoding: formatted, as: UTF8.self) == expected)
        #expect(formatted.count == HTTPDate.length)
    }

    @Test func agreesWithTheCLibraryOverFourHundredYears() {
        var seconds = -2_208_988_800  // 1900
        while seconds < 10_413_792_000 {  // 2300
            var time = time_t(seconds)
            var parts = tm()
            gmtime_r(&time, &parts)
            var buffer = [CChar](repeating: 0, count: 64)
            let count = strftime(&buffer, buffer.count, "%a, %d %b %Y %H:%M:%S GMT", &parts)
            let expected = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            #expect(String(decoding: HTTPDate.imfFixdate(secondsSinceEpoch: seconds), as: UTF8.self) == expected)
            seconds += 86_400 * 17 + 3_601
        }
    }
}

extension ServerTests {
    /// RFC 9110 §6.6.1: an origin server with a clock dates its 2xx, 3xx and 4xx responses.
    @Suite
    struct ResponseDateTests {
        @Test(arguments: ServerConfiguration.Mode.allCases)
        func everyResponseCarriesTheCurrentDate(mode: ServerConfiguration.Mode) throws {
            let check: (UInt16) throws -> Void = { port in
                // A prepared route, a computed 404 and a parser's 400, each in keep-alive and closing form.
                for request in ["GET / HTTP/1.1\r\nHost: x\r\n\r\n", "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n",
                                "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET / HTTP/1.1\r\n\r\n"] {
                    var client = try TestClient(port: port)
                    defer { client.close() }
                    let before = time(nil)
                    try client.send(request)
                    let response = try #require(try client.readResponse())
                    let after = time(nil)
                    let date = try #require(response.headers["date"], "\(request)")
                    let allowed = (before...after).map { String(decoding: HTTPDate.imfFixdate(secondsSinceEpoch: $0), as: UTF8.self) }
                    #expect(allowed.contains(date), "\(request): \(date)")
                }
            }
            switch mode {
            case .sync: try withSyncServer({ _ in }, check)
            case .async: try withAsyncServer({ _ in }, check)
            }
        }
    }
}
