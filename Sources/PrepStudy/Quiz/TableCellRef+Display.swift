import Foundation
import PrepContent
import PrepCore

extension CellMark {
    var symbol: String {
        switch self {
        case .yes: "✅"
        case .no: "❌"
        case .partial: "🟡"
        }
    }
}

/// A cell read as a mark and its note: "✅ HTTP only", "✔", "⚠️ Behind a setting", "Yes", "是（InnoDB）",
/// "部分：MULTI 不回滾". Imported tables use many more marks than the three the parser records, and a question
/// must spell every one out so that a bare symbol never stands beside sentences.
struct CellReading: Sendable, Hashable {
    var mark: CellMark?
    /// The text after the mark, or the whole text of an unmarked cell.
    var note: String

    private static let symbols: [(Character, CellMark)] = [
        ("✅", .yes), ("✔", .yes), ("✓", .yes), ("☑", .yes), ("🟢", .yes),
        ("❌", .no), ("✘", .no), ("✗", .no), ("✖", .no), ("❎", .no), ("🚫", .no), ("🔴", .no),
        ("🟡", .partial), ("⚠", .partial), ("🟠", .partial), ("➖", .partial),
    ]

    /// The symbols by their first scalar, looked up for every cell of every table at each launch.
    private static let symbolMarks = Dictionary(symbols.map { ($0.0.unicodeScalars.first!, $0.1) }, uniquingKeysWith: { first, _ in first })

