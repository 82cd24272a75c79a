import Foundation

/// A cloze sentence cut into plain text and deletions: `[x]` (hashcards) or `{{c1::x::hint}}` (Anki).
/// Each of its cards is a ``ClozeParts`` hiding one group.
struct ClozeText: Equatable {
    enum Part: Equatable {
        case text(String)
        /// `group` is N of `cN`, or the position of a `[…]` deletion counted from 1.
        case deletion(group: Int, answer: String, hint: String?)
    }

    var parts: [Part]

    /// Nil when `source` holds no deletion. Anki syntax wins when present, so `[…]` inside it stays text.
    init?(_ source: String) {
        parts = source.contains("{{c") ? Self.ankiParts(source) : Self.bracketParts(source)
        guard !groups.isEmpty else { return nil }
    }

    /// The card numbers, in order of first appearance.
    var groups: [Int] {
        var seen: [Int] = []
        for case .deletion(let group, _, _) in parts where !seen.contains(group) { seen.append(group) }
        return seen
    }

    private static func bracketParts(_ source: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(source)
        var group = 0
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let afterClose = rest.index(after: close)
            let answer = String(rest[rest.index(after: open)..<close])
            // `[text](url)` is a markdown link, not a deletion.
            if answer.trimmed.isEmpty || rest[afterClose...].hasPrefix("(") {
                parts.append(.text(String(rest[..<afterClose])))
            } else {
                group += 1
                parts.append(.text(String(rest[..<open])))
                parts.append(.deletion(group: group, answer: answer, hint: nil))
            }
            rest = rest[afterClose...]
        }
        parts.append(.text(String(rest)))
        return parts.filter { $0 != .text("") }
    }

    private static func ankiParts(_ source: String) -> [Part] {
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.range(of: "{{c"), let close = rest[open.upperBound...].range(of: "}}") {
            let body = rest[open.upperBound..<close.lowerBound]
            let fields = body.components(separatedBy: "::")
            if fields.count >= 2, let group = Int(fields[0]), group > 0, !fields[1].isEmpty {
                parts.append(.text(String(rest[..<open.lowerBound])))
                let hint = fields.count >= 3 ? fields[2...].joined(separator: "::") : nil
                parts.append(.deletion(group: group, answer: fields[1], hint: hint))
            } else {
                parts.append(.text(String(rest[..<close.upperBound])))
            }
            rest = rest[close.upperBound...]
        }
        parts.append(.text(String(rest)))
        return parts.filter { $0 != .text("") }
    }
}
