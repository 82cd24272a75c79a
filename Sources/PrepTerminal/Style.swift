import Glibc

/// Text attributes that become escape codes only when enabled; disabled, every method returns its input.
package struct Style: Sendable {
    package let isEnabled: Bool

    package init(enabled: Bool) {
        isEnabled = enabled
    }

    /// Plain text everywhere: what pipes, files and tests get.
    package static let plain = Style(enabled: false)

    /// Colour only on a terminal that supports it and when nobody asked for none
    /// (`NO_COLOR` set to a non-empty value, per no-color.org, or `--no-color`).
    package static func detect(fd: Int32, environment: [String: String], noColorFlag: Bool) -> Style {
        if noColorFlag { return .plain }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        return Style(enabled: isatty(fd) == 1)
    }

    package func apply(_ text: String, _ attributes: ANSI.SGR...) -> String {
        guard isEnabled, !attributes.isEmpty, !text.isEmpty else { return text }
        return ANSI.sgr(attributes) + text + ANSI.reset
    }

    package func bold(_ text: String) -> String { apply(text, .bold) }
    package func dim(_ text: String) -> String { apply(text, .dim) }
    package func underline(_ text: String) -> String { apply(text, .underline) }
    package func red(_ text: String) -> String { apply(text, .red) }
    package func green(_ text: String) -> String { apply(text, .green) }
    package func yellow(_ text: String) -> String { apply(text, .yellow) }
    package func blue(_ text: String) -> String { apply(text, .blue) }
    package func cyan(_ text: String) -> String { apply(text, .cyan) }
    package func gray(_ text: String) -> String { apply(text, .gray) }
}
