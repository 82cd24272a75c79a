/// The state of a typed answer on a raw terminal: pure, so editing is tested without a terminal.
///
/// The cursor stays at the end of the line. Backspace removes one grapheme and erases as many
/// columns as it took, so CJK characters and emoji disappear whole.
package struct LineEditor: Sendable {
    package enum Effect: Equatable, Sendable {
        /// Write this to the terminal (echo or erase) and keep reading.
        case output(String)
        /// The user pressed Enter; the line is complete.
        case submit(String)
        /// The user pressed Ctrl-C, or Ctrl-D on an empty line.
        case cancel
        case none
    }

    package private(set) var text = ""

    package init() {}

    package mutating func apply(_ key: Key) -> Effect {
        switch key {
        case .char(let character):
            return insert(String(character))
        case .line(let line):
            return insert(line)
        case .space:
            return insert(" ")
        case .tab:
            return insert(" ")
        case .enter:
            return .submit(text)
        case .backspace:
            guard let last = text.popLast() else { return .none }
            let columns = DisplayWidth.of(last)
            guard columns > 0 else { return .none }
            let back = String(repeating: "\u{8}", count: columns)
            return .output(back + String(repeating: " ", count: columns) + back)
        case .ctrlC:
            return .cancel
        case .ctrlD:
            return text.isEmpty ? .cancel : .none
        case .delete, .escape, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .resize, .control, .unknownSequence:
            return .none
        }
    }

    private mutating func insert(_ typed: String) -> Effect {
        text += typed
        return .output(typed)
    }
}
