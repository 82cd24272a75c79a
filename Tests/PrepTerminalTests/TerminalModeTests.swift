import Glibc
import Testing

@testable import PrepTerminal

extension ProcessWideStateTests {
    @Suite struct TerminalModeTests {
        private struct Failure: Error {}

        @Test func rawInsideAndRestoredAfterwardWithCursorShownAgain() throws {
            let terminal = try PseudoTerminal()
            let cooked = terminal.localFlags()
            #expect(cooked & tcflag_t(ICANON) != 0)
            let flagsInside = try TerminalMode.withRaw(
                fd: terminal.follower, cursorOutput: terminal.follower,
                hideCursor: true
            ) {
                terminal.localFlags()
            }
            #expect(flagsInside & tcflag_t(ICANON | ECHO | ISIG) == 0)
            #expect(terminal.localFlags() == cooked)
            #expect(terminal.drainOutput() == "\u{1B}[?25l\u{1B}[?25h")
        }

        @Test func restoredWhenTheBodyThrows() throws {
            let terminal = try PseudoTerminal()
            let cooked = terminal.localFlags()
            #expect(throws: Failure.self) {
                try TerminalMode.withRaw(fd: terminal.follower) { throw Failure() }
            }
            #expect(terminal.localFlags() == cooked)
        }

        @Test func nestedCallKeepsRawUntilTheOuterOneEnds() throws {
            let terminal = try PseudoTerminal()
            let cooked = terminal.localFlags()
            try TerminalMode.withRaw(fd: terminal.follower) {
                try TerminalMode.withRaw(fd: terminal.follower) {}
                #expect(terminal.localFlags() & tcflag_t(ICANON) == 0)
            }
            #expect(terminal.localFlags() == cooked)
        }

        @Test func ctrlCArrivesAsAKeyInsteadOfASignal() throws {
            let terminal = try PseudoTerminal()
            let key = try TerminalMode.withRaw(fd: terminal.follower) {
                _ = write(terminal.leader, [UInt8(0x03)], 1)
                return InputReader(
                    source: FileDescriptorByteSource(fd: terminal.follower), mode: .terminal,
                    output: TerminalOutput { _ in }
                ).readKey()
            }
            #expect(key == .ctrlC)
        }

        @Test func typedAnswerShowsTheHiddenCursorWhileEditing() throws {
            let terminal = try PseudoTerminal()
            let captured = CapturedOutput()
            let answer = try TerminalMode.withRaw(
                fd: terminal.follower, cursorOutput: terminal.follower, hideCursor: true
            ) {
                #expect(TerminalMode.isCursorHidden)
                return InputReader(source: ScriptedByteSource("ok\r"), mode: .terminal, output: captured.output)
                    .readLine(prompt: "> ")
            }
            #expect(answer == "ok")
            #expect(captured.text == "> \u{1B}[?25hok\n\u{1B}[?25l")
            #expect(!TerminalMode.isCursorHidden)
        }

        @Test func signalHandlersAreInstalledOnlyWhileRaw() throws {
            let terminal = try PseudoTerminal()
            func handlerAddress() -> Int {
                var current = sigaction()
                _ = sigaction(SIGTERM, nil, &current)
                return current.__sigaction_handler.sa_handler.map { unsafeBitCast($0, to: Int.self) } ?? 0
            }
            let before = handlerAddress()
            let inside = try TerminalMode.withRaw(fd: terminal.follower) { handlerAddress() }
            #expect(inside != before)
            #expect(handlerAddress() == before)
        }

        @Test func notATerminalRunsTheBodyAndWritesNothing() throws {
            let pipe = try PipePair()
            let output = try PipePair()
            let ran = try TerminalMode.withRaw(fd: pipe.readEnd, cursorOutput: output.writeEnd, hideCursor: true) {
                true
            }
            #expect(ran)
            var request = pollfd(fd: output.readEnd, events: Int16(POLLIN), revents: 0)
            #expect(poll(&request, 1, 0) == 0)
        }
    }
}
