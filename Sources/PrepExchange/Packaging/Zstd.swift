import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// zstd decompression through the system's `libzstd.so.1`, loaded when first needed: its headers are not on
/// a fresh machine, so the few functions used are declared here with the layout zstd.h gives them.
package enum Zstd {
    package enum Failure: Error, Equatable {
        /// The library could not be loaded; carries dlerror's words.
        case libraryMissing(String)
        /// The frame is damaged; carries zstd's own error name.
        case corrupt(String)
    }

    private struct InBuffer {
        var src: UnsafeRawPointer?
        var size: Int
        var pos: Int
    }

    private struct OutBuffer {
        var dst: UnsafeMutableRawPointer?
        var size: Int
        var pos: Int
    }

    private struct Library: @unchecked Sendable {
        let createContext: @convention(c) () -> OpaquePointer?
        let freeContext: @convention(c) (OpaquePointer?) -> Int
        let decompressStream: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int
        let isError: @convention(c) (Int) -> UInt32
        let errorName: @convention(c) (Int) -> UnsafePointer<CChar>?
    }

    private static let library: Result<Library, Failure> = {
        guard let handle = dlopen("libzstd.so.1", RTLD_NOW | RTLD_LOCAL) else {
            return .failure(.libraryMissing(dlerror().map { String(cString: $0) } ?? "libzstd.so.1"))
        }
        func symbol<T>(_ name: String, as: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
        }
        guard let create = symbol("ZSTD_createDCtx", as: (@convention(c) () -> OpaquePointer?).self),
            let free = symbol("ZSTD_freeDCtx", as: (@convention(c) (OpaquePointer?) -> Int).self),
            let stream = symbol(
                "ZSTD_decompressStream",
                as: (@convention(c) (OpaquePointer?, UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int).self),
            let isError = symbol("ZSTD_isError", as: (@convention(c) (Int) -> UInt32).self),
            let name = symbol("ZSTD_getErrorName", as: (@convention(c) (Int) -> UnsafePointer<CChar>?).self)
        else { return .failure(.libraryMissing("libzstd.so.1 lacks the streaming decoder")) }
        return .success(Library(createContext: create, freeContext: free, decompressStream: stream, isError: isError, errorName: name))
    }()

    /// Whether the library loads, for tests that need it.
    package static var isAvailable: Bool {
        if case .success = library { return true }
        return false
    }

    /// All frames of `input`, decompressed. Streaming, since Anki's encoder does not record the content size.
    package static func decompress(_ input: [UInt8]) throws(Failure) -> [UInt8] {
        let zstd = try library.get()
        guard let context = zstd.createContext() else { throw .corrupt("out of memory") }
        defer { _ = zstd.freeContext(context) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 4)
        var chunk = [UInt8](repeating: 0, count: 1 << 17)
        var failure: Failure?
        input.withUnsafeBytes { source in
            var inBuffer = InBuffer(src: source.baseAddress, size: source.count, pos: 0)
            var lastResult = 0
            repeat {
                let (result, written) = chunk.withUnsafeMutableBytes { target in
                    var outBuffer = OutBuffer(dst: target.baseAddress, size: target.count, pos: 0)
                    let result = zstd.decompressStream(context, &outBuffer, &inBuffer)
                    return (result, outBuffer.pos)
                }
                if zstd.isError(result) != 0 {
                    failure = .corrupt(zstd.errorName(result).map { String(cString: $0) } ?? "zstd error")
                    return
                }
                output.append(contentsOf: chunk[..<written])
                lastResult = result
                // A full chunk may leave output behind in the decoder even when all input is read.
                if inBuffer.pos == inBuffer.size, written < chunk.count { break }
            } while true
            // Nonzero: the last frame was cut short.
            if lastResult != 0 { failure = .corrupt("truncated frame") }
        }
        if let failure { throw failure }
        return output
    }
}
