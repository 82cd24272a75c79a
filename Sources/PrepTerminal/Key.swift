/// One key press, as decoded from terminal bytes or mapped from a line of piped input.
package enum Key: Hashable, Sendable {
    /// A printable character (any script; a multibyte UTF-8 sequence decodes to one character).
    case char(Character)
    /// A whole line of piped input that does not map to a single key (line mode only).
    case line(String)
    case enter
    case space
    case tab
    case backspace
    case delete
    case escape
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// The terminal changed size (SIGWINCH while ``TerminalResize`` watches): redraw at the new size.
    case resize
    case ctrlC
    case ctrlD
    /// Any other C0 control byte (Ctrl-A is 0x01 …), kept so callers can ignore it deliberately.
    case control(UInt8)
    /// An escape sequence the decoder recognises as complete but has no meaning for (F-keys, mouse).
    case unknownSequence([UInt8])
}
