/// A card drawn as a rounded box: a title in the top border, sections of wrapped text separated by
/// rules, and a dimmed footer for key hints.
///
/// ```
/// ╭─ django · 3/20 ──────────╮
/// │ What does ASGI add over  │
/// │ WSGI?                    │
/// ├──────────────────────────┤
/// │ space reveal · q quit    │
/// ╰──────────────────────────╯
/// ```
package struct CardBox: Sendable {
    package var title: String
    package var sections: [String]
    package var footer: String?
    package var style: Style

    package init(title: String, sections: [String], footer: String? = nil, style: Style = .plain) {
        self.title = title
        self.sections = sections
        self.footer = footer
        self.style = style
    }

    /// The box's lines, exactly `width` columns wide (at least 12).
    package func render(width: Int) -> [String] {
        let width = max(width, 12)
        let inner = width - 4
        let rule = "├" + String(repeating: "─", count: width - 2) + "┤"
        func framed(_ text: String) -> String { "│ " + DisplayWidth.pad(text, to: inner) + " │" }

        let shownTitle = DisplayWidth.truncate(title, to: inner - 2)
        let titleRun = shownTitle.isEmpty ? "" : " " + style.bold(shownTitle) + " "
        var lines = ["╭─" + titleRun + String(repeating: "─", count: width - 3 - DisplayWidth.of(titleRun)) + "╮"]
        for (index, section) in sections.enumerated() {
            if index > 0 { lines.append(rule) }
            lines += DisplayWidth.wrap(section, width: inner).map(framed)
        }
        if let footer {
            lines.append(rule)
            lines += DisplayWidth.wrap(footer, width: inner).map { framed(style.dim($0)) }
        }
        lines.append("╰" + String(repeating: "─", count: width - 2) + "╯")
        return lines
    }
}
