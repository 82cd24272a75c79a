/// Writes whole screens of lines; on a terminal it redraws in place, elsewhere it only appends.
///
/// Pipes and tests see plain lines with no escape codes, one screen after another.
package struct Screen {
    package let output: TerminalOutput
    /// Whether the output is a terminal that understands cursor movement.
    package let isInteractive: Bool

    package init(output: TerminalOutput, isInteractive: Bool) {
        self.output = output
        self.isInteractive = isInteractive
    }

    /// Clears the terminal; does nothing when not interactive.
    package func clear() {
        if isInteractive { output.write(ANSI.clearScreen) }
    }

    /// Replaces what is on screen with `lines` (on a terminal), or appends them (elsewhere).
    package func redraw(_ lines: [String]) {
        clear()
        write(lines)
    }

    /// Appends `lines`, each ending in a newline.
    package func write(_ lines: [String]) {
        output.write(lines.map { $0 + "\n" }.joined())
    }

    /// Erases the last `count` lines written and writes `lines` in their place (on a terminal), for
    /// updating a card without flicker; elsewhere it appends.
    package func replaceLast(_ count: Int, with lines: [String]) {
        if isInteractive, count > 0 {
            output.write("\r" + ANSI.cursorUp(count) + ANSI.clearToEndOfScreen)
        }
        write(lines)
    }
}
