import Foundation

/// One cloze card as data: the text it shows, and the blanks its front puts between those pieces.
///
/// A card is stored as two strings, its front (each blank as `[…]` or `[hint]`) and its back (the whole
/// sentence); the review screen, the quiz and the Anki export all read the blanks from this one type.
package struct ClozeParts: Equatable, Sendable {
    package struct Blank: Equatable, Sendable {
        package var answer: String
        package var hint: String?
    }

    /// The text around the blanks, one more piece than `blanks`; any piece may be empty.
    package var shown: [String]
    package var blanks: [Blank]

    private init(shown: [String], blanks: [Blank]) {
        self.shown = shown
        self.blanks = blanks
    }

    /// The card of `text` that hides `group`; the other groups' answers read as shown text.
    init(_ text: ClozeText, hiding group: Int) {
        var shown = [""], blanks: [Blank] = []
        for part in text.parts {
            switch part {
            case .text(let text): shown[shown.count - 1] += text
            case .deletion(let g, let answer, _) where g != group: shown[shown.count - 1] += answer
            case .deletion(_, let answer, let hint):
                blanks.append(Blank(answer: answer, hint: hint))
                shown.append("")
            }
        }
        self.shown = shown
        self.blanks = blanks
    }

    /// Nil when the front has no placeholder or does not line up with the back.
    package init?(front: String, back: String) {
        let pieces = Self.split(front)
        guard pieces.count > 1, let parts = Self.match(pieces, in: Substring(back)) else { return nil }
        self = parts
    }

    /// The shown pieces through `text` and each blank through `blank`, in reading order.
    package func joined(text: (String) -> String = { $0 }, blank: (Blank) -> String) -> String {
        var result = text(shown[0])
        for (index, item) in blanks.enumerated() { result += blank(item) + text(shown[index + 1]) }
        return result
    }

    package var front: String { joined { "[\($0.hint ?? "…")]" } }
    package var back: String { joined { $0.answer } }

    /// Literal text and placeholders alternately, starting and ending with text (possibly empty).
    private static func split(_ front: String) -> [Substring] {
        var pieces: [Substring] = []
        var rest = Substring(front)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
              !rest[rest.index(after: open)..<close].contains("[") {
            pieces.append(rest[..<open])
            pieces.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(rest)
        return pieces
    }

    /// Matches the literal pieces in order; each placeholder takes the non-empty stretch before the next one.
    /// A placeholder whose stretch is itself (a link's `[text]`, a literal `[x]` on both sides) stays text.
    private static func match(_ pieces: [Substring], in back: Substring) -> ClozeParts? {
        guard back.hasPrefix(pieces[0]) else { return nil }
        var parts = ClozeParts(shown: [String(pieces[0])], blanks: [])
        var rest = back.dropFirst(pieces[0].count)
        var index = 1
        while index < pieces.count {
            let placeholder = pieces[index], literal = pieces[index + 1]
            let isLast = index + 2 == pieces.count
            let end: Substring.Index
            if isLast {
                guard rest.hasSuffix(literal), rest.count > literal.count else { return nil }
                end = rest.index(rest.endIndex, offsetBy: -literal.count)
            } else if literal.isEmpty {
                return nil
            } else if rest.hasPrefix(placeholder + literal) {
                end = rest.index(rest.startIndex, offsetBy: placeholder.count)
            } else {
                guard let found = rest.dropFirst().range(of: literal) else { return nil }
                end = found.lowerBound
            }
            let answer = String(rest[..<end])
            if answer == placeholder {
                parts.shown[parts.shown.count - 1] += answer + literal
            } else {
                let label = placeholder.dropFirst().dropLast()
                parts.blanks.append(Blank(answer: answer, hint: label == "…" ? nil : String(label)))
                parts.shown.append(String(literal))
            }
            rest = rest[end...].dropFirst(literal.count)
            index += 2
        }
        guard rest.isEmpty, !parts.blanks.isEmpty else { return nil }
        return parts
    }
}
