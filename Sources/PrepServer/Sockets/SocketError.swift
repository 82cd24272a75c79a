import Glibc

/// A failed system call, with the call's name and errno captured at the moment it failed; the screens word it.
package enum SocketError: Error, Equatable {
    case failed(call: String, errno: Int32, message: String)
    case wouldBlock
    case closed

    /// Reads errno right away, before anything else can overwrite it.
    package static func lastError(_ call: StaticString) -> SocketError {
        let code = errno
        return .failed(call: "\(call)", errno: code, message: String(cString: strerror(code)))
    }

}
