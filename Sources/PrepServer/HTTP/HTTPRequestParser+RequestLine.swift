/// The request line, `METHOD TARGET HTTP/1.x`: the method matched among those served, the target in
/// origin- or absolute-form, the version.
extension HTTPRequestParser {
    private static let knownMethods: [String] = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"]
    /// The same names packed into integers: matching the method of every request is then one comparison each.
    private static let packedMethods = knownMethods.map { packed($0.utf8)! }
    private static let packedHTTPSlash = packed("HTTP/".utf8)!

    /// Up to eight bytes as one integer, first byte lowest; `nil` for more.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * index) }
        return value
    }

    func parseRequestLine(_ bytes: UnsafeRawBufferPointer, end: Int) -> Result<HTTPRequest, StatusError> {
        let malformed = StatusError.bad("the request line must be METHOD TARGET HTTP/1.x")
        guard let firstSpace = Self.index(of: 32, in: bytes, from: 0, to: end), firstSpace > 0 else { return .failure(malformed) }
        guard let secondSpace = Self.index(of: 32, in: bytes, from: firstSpace + 1, to: end), secondSpace > firstSpace + 1 else {
            return .failure(malformed)
        }
        let methodBytes = UnsafeRawBufferPointer(rebasing: bytes[0..<firstSpace])
        guard methodBytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return .failure(malformed) }
        guard let packedMethod = Self.packed(methodBytes), let known = Self.packedMethods.firstIndex(of: packedMethod) else {
            return .failure(StatusError(status: .notImplemented, reason: "methods understood: \(Self.knownMethods.joined(separator: " "))"))
        }
        let method = Self.knownMethods[known]
        var targetBytes = UnsafeRawBufferPointer(rebasing: bytes[(firstSpace + 1)..<secondSpace])
        guard targetBytes.allSatisfy({ $0 > 32 && $0 < 127 }) else { return .failure(.bad("the target must be visible ASCII")) }
        var prefix = ""
        // Origin-form, by far the common case, cannot also be absolute-form: its scheme test is skipped.
        if targetBytes.first != UInt8(ascii: "/"), let pathStart = Self.originFormStart(ofAbsoluteForm: targetBytes) {
            // RFC 9112 §3.2.2: a server must accept absolute-form; the path and query are what route it.
            guard pathStart > 0 else { return .failure(.bad("an absolute-form target needs a host")) }
            targetBytes = UnsafeRawBufferPointer(rebasing: targetBytes[pathStart...])
            if targetBytes.first != UInt8(ascii: "/") { prefix = "/" }
        } else {
            guard targetBytes.first == UInt8(ascii: "/") || (method == "OPTIONS" && targetBytes.elementsEqual("*".utf8)) else {
                return .failure(.bad("the target must start with / or be an absolute http(s) URI"))
            }
        }
        let version = UnsafeRawBufferPointer(rebasing: bytes[(secondSpace + 1)..<end])
        guard version.count == 8, Self.packed(version[0..<5]) == Self.packedHTTPSlash, version[6] == UInt8(ascii: "."),
              (48...57).contains(version[5]), (48...57).contains(version[7]) else {
            return .failure(malformed)
        }
        guard version[5] == UInt8(ascii: "1"), version[7] <= UInt8(ascii: "1") else {
            return .failure(StatusError(status: .httpVersionNotSupported, reason: "only HTTP/1.0 and HTTP/1.1 are served"))
        }
        let path = String(decoding: targetBytes, as: UTF8.self)
        let target = prefix.isEmpty ? path : prefix + path
        return .success(HTTPRequest(method: method, target: target, minorVersion: Int(version[7] - 48)))
    }

    /// For `http://host[:port]/path?query` (scheme in any case, likewise https): where the path starts in
    /// `target`, or 0 when the host is empty; `nil` for every other form.
    private static func originFormStart(ofAbsoluteForm target: UnsafeRawBufferPointer) -> Int? {
        for scheme in ["http://", "https://"] where target.count >= scheme.utf8.count {
            let matches = zip(target, scheme.utf8).allSatisfy { byte, expected in byte | 0x20 == expected | 0x20 }
            guard matches else { continue }
            let authority = UnsafeRawBufferPointer(rebasing: target[scheme.utf8.count...])
            let length = authority.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? authority.count
            return length == 0 ? 0 : scheme.utf8.count + length
        }
        return nil
    }
}
