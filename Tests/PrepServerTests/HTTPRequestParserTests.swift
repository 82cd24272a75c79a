import Testing
@testable import PrepServer

struct HTTPRequestParserTests {
    private func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) -> HTTPParseResult {
        var parser = HTTPRequestParser(limits: limits)
        return Array(text.utf8).withUnsafeBytes { parser.parse($0) }
    }

    private func status(_ text: String, limits: HTTPLimits = HTTPLimits()) -> Int? {
        if case let .failure(status, _) = parse(text, limits: limits) { return status.code }
        return nil
    }

    @Test func parsesRequestLineHeadersAndQuery() throws {
        guard case let .request(request, consumed) = parse("GET /sleep?ms=250&name=a%20b+c HTTP/1.1\r\nHost: x\r\nX-Thing:  v \r\n\r\nrest") else {
            Issue.record("expected a request"); return
        }
        #expect(consumed == "GET /sleep?ms=250&name=a%20b+c HTTP/1.1\r\nHost: x\r\nX-Thing:  v \r\n\r\n".utf8.count)
        #expect(request.method == "GET")
        #expect(request.path == "/sleep")
        #expect(request.queryValue("ms") == "250")
        #expect(request.queryValue("name") == "a b c")
        #expect(request.queryValue("missing") == nil)
        #expect(request.headers["x-thing"] == "v")
        #expect(request.wantsKeepAlive)
    }

    @Test func incompleteUntilTheHeadEnds() {
        var parser = HTTPRequestParser()
        let bytes = Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        for end in 1..<bytes.count {
            let result = Array(bytes[0..<end]).withUnsafeBytes { parser.parse($0) }
            guard case .incomplete = result else { Issue.record("complete too early at \(end)"); return }
        }
        guard case .request = bytes.withUnsafeBytes({ parser.parse($0) }) else { Issue.record("expected a request"); return }
    }

    @Test func bareLineBreaksAreRefusedBeforeTheHeadEnds() {
        // Such a head can never end with CRLF CRLF, so waiting for more would only end in a timeout.
        #expect(status("GET / HTTP/1.1\nHost: x\n\n") == 400)
        #expect(status("GET / HTTP/1.1\rHost: x\r\r") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: x\n") == 400)
        if case .incomplete = parse("GET / HTTP/1.1\r") {} else { Issue.record("a trailing CR may still be followed by LF") }
    }

    @Test func connectionHeaderDecidesKeepAlive() {
        if case let .request(request, _) = parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") {
            #expect(!request.wantsKeepAlive)
        } else { Issue.record("expected a request") }
        if case let .request(request, _) = parse("GET / HTTP/1.0\r\n\r\n") {
            #expect(!request.wantsKeepAlive)
        } else { Issue.record("expected a request") }
    }

    @Test func contentLengthBody() {
        let message = "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
        guard case let .request(request, consumed) = parse(message + "GET") else {
            Issue.record("expected a request"); return
        }
        #expect(request.body == Array("hello".utf8))
        #expect(consumed == message.utf8.count)
    }

    @Test func chunkedBodyByteByByte() {
        let text = "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n"
        let bytes = Array(text.utf8)
        var parser = HTTPRequestParser()
        for end in 1...bytes.count {
            let result = Array(bytes[0..<end]).withUnsafeBytes { parser.parse($0) }
            switch result {
            case .incomplete:
                #expect(end < bytes.count)
            case let .request(request, consumed):
                #expect(end == bytes.count)
                #expect(consumed == bytes.count)
                #expect(String(decoding: request.body, as: UTF8.self) == "hello world")
            case let .failure(status, _):
                Issue.record("unexpected \(status)")
                return
            }
        }
    }

    @Test func everyLimitAndErrorMapsToItsStatus() {
        var small = HTTPLimits()
        small.maxRequestLineBytes = 64
        small.maxHeaderBytes = 256
        small.maxHeaderCount = 3
        small.maxBodyBytes = 10
        #expect(status("GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\n", limits: small) == 414)
        #expect(status("GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\nHost: x\r\n\r\n", limits: small) == 414)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nX: \(String(repeating: "b", count: 300))", limits: small) == 431)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: small) == 431)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", limits: small) == 413)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n", limits: small) == 413)
        #expect(status("BREW / HTTP/1.1\r\nHost: x\r\n\r\n") == 501)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") == 501)
        #expect(status("GET / HTTP/2.0\r\nHost: x\r\n\r\n") == 505)
        #expect(status("GET / HTTP/1.1\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") == 400)  // RFC 9112 §3.2
        #expect(status("\u{1}\u{2}garbage\r\n\r\n") == 400)
        #expect(status("get / HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
        #expect(status("GET nopath HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
        #expect(status("GET / HTTX/1.1\r\nHost: x\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n") == 400)
        #expect(status("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n") == 400)
        #expect(status("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == 400)
    }

    @Test func megabyteHeaderLineIs431() {
        let line = "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 1 << 20)
        #expect(status(line) == 431)
    }

    @Test func pipelinedRequestsAreConsumedOneAtATime() {
        let one = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        let bytes = Array((one + one.replacing("/a", with: "/b")).utf8)
        var parser = HTTPRequestParser()
        guard case let .request(first, consumed) = bytes.withUnsafeBytes({ parser.parse($0) }) else { Issue.record("first"); return }
        guard case let .request(second, _) = Array(bytes[consumed...]).withUnsafeBytes({ parser.parse($0) }) else { Issue.record("second"); return }
        #expect(first.path == "/a")
        #expect(second.path == "/b")
    }

    private func reason(_ text: String, limits: HTTPLimits = HTTPLimits()) -> String? {
        if case let .failure(_, reason) = parse(text, limits: limits) { return reason }
        return nil
    }

    @Test func failuresSayWhichLimitWasCrossed() {
        var small = HTTPLimits()
        small.maxRequestLineBytes = 64
        small.maxBodyBytes = 10
        #expect(reason("GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\n", limits: small)?.contains("64 bytes") == true)
        #expect(reason("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n", limits: small)?.contains("10 bytes") == true)
        #expect(reason("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 9999999999999999\r\n\r\n")?.contains("15 decimal digits") == true)
        #expect(reason("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n123456789\r\n")?.contains("8 hex digits") == true)
        #expect(reason("GET / HTTP/1.1\r\n\r\n")?.contains("Host") == true)
    }

    @Test(arguments: [0x00, 0x01, 0x08, 0x0B, 0x0C, 0x1F, 0x7F] as [UInt8])
    func controlBytesInHeaderValuesAre400(byte: UInt8) {
        var bytes = Array("GET / HTTP/1.1\r\nHost: x\r\nX-A: a".utf8)
        bytes.append(byte)
        bytes.append(contentsOf: "b\r\n\r\n".utf8)
        var parser = HTTPRequestParser()
        guard case let .failure(status, reason) = bytes.withUnsafeBytes({ parser.parse($0) }) else {
            Issue.record("accepted control byte \(byte)"); return
        }
        #expect(status.code == 400)
        #expect(reason.contains("control character"))
    }

    @Test func tabsAndObsTextInHeaderValuesAreAccepted() {
        var bytes = Array("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\tb".utf8)
        bytes.append(contentsOf: [0x80, 0xC3, 0xA9, 0xFF])
        bytes.append(contentsOf: "\r\n\r\n".utf8)
        var parser = HTTPRequestParser()
        guard case .request = bytes.withUnsafeBytes({ parser.parse($0) }) else { Issue.record("refused"); return }
    }

    @Test(arguments: [
        ("GET http://x/path?q=1 HTTP/1.1", "/path", "q=1"),
        ("GET HTTP://example.com:8080/a/b HTTP/1.1", "/a/b", ""),
        ("GET https://x HTTP/1.1", "/", ""),
        ("GET http://x?ms=5 HTTP/1.1", "/", "ms=5"),
    ])
    func absoluteFormTargetsAreRoutedByTheirPathAndQuery(line: String, path: String, query: String) {
        guard case let .request(request, _) = parse(line + "\r\nHost: x\r\n\r\n") else { Issue.record("refused \(line)"); return }
        #expect(request.path == path[...])
        #expect(request.query == query[...])
    }

    @Test func absoluteFormStillNeedsAHostHeaderAndAHost() {
        #expect(status("GET http://x/ HTTP/1.1\r\n\r\n") == 400)
        #expect(status("GET http:///path HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
        #expect(status("GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n") == 400)
        #expect(status("GET http://x/ HTTP/1.0\r\n\r\n") == nil)
    }

    @Test func percentDecodingTakesExactlyTwoHexDigits() {
        let request = HTTPRequest(method: "GET", target: "/?a=%41%4a&b=%+1&c=%2B5")
        #expect(request.queryValue("a") == "AJ")
        #expect(request.queryValue("b") == "% 1")
        #expect(request.queryValue("c") == "+5")
    }
}