    /// Words that are a mark when they stand alone or before punctuation ("Yes", "否（需設定）"), never when they
    /// open a phrase ("No new feature" is a value, not a "no").
    private static let words: [String: CellMark] = [
        "yes": .yes, "y": .yes, "supported": .yes, "can": .yes, "是": .yes, "支援": .yes, "支持": .yes, "可": .yes, "可以": .yes,
        "能": .yes, "有": .yes, "會": .yes, "会": .yes,
        "no": .no, "n": .no, "unsupported": .no, "cannot": .no, "can't": .no, "否": .no, "不支援": .no, "不支持": .no, "不可": .no,
        "不可以": .no, "不能": .no, "沒有": .no, "没有": .no, "無": .no, "无": .no, "不會": .no, "不会": .no,
        "partial": .partial, "partly": .partial, "partially": .partial, "部分": .partial, "部分支援": .partial,
    ]
    /// A space or the punctuation that ends a mark word ("Yes:", "否（", "no —"), by scalar: it is asked of every cell
    /// of every table at each launch.
    private static func endsWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", ":", "：", "(", "（", ",", "，", ";", "；", "—", "-", "–", "、": true
        default: !scalar.isASCII && scalar.properties.isWhitespace
        }
    }

    init(_ text: String) {
        let trimmed = Substring(text).trimmingPrefix(while: \.isWhitespace)
        // Compared by first scalar: "⚠️" is "⚠" and a presentation selector in one character.
        if let first = trimmed.unicodeScalars.first, !first.isASCII, let mark = Self.symbolMarks[first] {
            self.init(mark: mark, rest: trimmed.dropFirst())
            return
        }
        // Looked for by scalar: every word end is one, and reading each character of every cell of every table at
        // each launch (grapheme breaks, hashing a `Character`) cost more than the rest of reading the cell.
        let wordEnd = trimmed.unicodeScalars.firstIndex(where: Self.endsWord) ?? trimmed.endIndex
        let word = AnswerText.folded(String(trimmed[..<wordEnd]))
        let after = trimmed[wordEnd...].trimmingPrefix(while: \.isWhitespace)
        if let mark = Self.words[word], after.isEmpty || after.unicodeScalars.first.map(Self.endsWord) == true {
            self.init(mark: mark, rest: after)
            return
        }
        self.init(mark: nil, note: String(trimmed))
    }

    /// "None", "N/A", "—", "無", "No new feature": values that all say there is nothing, so two of them
    /// among one question's options would be two ways of giving one answer.
    var meansNothing: Bool {
        guard mark == nil else { return false }
        let folded = AnswerText.folded(note)
        return Self.nothingForms.contains(AnswerText.normalized(note))
            || ["no new ", "nothing ", "沒有新", "没有新", "無新", "无新"].contains { folded.hasPrefix($0) }
    }

    /// A mark and nothing else ("✅", "No"): which one says yes is a lookup, not a fact.
    var isMarkOnly: Bool { mark != nil && note.trimmingWhitespace().isEmpty }

    /// A value that can stand as an option beside others of its column: words, not a bare mark (a mark alone
    /// turns a question into "which one says yes") and not a sentence (which is recalled, not picked out).
    var isShortValue: Bool {
        let text = note.trimmingWhitespace()
        guard !text.isEmpty, !isPlaceholder else { return false }
        let cjk = text.unicodeScalars.count(where: AnswerText.isCJK)
        let latinWords = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0.unicodeScalars.first.map(AnswerText.isCJK) == true }).count
        let sentencePunctuation = ["。", "；", "; ", ". "].contains { AnswerText.contains(text, $0) }
        return !sentencePunctuation && cjk <= 16 && latinWords + cjk / 2 <= 7
    }

    /// A value that names one thing ("Daphne", "Coroutines", "HTTP/1.1", "多執行緒"), not a description: a
    /// true/false statement on a description ("Background is “Independent, widely used”") judges the table's
    /// wording, which no one who knows the fact can be sure of.
    var isTermValue: Bool {
        let text = note.trimmingWhitespace()
        guard isShortValue, ![",", "，", "、", ";", "；", "(", "（"].contains(where: { AnswerText.contains(text, $0) }) else { return false }
        let cjk = text.unicodeScalars.count(where: AnswerText.isCJK)
        let latinWords = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) || $0.unicodeScalars.first.map(AnswerText.isCJK) == true }).count
        return cjk <= 8 && latinWords + cjk / 2 <= 3
    }

    /// "—", "N/A": a cell left empty in all but form, which a question about it would not teach.
    var isPlaceholder: Bool {
        mark == nil && Self.isPlaceholder(normalizedNote: AnswerText.normalized(note))
    }

    /// Whether an unmarked note, normalized (`AnswerText.normalized`), is a placeholder.
    static func isPlaceholder(normalizedNote: String) -> Bool {
        ["", "na", "不適用", "不适用"].contains(normalizedNote)
    }

    private static let nothingForms: Set<String> = ["", "none", "na", "nothing", "無", "无", "沒有", "没有", "不適用", "不适用", "暫無", "暂无"]

    init(mark: CellMark?, note: String) {
        self.mark = mark
        self.note = note
    }

    /// The note after a mark, without the variation selector and the punctuation or brackets tying it to the mark.
    private init(mark: CellMark, rest: Substring) {
        let scalars = rest.unicodeScalars.drop { $0.properties.isVariationSelector || $0 == "\u{200D}" || $0 == " " }
        var text = Substring(String(String.UnicodeScalarView(scalars)))
        while text.last?.isWhitespace == true { text = text.dropLast() }
        if let first = text.first, "(（".contains(first), let last = text.last, ")）".contains(last) {
            text = text.dropFirst().dropLast()
        } else if let first = text.unicodeScalars.first, Self.endsWord(first) {
            text = text.dropFirst()
        }
        self.init(mark: mark, note: String(text.trimmingPrefix(while: \.isWhitespace)))
    }
}

extension TableCellRef {
    /// The cell as the table shows it: its mark, then its text ("✅ 支持 WebSocket, SSE").
    var displayValue: String {
        let text = value.trimmingPrefix(while: { $0.isWhitespace })
        guard let mark else { return String(text) }
        // The parser may or may not have kept the mark in `value`; show it once either way.
        let startsWithMark = text.first?.unicodeScalars.first == mark.symbol.unicodeScalars.first
        let rest = startsWithMark ? text.dropFirst().trimmingPrefix(while: { $0.isWhitespace }) : text
        return rest.isEmpty ? mark.symbol : "\(mark.symbol) \(rest)"
    }

    var reading: CellReading { CellReading(displayValue) }
}
