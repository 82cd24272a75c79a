extension Substring {
    /// `trimmingCharacters(in: .whitespaces)` without Foundation's round trip through NSString: tens of thousands
    /// of instructions a call, on every card at every launch. The set as Foundation builds it: tab, the space
    /// separators (Zs) and the zero-width space.
    package func trimmingWhitespace() -> String { trimming(newlines: false) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, likewise: also U+000A–U+000D, U+0085 and the line and
    /// paragraph separators.
    package func trimmingWhitespaceAndNewlines() -> String { trimming(newlines: true) }

    private func trimming(newlines: Bool) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            if scalar == " " || scalar == "\t" || scalar == "\u{200B}" { return true }
            if newlines, (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 { return true }
            guard scalar.value >= 0x80 else { return false }
            switch scalar.properties.generalCategory {
            case .spaceSeparator: return true
            case .lineSeparator, .paragraphSeparator: return newlines
            default: return false
            }
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}

extension String {
    /// See `Substring.trimmingWhitespace()`.
    package func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    /// See `Substring.trimmingWhitespaceAndNewlines()`.
    package func trimmingWhitespaceAndNewlines() -> String { self[...].trimmingWhitespaceAndNewlines() }
}
