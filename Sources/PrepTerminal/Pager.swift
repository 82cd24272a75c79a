/// Shows a screen of lines that may be taller than the terminal: when it is, a window of it at a time, with a
/// line saying how much lies below and the key hints on the last line, moved by ↑/↓, k/j and the page keys.
///
/// Pure: the caller passes the height it may use and draws what comes back.
package struct Pager: Sendable, Hashable {
    /// The first body line on screen; brought back into range at every ``lines(body:height:footer:scrollFooter:marker:)``.
    package var top = 0

    package init() {}

    /// Moves the window for a scrolling key; false, with nothing moved, for any other key.
    package mutating func move(for key: Key, height: Int) -> Bool {
        switch key {
        case .up, .char("k"): top -= 1
        case .down, .char("j"): top += 1
        case .pageUp: top -= Self.pageStep(height: height)
        case .pageDown: top += Self.pageStep(height: height)
        default: return false
        }
        return true
    }

    /// Brings the end of the body into view at the next draw (something was just added below).
    package mutating func showEnd() {
        top = .max
    }

    /// A page keeps a few lines of the last one in view, so the reader does not lose their place.
    static func pageStep(height: Int) -> Int { max(1, height - 6) }

    /// Whether `count` lines fit `height` without paging.
    package static func fits(_ count: Int, height: Int) -> Bool { count <= max(3, height) }

    /// The lines to draw in `height` lines: `body` and `footer` (when there is one) when they fit; otherwise a
    /// window of the body, a line from `marker` with the count of lines below it (empty at the end), and
    /// `scrollFooter`, which should name the scrolling keys.
    package mutating func lines(
        body: [String], height: Int, footer: String?, scrollFooter: String, marker: (_ below: Int) -> String
    ) -> [String] {
        let whole = body + (footer.map { [$0] } ?? [])
        guard !Self.fits(whole.count, height: height) else {
            top = 0
            return whole
        }
        let visible = max(3, height) - 2
        top = min(max(0, top), body.count - visible)
        let below = body.count - visible - top
        return Array(body[top..<(top + visible)]) + [below > 0 ? marker(below) : "", scrollFooter]
    }
}
