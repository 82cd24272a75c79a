/// The separator of a file that does not name one, judged by how consistently each candidate cuts the rows.
struct SeparatorGuess {
    /// How one candidate cuts the rows: the field count most rows share, and how many rows share it.
    struct Fit {
        var separator: Character
        var fieldCount: Int
        var agreeing: Int
        var rows: Int
        var unterminatedQuotes: Int

        /// Every row has the same two or more fields, and every quote closes.
        var isUniform: Bool { fieldCount >= 2 && agreeing == rows && unterminatedQuotes == 0 }
        var score: Int { fieldCount >= 2 ? agreeing - unterminatedQuotes : 0 }
    }

    static let tab: Character = "\t"
    static let others: [Character] = [",", ";", "|"]

    static func fit(_ lines: [String], from start: Int, separator: Character) -> Fit {
        let rows = DelimitedRecords(lines: lines, from: start, separator: separator).rows
        var counts: [Int: Int] = [:]
        var unterminated = 0
        var order: [Int] = []
        for row in rows {
            switch row {
            case .record(let record):
                if counts[record.fields.count] == nil { order.append(record.fields.count) }
                counts[record.fields.count, default: 0] += 1
            case .unterminatedQuote:
                unterminated += 1
            }
        }
        // The most common count; on a tie the one seen first, which is what the first rows say.
        let modal = order.reduce(nil as Int?) { best, count in
            guard let best else { return count }
            return counts[count, default: 0] > counts[best, default: 0] ? count : best
        }
        return Fit(
            separator: separator, fieldCount: modal ?? 0, agreeing: modal.flatMap { counts[$0] } ?? 0,
            rows: rows.count, unterminatedQuotes: unterminated)
    }

    /// Tab when most rows split into the same fields on it (`.tsv` always), else whichever of comma,
    /// semicolon and pipe agrees with the most rows; comma for a file of single fields.
    static func separator(_ lines: [String], from start: Int, pathExtension: String) -> Character {
        if pathExtension == "tsv" { return tab }
        let tabFit = fit(lines, from: start, separator: tab)
        if tabFit.fieldCount >= 2, tabFit.agreeing * 5 >= tabFit.rows * 4 { return tab }
        let best = others.map { fit(lines, from: start, separator: $0) }.max { $0.score < $1.score }
        return best.map { $0.score > 0 ? $0.separator : "," } ?? ","
    }

    /// Whether text without an Anki header is a table of fields rather than prose: every row the same two or
    /// more fields on a tab; or, since prose is full of commas, at least three rows with no blank line
    /// between them, uniform on a comma or semicolon.
    static func looksTabular(_ lines: [String]) -> Bool {
        if fit(lines, from: 0, separator: tab).isUniform { return true }
        let body = lines.reversed().drop(while: { $0.trimmed.isEmpty }).reversed().drop(while: { $0.trimmed.isEmpty })
        guard body.count >= 3, !body.contains(where: { $0.trimmed.isEmpty }) else { return false }
        let fits = [",", ";"].map { fit(Array(body), from: 0, separator: $0) }
        return fits.contains { $0.isUniform && $0.rows >= 3 }
    }
}
