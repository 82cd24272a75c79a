import Glibc

/// The size of the terminal in character cells.
package struct TerminalSize: Sendable, Hashable {
    package var columns: Int
    package var rows: Int

    package init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    package static let fallback = TerminalSize(columns: 80, rows: 24)

    /// `COLUMNS`/`LINES` first (so a user or a test can force a width), then `ioctl(TIOCGWINSZ)` on `fd`,
    /// then 80×24.
    package static func detect(fd: Int32 = STDOUT_FILENO, environment: [String: String]) -> TerminalSize {
        var size = fallback
        var fromKernel = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &fromKernel) == 0, fromKernel.ws_col > 0 {
            size.columns = Int(fromKernel.ws_col)
            if fromKernel.ws_row > 0 { size.rows = Int(fromKernel.ws_row) }
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { size.columns = columns }
        if let rows = environment["LINES"].flatMap(Int.init), rows > 0 { size.rows = rows }
        return size
    }
}
