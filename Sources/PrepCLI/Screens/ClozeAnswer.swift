import Foundation

/// Finds, in a cloze card's full sentence, the words its front hid behind `[…]` or `[hint]`.
enum ClozeAnswer {
    /// `back` with each hidden span passed through `mark`; unchanged when the front does not line up with it.
    static func highlight(front: String, back: String, mark: (String) -> String) -> String {
        let pieces = shownPieces(of: front)
        guard pieces.count > 1 else { return back }
        var result = ""
        var rest = Substring(back)
        guard rest.hasPrefix(pieces[0]) else { return back }
        result += pieces[0]
        rest = rest.dropFirst(pieces[0].count)
        for (index, piece) in pieces.enumerated().dropFirst() {
            let isLast = index == pieces.count - 1
            let end: Substring.Index?
            if isLast {
                end = rest.hasSuffix(piece) ? rest.index(rest.endIndex, offsetBy: -piece.count) : nil
            } else if piece.isEmpty {
                end = nil
            } else {
                end = rest.range(of: piece)?.lowerBound
            }
            guard let end, end > rest.startIndex else { return back }
            result += mark(String(rest[..<end])) + piece
            rest = rest[end...].dropFirst(piece.count)
        }
        return result
    }

    /// The front cut at every `[…]` placeholder: the text shown between the blanks.
    private static func shownPieces(of front: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var rest = Substring(front)
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            current += rest[..<open]
            pieces.append(current)
            current = ""
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(current + rest)
        return pieces
    }
}
