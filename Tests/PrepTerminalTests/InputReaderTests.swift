import Testing

@testable import PrepTerminal

extension ProcessWideStateTests {
    @Suite struct InputReaderTests {
        private func reader(_ source: ScriptedByteSource, _ mode: InputReader.Mode, _ captured: CapturedOutput)
            -> InputReader
        {
            InputReader(source: source, mode: mode, output: captured.output)
        }

        @Test(arguments: [
            ("", Key.enter), ("   ", .enter), ("1", .char("1")), ("q", .char("q")), (" q ", .char("q")),
            ("答", .char("答")), ("asgi", .line("asgi")), ("event loop", .line("event loop")),
        ])
        func lineMapsToKey(line: String, key: Key) {
            #expect(InputReader.key(forLine: line) == key)
        }

        @Test func lineModeReadsKeysThenReportsEndOfInput() {
            let captured = CapturedOutput()
            let input = reader(ScriptedByteSource("\n3\r\nq\nlast"), .lines, captured)
            #expect(input.readKey() == .enter)
            #expect(input.readKey() == .char("3"))
            #expect(input.readKey() == .char("q"))
            #expect(input.readKey() == .line("last"))
            #expect(input.readKey() == nil)
            #expect(input.readKey() == nil)
        }

        @Test func lineModeJoinsLinesSplitAcrossReads() {
            let captured = CapturedOutput()
            let bytes = Array("事件迴圈\n".utf8)
            // Cut inside the UTF-8 of 件, so decoding must wait for the whole line.
            let input = reader(ScriptedByteSource([Array(bytes[..<4]), Array(bytes[4...])]), .lines, captured)
            #expect(input.readLine(prompt: "答案: ") == "事件迴圈")
            #expect(input.readLine(prompt: "答案: ") == nil)
            #expect(captured.text == "答案: \n答案: \n")
        }

        @Test func lineModeAnswerKeepsInnerSpacesAndEmptyLines() {
            let input = reader(ScriptedByteSource(" a b \n\n"), .lines, CapturedOutput())
            #expect(input.readLine(prompt: "") == " a b ")
            #expect(input.readLine(prompt: "") == "")
            #expect(input.readLine(prompt: "") == nil)
        }

        @Test func terminalModeDecodesKeysOneAtATime() {
            let source = ScriptedByteSource([Array("1 \r".utf8), [0x1B, 0x5B], [0x41]])
            let input = reader(source, .terminal, CapturedOutput())
            #expect(input.readKey() == .char("1"))
            #expect(input.readKey() == .space)
            #expect(input.readKey() == .enter)
            #expect(input.readKey() == .up)
            #expect(input.readKey() == nil)
        }

        @Test func terminalModeLoneEscapeAfterTimeout() {
            let source = ScriptedByteSource([[0x1B], [], Array("q".utf8)])
            let input = reader(source, .terminal, CapturedOutput())
            #expect(input.readKey() == .escape)
            #expect(input.readKey() == .char("q"))
            #expect(source.timeouts == [nil, InputReader.escapeTimeout, nil])
        }

        @Test func terminalModeEscapeAtEndOfInput() {
            let input = reader(ScriptedByteSource([[0x1B]]), .terminal, CapturedOutput())
            #expect(input.readKey() == .escape)
            #expect(input.readKey() == nil)
        }

        @Test func terminalModeLineEditingEchoesAndErasesByWidth() {
            let captured = CapturedOutput()
            let typed: [UInt8] = Array("a中".utf8) + [0x7F] + Array("b".utf8) + [0x0D]
            let input = reader(ScriptedByteSource([typed]), .terminal, captured)
            #expect(input.readLine(prompt: "> ") == "ab")
            #expect(captured.text == "> a中\u{8}\u{8}  \u{8}\u{8}b\n")
        }

        @Test(arguments: [Array("ab".utf8) + [0x03], [0x04], Array("ab".utf8)])
        func terminalModeLineCancelledByCtrlCCtrlDOrEndOfInput(bytes: [UInt8]) {
            let captured = CapturedOutput()
            let input = reader(ScriptedByteSource([bytes]), .terminal, captured)
            #expect(input.readLine(prompt: "> ") == nil)
            #expect(captured.text.hasSuffix("\n"))
        }

        @Test func terminalModeCtrlDIgnoredWhileSomethingIsTyped() {
            let input = reader(ScriptedByteSource([Array("ab".utf8) + [0x04, 0x0D]]), .terminal, CapturedOutput())
            #expect(input.readLine(prompt: "> ") == "ab")
        }
    }
}
