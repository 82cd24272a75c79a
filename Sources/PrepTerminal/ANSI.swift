/// Escape sequences prep writes to a terminal (ECMA-48 / xterm).
package enum ANSI {
    package static let escape = "\u{1B}["
    package static let reset = escape + "0m"
    package static let hideCursor = escape + "?25l"
    package static let showCursor = escape + "?25h"
    /// Erases the whole screen and moves the cursor to the top-left corner.
    package static let clearScreen = escape + "2J" + escape + "H"
    /// Erases from the cursor to the end of the screen.
    package static let clearToEndOfScreen = escape + "J"

    package static func cursorUp(_ lines: Int) -> String { lines > 0 ? escape + "\(lines)A" : "" }

    /// Select Graphic Rendition attributes, used through ``Style``.
    package enum SGR: Int, Sendable {
        case bold = 1
        case dim = 2
        case italic = 3
        case underline = 4
        case inverse = 7
        case red = 31
        case green = 32
        case yellow = 33
        case blue = 34
        case magenta = 35
        case cyan = 36
        case gray = 90
    }

    package static func sgr(_ attributes: [SGR]) -> String {
        escape + attributes.map { String($0.rawValue) }.joined(separator: ";") + "m"
    }
}
