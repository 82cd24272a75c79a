import Testing

@testable import PrepTerminal

struct TerminalSizeTests {
    @Test func columnsFromEnvironmentWin() throws {
        let terminal = try PseudoTerminal(columns: 100, rows: 30)
        #expect(TerminalSize.detect(fd: terminal.follower, environment: [:]) == TerminalSize(columns: 100, rows: 30))
        #expect(TerminalSize.detect(fd: terminal.follower, environment: ["COLUMNS": "42"]).columns == 42)
        #expect(TerminalSize.detect(fd: terminal.follower, environment: ["COLUMNS": "x"]).columns == 100)
    }

    @Test func notATerminalFallsBackTo80() throws {
        let pipe = try PipePair()
        #expect(TerminalSize.detect(fd: pipe.readEnd, environment: [:]) == .fallback)
    }
}
