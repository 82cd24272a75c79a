import Testing
@testable import PrepServer

/// Nested in `ServerTests`, so it never runs beside another suite that starts servers.
extension ServerTests {
    /// RFC 6455 over a real socket, case by case in the manner of the Autobahn suite's sections 1–7:
    /// framing, pings, reserved bits, opcodes, fragmentation, UTF-8 and the closing handshake.
    @Suite
    struct WebSocketConformanceTests {
        private func withSocket(_ body: (inout WebSocketClient) throws -> Void) throws {
            try withAsyncServer { port in
                var socket = try WebSocketClient(port: port)
                defer { socket.close() }
                try body(&socket)
            }
        }

        private func expectEcho(_ socket: inout WebSocketClient, _ opcode: WebSocketFrame.Opcode, _ payload: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let frame = try #require(try socket.readFrame(), sourceLocation: sourceLocation)
            #expect(frame.opcode == opcode, sourceLocation: sourceLocation)
            #expect(frame.fin, sourceLocation: sourceLocation)
            #expect(frame.payload == payload, sourceLocation: sourceLocation)
        }

        // MARK: 1 Framing

        @Test(arguments: [0, 125, 126, 127, 128, 65535, 65536, 200_000])
        func textAndBinaryEchoAtEveryLengthForm(length: Int) throws {
            try withSocket { socket in
                let text = Array(String(repeating: "*", count: length).utf8)
                try socket.send(opcode: 1, text)
                try expectEcho(&socket, .text, text)
                let binary = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
                try socket.send(opcode: 2, binary)
                try expectEcho(&socket, .binary, binary)
            }
        }

        @Test func aFrameTricklingInByteByByteIsEchoed() throws {
            try withSocket { socket in
                let bytes = WebSocketFrame(opcode: .text, payload: Array("slow but whole".utf8)).encoded(mask: (7, 7, 7, 7))
                for byte in bytes { try socket.send(raw: [byte]) }
                try expectEcho(&socket, .text, Array("slow but whole".utf8))
            }
        }

        @Test func unmaskedClientFramesAre1002() throws {
            try withSocket { socket in
                try socket.send(raw: WebSocketFrame(opcode: .text, payload: [65]).encoded())
                try socket.expectClose(1002)
            }
        }

        @Test func aLengthWithItsTopBitSetIs1002() throws {
            try withSocket { socket in
                try socket.send(raw: [0x82, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4])
                try socket.expectClose(1002)
            }
        }

        @Test func aMessageOverTheLimitIs1009() throws {
            try withSocket { socket in
                try socket.send(raw: [0x82, 0xFF, 0, 0, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4])
                try socket.expectClose(1009)
            }
        }

        // MARK: 2 Pings and pongs

        @Test(arguments: [0, 1, 125])
        func pingGetsAPongWithTheSamePayload(length: Int) throws {
            try withSocket { socket in
                let payload = (0..<length).map { UInt8(truncatingIfNeeded: 255 - $0) }
                try socket.send(opcode: 9, payload)
                try expectEcho(&socket, .pong, payload)
            }
        }

        @Test func aPingOver125BytesIs1002() throws {
            try withSocket { socket in
                try socket.send(opcode: 9, [UInt8](repeating: 1, count: 126))
                try socket.expectClose(1002)
            }
        }

        @Test func unsolicitedPongsAreIgnored() throws {
            try withSocket { socket in
                try socket.send(opcode: 10, Array("unasked".utf8))
                try socket.send(opcode: 1, Array("after".utf8))
                try expectEcho(&socket, .text, Array("after".utf8))
            }
        }

        @Test func manyPingsAreEachAnsweredInOrder() throws {
            try withSocket { socket in
                for index in 0..<10 { try socket.send(opcode: 9, [UInt8(index)]) }
                for index in 0..<10 { try expectEcho(&socket, .pong, [UInt8(index)]) }
            }
        }

        // MARK: 3 Reserved bits, 4 opcodes

