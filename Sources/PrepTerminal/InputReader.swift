import Glibc

/// Input for interactive sessions, from a raw terminal (key by key) or a pipe (line by line).
///
/// In terminal mode the caller puts the terminal in raw mode (``TerminalMode/withRaw(fd:cursorOutput:hideCursor:_:)``);
/// the reader decodes keys and runs a ``LineEditor`` for typed answers. In line mode every input is one
/// line, so scripts and tests can drive a session: an empty line is Enter, a one-character line is
/// that key, anything longer is ``Key/line(_:)``. End of input is `nil` in both modes, never a key; so is
/// any read once the output is broken, so that a session nobody can see stops instead of taking grades.
package final class InputReader {
    package enum Mode: Sendable {
        case terminal
        case lines
    }

    /// How long a lone ESC waits for the rest of an arrow-key sequence before it counts as Escape.
    package static let escapeTimeout = Duration.milliseconds(50)

    package let mode: Mode
    private let source: any ByteSource
    private let output: TerminalOutput
    private var decoder = KeyDecoder()
    private var decodedKeys: [Key] = []
    private var nextKeyIndex = 0
    private var unreadLineBytes: [UInt8] = []
    private var reachedEnd = false

    /// - Parameters:
    ///   - output: receives prompts and, in terminal mode, the echo of typed answers.
    package init(source: any ByteSource, mode: Mode, output: TerminalOutput) {
        self.source = source
        self.mode = mode
        self.output = output
    }

    /// The next key, or `nil` at end of input.
    package func readKey() -> Key? {
        if output.isBroken() { return nil }
        return switch mode {
        case .terminal: nextDecodedKey()
        case .lines: nextLine().map(Self.key(forLine:))
        }
    }

    /// Shows `prompt` and reads a typed answer; `nil` at end of input, Ctrl-C, or Ctrl-D on an empty line.
    /// On a resize `redraw` repaints what is above the prompt, and the prompt comes back with what was typed.
    package func readLine(prompt: String, redraw: (() -> Void)? = nil) -> String? {
        output.write(prompt)
        if output.isBroken() { return nil }
        guard mode == .terminal else {
            let line = nextLine()
            // Piped input is not echoed; end the prompt's line so the transcript stays one line per step.
            output.write("\n")
            return line
        }
        let showsCursor = TerminalMode.isCursorHidden
        if showsCursor { output.write(ANSI.showCursor) }
        defer { if showsCursor { output.write(ANSI.hideCursor) } }
        var editor = LineEditor()
        while let key = nextDecodedKey() {
            if key == .resize, let redraw {
                redraw()
                output.write(prompt + editor.text)
                continue
            }
            switch editor.apply(key) {
            case .output(let text):
                output.write(text)
            case .submit(let line):
                output.write("\n")
                return line
            case .cancel:
                output.write("\n")
                return nil
            case .none:
                continue
            }
        }
        output.write("\n")
        return nil
    }

    /// What a line of piped input means as a key press; surrounding spaces are ignored.
    package static func key(forLine line: String) -> Key {
        let start = line.firstIndex { !$0.isWhitespace } ?? line.endIndex
        let end = line.lastIndex { !$0.isWhitespace }.map(line.index(after:)) ?? start
        let trimmed = line[start..<end]
        if trimmed.isEmpty { return .enter }
        if trimmed.count == 1, let character = trimmed.first { return .char(character) }
        return .line(String(trimmed))
    }

    private func nextDecodedKey() -> Key? {
        while nextKeyIndex == decodedKeys.count {
            if TerminalResize.take() { return .resize }
            decodedKeys.removeAll(keepingCapacity: true)
            nextKeyIndex = 0
            if reachedEnd { return nil }
            let timeout = decoder.hasPendingBytes ? Self.escapeTimeout : nil
            guard let bytes = source.read(timeout: timeout) else {
                reachedEnd = true
                decodedKeys = decoder.flush()
                continue
            }
            decodedKeys = bytes.isEmpty ? decoder.flush() : decoder.decode(bytes)
        }
        defer { nextKeyIndex += 1 }
        return decodedKeys[nextKeyIndex]
    }

    private func nextLine() -> String? {
        while true {
            if let newline = unreadLineBytes.firstIndex(of: UInt8(ascii: "\n")) {
                var lineBytes = unreadLineBytes[..<newline]
                if lineBytes.last == UInt8(ascii: "\r") { lineBytes.removeLast() }
                let line = String(decoding: lineBytes, as: UTF8.self)
                unreadLineBytes.removeSubrange(...newline)
                return line
            }
            guard !reachedEnd, let bytes = source.read(timeout: nil) else {
                reachedEnd = true
                guard !unreadLineBytes.isEmpty else { return nil }
                defer { unreadLineBytes.removeAll() }
                return String(decoding: unreadLineBytes, as: UTF8.self)
            }
            unreadLineBytes += bytes
        }
    }
}
