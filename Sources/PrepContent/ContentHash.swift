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
        var running = Running()
        running.add(buffer)
        return running.value
    }

    /// The hash of text fed in pieces, equal to the hash of the pieces joined: for a text never written out whole.
    package struct Running {
        package private(set) var value = offsetBasis

        package init() {}

        package mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add($0) }
        }

        mutating func add(_ buffer: UnsafeBufferPointer<UInt8>) {
            for byte in buffer {
                value ^= UInt64(byte)
                value = value &* prime
            }
        }

        /// 16 lower-case hex digits.
        package var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }

    /// The hash of `bytes` as 16 lower-case hex digits.
    package static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var running = Running()
        bytes.withContiguousStorageIfAvailable { running.add($0) } ?? Array(bytes).withUnsafeBufferPointer { running.add($0) }
        return running.hex
    }

    package static func hex(_ text: String) -> String { hex(text.utf8) }
}
