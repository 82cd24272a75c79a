import Foundation

/// A prep cloze card as the text of an Anki Cloze note with one deletion group, `{{c1::…}}`.
///
/// prep stores a cloze card as its front (the deletions of its own group shown as `[…]` or `[hint]`) and
/// its back (the whole sentence); the answers are the stretches of the back that the placeholders cover.
/// Each prep card key becomes its own note, so GUIDs stay one per card key as in the basic export.
package struct AnkiCloze: Equatable, Sendable {
    package enum Part: Equatable, Sendable {
        case text(String)
        case deletion(answer: String, hint: String?)
    }

    package var parts: [Part]

    /// Nil when the front has no placeholder or does not line up with the back.
    package init?(front: String, back: String) {
        let pieces = Self.split(front)
        guard pieces.count > 1, let parts = Self.match(pieces, in: Substring(back)) else { return nil }
        self.parts = parts
    }

    /// The note text with `{{c1::answer::hint}}` for each deletion; `escape` is applied to the text, not the syntax.
    package func text(escaping escape: (String) -> String = { $0 }) -> String {
        parts.map { part in
            switch part {
            case .text(let text): escape(text)
            case .deletion(let answer, let hint): "{{c1::" + escape(answer) + (hint.map { "::" + escape($0) } ?? "") + "}}"
            }
        }.joined()
    }

    /// Literal text and placeholders alternately, starting and ending with text (possibly empty).
    private static func split(_ front: String) -> [Substring] {
        var pieces: [Substring] = []
        var rest = Substring(front)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(where: { $0 == "]" }),
              !rest[rest.index(after: open)..<close].contains("[") {
            pieces.append(rest[..<open])
            pieces.append(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(rest)
        return pieces
    }

    /// Matches the literal pieces in order; each placeholder takes the non-empty stretch between them.
    /// A placeholder whose stretch is itself (a literal `[x]` on both sides) stays text.
    private static func match(_ pieces: [Substring], in back: Substring) -> [Part]? {
        guard back.hasPrefix(pieces[0]) else { return nil }
        var parts: [Part] = [.text(String(pieces[0]))]
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
            } else {
                guard let found = rest.dropFirst().range(of: literal) else { return nil }
                end = found.lowerBound
            }
            let answer = String(rest[..<end])
            if answer == placeholder {
                parts.append(.text(answer))
            } else {
                let label = placeholder.dropFirst().dropLast()
                parts.append(.deletion(answer: answer, hint: label == "…" ? nil : String(label)))
            }
            parts.append(.text(String(literal)))
            rest = rest[end...].dropFirst(literal.count)
            index += 2
        }
        guard rest.isEmpty else { return nil }
        return parts
    }
}