        @Test(arguments: [1, 2, 3, 4, 5, 6, 7] as [UInt8])
        func reservedBitsWithoutAnExtensionAre1002(rsv: UInt8) throws {
            try withSocket { socket in
                try socket.send(opcode: 1, Array("hi".utf8), rsv: rsv)
                try socket.expectClose(1002)
            }
        }

        @Test func aReservedBitOnAPingIs1002EvenAfterAGoodMessage() throws {
            try withSocket { socket in
                try socket.send(opcode: 1, Array("ok".utf8))
                try expectEcho(&socket, .text, Array("ok".utf8))
                try socket.send(opcode: 9, [], rsv: 4)
                try socket.expectClose(1002)
            }
        }

        @Test(arguments: [3, 4, 5, 6, 7, 11, 12, 13, 14, 15] as [UInt8])
        func reservedOpcodesAre1002(opcode: UInt8) throws {
            try withSocket { socket in
                try socket.send(opcode: opcode, [1, 2, 3])
                try socket.expectClose(1002)
            }
        }

        // MARK: 5 Fragmentation

        @Test func fragmentedTextIsReassembled() throws {
            try withSocket { socket in
                let parts = ["frag", "ment", "ed ", "méssage"].map { Array($0.utf8) }
                for (index, part) in parts.enumerated() {
                    try socket.send(fin: index == parts.count - 1, opcode: index == 0 ? 1 : 0, part)
                }
                try expectEcho(&socket, .text, parts.flatMap { $0 })
            }
        }

        @Test func emptyFragmentsAreAllowed() throws {
            try withSocket { socket in
                try socket.send(fin: false, opcode: 1, [])
                try socket.send(fin: false, opcode: 0, [])
                try socket.send(fin: true, opcode: 0, [])
                try expectEcho(&socket, .text, [])
            }
        }

        @Test func pingsBetweenFragmentsAreAnsweredAtOnce() throws {
            try withSocket { socket in
                try socket.send(fin: false, opcode: 1, Array("one ".utf8))
                try socket.send(opcode: 9, Array("between".utf8))
                try expectEcho(&socket, .pong, Array("between".utf8))
                try socket.send(fin: true, opcode: 0, Array("two".utf8))
                try expectEcho(&socket, .text, Array("one two".utf8))
            }
        }

        @Test func aFragmentedPingIs1002() throws {
            try withSocket { socket in
                try socket.send(fin: false, opcode: 9, [1])
                try socket.expectClose(1002)
            }
        }

        @Test(arguments: [true, false])
        func aContinuationWithoutAStartIs1002(fin: Bool) throws {
            try withSocket { socket in
                try socket.send(fin: fin, opcode: 0, Array("orphan".utf8))
                try socket.expectClose(1002)
            }
        }

        @Test(arguments: [1, 2] as [UInt8])
        func aNewMessageDuringAFragmentedOneIs1002(opcode: UInt8) throws {
            try withSocket { socket in
                try socket.send(fin: false, opcode: 1, Array("start".utf8))
                try socket.send(fin: true, opcode: opcode, Array("intruder".utf8))
                try socket.expectClose(1002)
            }
        }

        // MARK: 6 UTF-8

