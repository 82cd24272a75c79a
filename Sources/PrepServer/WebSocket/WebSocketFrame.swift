/// One RFC 6455 frame (§5.2). Payloads from clients arrive masked; the server's go out unmasked.
package struct WebSocketFrame: Sendable, Equatable {
    package struct Opcode: RawRepresentable, Sendable, Hashable {
        package let rawValue: UInt8
        package init(rawValue: UInt8) { self.rawValue = rawValue }

        package static let continuation = Opcode(rawValue: 0x0)
        package static let text = Opcode(rawValue: 0x1)
        package static let binary = Opcode(rawValue: 0x2)
        package static let close = Opcode(rawValue: 0x8)
        package static let ping = Opcode(rawValue: 0x9)
        package static let pong = Opcode(rawValue: 0xA)

        package var isControl: Bool { rawValue & 0x8 != 0 }
    }

    package var fin: Bool
    package var opcode: Opcode
    package var payload: [UInt8]

    package init(fin: Bool = true, opcode: Opcode, payload: [UInt8]) {
        self.fin = fin
        self.opcode = opcode
        self.payload = payload
    }

    /// Encodes with the shortest length form (7, 16 or 64 bits); `mask` is for clients only.
    package func encoded(mask: (UInt8, UInt8, UInt8, UInt8)? = nil) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(payload.count + 14)
        out.append((fin ? 0x80 : 0) | opcode.rawValue)
        let maskBit: UInt8 = mask == nil ? 0 : 0x80
        switch payload.count {
        case 0..<126:
            out.append(maskBit | UInt8(payload.count))
        case 126...0xFFFF:
            out.append(maskBit | 126)
            out.append(UInt8(payload.count >> 8))
            out.append(UInt8(payload.count & 0xFF))
        default:
            out.append(maskBit | 127)
            for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: payload.count >> shift)) }
        }
        if let mask {
            let key = [mask.0, mask.1, mask.2, mask.3]
            out.append(contentsOf: key)
            for (index, byte) in payload.enumerated() { out.append(byte ^ key[index & 3]) }
        } else {
            out.append(contentsOf: payload)
        }
        return out
    }

    package enum DecodeResult: Equatable {
        case incomplete
        case frame(WebSocketFrame, consumed: Int)
        /// A protocol violation; close with this code (RFC 6455 §7.4.1).
        case failure(closeCode: UInt16)
    }

    /// Decodes one frame from the front of `bytes`. The server requires masking (§5.1) and enforces `maxPayload`.
    package static func decode(_ bytes: UnsafeRawBufferPointer, maxPayload: Int, requireMask: Bool = true) -> DecodeResult {
        guard bytes.count >= 2 else { return .incomplete }
        let first = bytes[0]
        let second = bytes[1]
        guard first & 0x70 == 0 else { return .failure(closeCode: 1002) }
        let opcode = Opcode(rawValue: first & 0x0F)
        guard [.continuation, .text, .binary, .close, .ping, .pong].contains(opcode) else { return .failure(closeCode: 1002) }
        let fin = first & 0x80 != 0
        let masked = second & 0x80 != 0
        if requireMask, !masked { return .failure(closeCode: 1002) }
        var offset = 2
        var length = Int(second & 0x7F)
        if opcode.isControl, !fin || length > 125 { return .failure(closeCode: 1002) }
        if length == 126 {
            guard bytes.count >= 4 else { return .incomplete }
            length = Int(bytes[2]) << 8 | Int(bytes[3])
            offset = 4
        } else if length == 127 {
            guard bytes.count >= 10 else { return .incomplete }
            var value: UInt64 = 0
            for index in 2..<10 { value = value << 8 | UInt64(bytes[index]) }
            // §5.2: the most significant bit must be 0; anything left is compared before it becomes an Int.
            guard value >> 63 == 0 else { return .failure(closeCode: 1002) }
            guard value <= UInt64(max(0, maxPayload)) else { return .failure(closeCode: 1009) }
            length = Int(value)
            offset = 10
        }
        if length > maxPayload { return .failure(closeCode: 1009) }
        var key: [UInt8] = []
        if masked {
            guard bytes.count >= offset + 4 else { return .incomplete }
            key = Array(bytes[offset..<(offset + 4)])
            offset += 4
        }
        guard bytes.count >= offset + length else { return .incomplete }
        var payload = Array(bytes[offset..<(offset + length)])
        if masked {
            for index in payload.indices { payload[index] ^= key[index & 3] }
        }
        return .frame(WebSocketFrame(fin: fin, opcode: opcode, payload: payload), consumed: offset + length)
    }
}
