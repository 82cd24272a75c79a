import Foundation

/// One cloze card as data: the text it shows, and the blanks its front puts between those pieces.
///
/// The card builder keeps it on the card (``CardDraft/cloze``) and the store with the stored card, beside the
/// front (each blank as `[…]` or `[hint]`) and back (the whole sentence) it spells; the review screen, the
/// quiz and the Anki export all read the blanks from there.
package struct ClozeParts: Hashable, Sendable, Codable {
    package struct Blank: Hashable, Sendable, Codable {
        package var answer: String
        package var hint: String?

        package init(answer: String, hint: String? = nil) {
            self.answer = answer
            self.hint = hint
        }
    }

    /// The text around the blanks, one more piece than `blanks`; any piece may be empty.
    package var shown: [String]
    package var blanks: [Blank]
    /// What the back shows below the sentence (an Anki note's Back Extra); nil when nothing.
    package var note: String?

    /// `shown` holds one more piece than `blanks`.
    package init(shown: [String], blanks: [Blank], note: String? = nil) {
        precondition(shown.count == blanks.count + 1, "a cloze has one more shown piece than blanks")
        self.shown = shown
        self.blanks = blanks
        self.note = note
    }

    /// The card of `text` that hides `group`; the other groups' answers read as shown text.
    init(_ text: ClozeText, hiding group: Int, note: String? = nil) {
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
        self.note = note
    }

    /// The parts of a card stored before they were kept as data, read back from its front and back once, as the
    /// database is brought forward; nil when the front has no placeholder or does not line up with the back.
    package init?(front: String, back: String) {
        let pieces = Self.split(front)
        var failed = Set<Attempt>()
        guard pieces.count > 1, back.hasPrefix(pieces[0]),
              var parts = Self.match(pieces, from: 1, in: Substring(back).dropFirst(pieces[0].count), failed: &failed),
              !parts.blanks.isEmpty
        else { return nil }
        parts.shown[0] = String(pieces[0]) + parts.shown[0]
        self = parts
    }

    /// The shown pieces through `text` and each blank through `blank`, in reading order.
    package func joined(text: (String) -> String = { $0 }, blank: (Blank) -> String) -> String {
        var result = text(shown[0])
        for (index, item) in blanks.enumerated() { result += blank(item) + text(shown[index + 1]) }
        return result
    }

    package var front: String { joined { "[\($0.hint ?? "…")]" } }
    /// The sentence with its blanks filled, then the note after a blank line.
    package var back: String { joined { $0.answer } + (note.map { "\n\n" + $0 } ?? "") }

    /// Literal text and placeholders alternately, starting and ending with text (possibly empty); of nested
    /// or unclosed brackets, the innermost pair is the placeholder.
    private static func split(_ front: String) -> [Substring] {
        var pieces: [Substring] = []
        var literalStart = front.startIndex, searchStart = front.startIndex
        while let close = front[searchStart...].firstIndex(of: "]") {
            if let open = front[literalStart..<close].lastIndex(of: "[") {
                pieces.append(front[literalStart..<open])
                pieces.append(front[open...close])
                literalStart = front.index(after: close)
            }
            searchStart = front.index(after: close)
        }
        pieces.append(front[literalStart...])
        return pieces
    }

    /// A placeholder index and where in the back it would start.
    private struct Attempt: Hashable {
        var index: Int
        var position: String.Index
    }

    /// Matches the placeholders and literals from `index` on against `rest`, the shown text before the first
    /// blank left in `shown[0]`. A placeholder the back holds as it is (a link's `[text]`, a literal `[x]`) is
    /// tried as text first; otherwise it is a blank taking the non-empty stretch before the next literal.
    /// `failed` keeps a front with many bracketed words from retrying the same split.
    private static func match(
        _ pieces: [Substring], from index: Int, in rest: Substring, failed: inout Set<Attempt>
    ) -> ClozeParts? {
        guard index < pieces.count else { return rest.isEmpty ? ClozeParts(shown: [""], blanks: []) : nil }
        let attempt = Attempt(index: index, position: rest.startIndex)
        guard !failed.contains(attempt) else { return nil }
        let placeholder = pieces[index], literal = pieces[index + 1]
        if rest.hasPrefix(placeholder + literal),
           var tail = match(pieces, from: index + 2, in: rest.dropFirst(placeholder.count + literal.count), failed: &failed) {
            tail.shown[0] = String(placeholder + literal) + tail.shown[0]
            return tail
        }
        let end: Substring.Index?
        if index + 2 == pieces.count {
            end = rest.hasSuffix(literal) && rest.count > literal.count ? rest.index(rest.endIndex, offsetBy: -literal.count) : nil
        } else {
            // A blank before another bracket ends, if it can, where that bracket stands as text: an answer
            // `y z` before ` [docs](u)` is not cut at its own space.
            let throughBracket = rest.dropFirst().range(of: literal + pieces[index + 2] + pieces[index + 3])
            end = throughBracket?.lowerBound ?? (literal.isEmpty ? nil : rest.dropFirst().range(of: literal)?.lowerBound)
        }
        if let end, rest[..<end] != placeholder,
           var tail = match(pieces, from: index + 2, in: rest[end...].dropFirst(literal.count), failed: &failed) {
            let label = placeholder.dropFirst().dropLast()
            tail.shown[0] = String(literal) + tail.shown[0]
            return ClozeParts(
                shown: [""] + tail.shown, blanks: [Blank(answer: String(rest[..<end]), hint: label == "…" ? nil : String(label))] + tail.blanks)
        }
        failed.insert(attempt)
        return nil
    }
}
