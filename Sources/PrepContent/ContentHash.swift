import Foundation

/// FNV-1a 64: fast, dependency-free and stable across runs and platforms, which is all a change
/// detector and a key derivation need (no adversary chooses our content).
package enum ContentHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    package static func fnv1a64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        // Contiguous bytes (every file read at launch) take a loop over a buffer: stepping a generic sequence
        // across the module boundary costs hundreds of instructions a byte.
        bytes.withContiguousStorageIfAvailable(fnv1a64(buffer:)) ?? Array(bytes).withUnsafeBufferPointer(fnv1a64(buffer:))
    }

    private static func fnv1a64(buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in buffer {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    /// The hash of `bytes` as 16 lower-case hex digits.
    package static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let value = fnv1a64(bytes)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    package static func hex(_ text: String) -> String { hex(text.utf8) }
}
