@testable import PrepTerminal

/// Collects everything written, so tests can check prompts and echo.
final class CapturedOutput {
    private(set) var text = ""

    var output: TerminalOutput { TerminalOutput { [self] in text += $0 } }
}