        /// Well-formed text at the edges of each encoding length, and near the surrogates.
        static let validText: [[UInt8]] = [
            [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
            [0xEF, 0xBF, 0xBD], [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            Array("κόσμε, 世界, 🎉".utf8),
        ]

        /// Overlongs, surrogates, beyond U+10FFFF, stray and missing continuations, bytes never in UTF-8.
        static let invalidText: [[UInt8]] = [
            Array("ab".utf8) + [0xFF] + Array("cd".utf8), [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xE0, 0x9F, 0xBF],
            [0xF0, 0x80, 0x80, 0xAF], [0xF0, 0x8F, 0xBF, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
            [0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFE], [0xFF],
            [0x80], [0xBF], [0x41, 0x80, 0x41], [0xCE], [0xE2, 0x82], [0xF0, 0x9F, 0x8E], [0xCE, 0x41],
            Array("κόσμε".utf8) + [0xED, 0xA0, 0x80] + Array("edited".utf8),
        ]

        @Test(arguments: validText)
        func wellFormedTextIsEchoedWholeOrSplitAtEveryByte(bytes: [UInt8]) throws {
            try withSocket { socket in
                try socket.send(opcode: 1, bytes)
                try expectEcho(&socket, .text, bytes)
                for cut in 1..<max(bytes.count, 1) {
                    try socket.send(fin: false, opcode: 1, Array(bytes[..<cut]))
                    try socket.send(fin: true, opcode: 0, Array(bytes[cut...]))
                    try expectEcho(&socket, .text, bytes)
                }
            }
        }

        @Test(arguments: invalidText)
        func malformedTextIs1007WholeOrFragmented(bytes: [UInt8]) throws {
            try withSocket { socket in
                try socket.send(opcode: 1, bytes)
                try socket.expectClose(1007)
            }
            for cut in 1..<max(bytes.count, 2) {
                try withSocket { socket in
                    try socket.send(fin: false, opcode: 1, Array(bytes[..<cut]))
                    try socket.send(fin: true, opcode: 0, Array(bytes[cut...]))
                    try socket.expectClose(1007)
                }
            }
        }

        @Test func invalidTextFailsFastWithoutWaitingForTheRest() throws {
            try withSocket { socket in
                // The message is never finished: the server must judge the first fragment on its own.
                try socket.send(fin: false, opcode: 1, Array("good so far ".utf8) + [0xC0, 0xAF])
                try socket.expectClose(1007)
            }
        }

        @Test func binaryMessagesAreNotValidatedAsText() throws {
            try withSocket { socket in
                try socket.send(opcode: 2, [0xFF, 0xC0, 0xED, 0xA0, 0x80])
                try expectEcho(&socket, .binary, [0xFF, 0xC0, 0xED, 0xA0, 0x80])
            }
        }

        // MARK: 7 Closing

        static let validCloseCodes: [UInt16] = [1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999]
        static let invalidCloseCodes: [UInt16] = [0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535]

        @Test(arguments: validCloseCodes)
        func validCloseCodesAreEchoed(code: UInt16) throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [UInt8(code >> 8), UInt8(code & 0xFF)] + Array("bye, ünïcode".utf8))
                try socket.expectClose(code)
            }
        }

        @Test(arguments: invalidCloseCodes)
        func reservedAndUnassignedCloseCodesAre1002(code: UInt16) throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [UInt8(code >> 8), UInt8(code & 0xFF)])
                try socket.expectClose(1002)
            }
        }

        @Test func anEmptyCloseIsAnsweredWithAnEmptyClose() throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [])
                try socket.expectClose(nil)
            }
        }

        @Test func aOneByteClosePayloadIs1002() throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [0x03])
                try socket.expectClose(1002)
            }
        }

        @Test func aCloseReasonThatIsNotUTF8Is1007() throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [0x03, 0xE8, 0x61, 0xED, 0xA0, 0x80])
                try socket.expectClose(1007)
            }
        }

        @Test func aCloseWithThe123ByteMaximumReasonIsEchoed() throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [0x03, 0xE8] + [UInt8](repeating: 0x2A, count: 123))
                try socket.expectClose(1000)
            }
        }

        @Test func framesAfterACloseAreIgnored() throws {
            try withSocket { socket in
                try socket.send(opcode: 8, [0x03, 0xE8])
                // The server may already have closed: a refused late send is part of being ignored.
                try? socket.send(opcode: 1, Array("too late".utf8))
                try? socket.send(opcode: 9, [])
                var frames: [WebSocketFrame] = []
                while let frame = try socket.readFrame() { frames.append(frame) }
                #expect(frames.map(\.opcode) == [.close])
            }
        }

        @Test func aCloseInTheMiddleOfAFragmentedMessageIsEchoed() throws {
            try withSocket { socket in
                try socket.send(fin: false, opcode: 1, Array("half".utf8))
                try socket.send(opcode: 8, [0x03, 0xE8])
                try socket.expectClose(1000)
            }
        }
    }
}
