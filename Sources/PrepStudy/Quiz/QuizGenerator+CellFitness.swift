import Foundation
import PrepContent
import PrepCore

/// Which cell values can stand as the asked fact of a choice or true/false question. A value fails when a
/// careful examiner would reject the question it makes, whatever the options: a status word and its
/// condition ("partly: with TLS"), a bare opinion ("More complex"), a value the other subject also fits,
/// or one that restates the contrast the subjects are named after ("Asynchronous, non-blocking" for ASGI).
/// Such cells are recalled as a comparison of their row instead.
extension QuizGenerator {
    /// An attribute table's column can be recalled as one list across its rows ("Compare the stores on
    /// “Size”") only when its header says what its values are and each value names one thing ("About 4 KB",
    /// "Go"). A header that only gathers remarks ("Traits", "Notes", "Use it for", "特點") or a value that
    /// describes ("Lightweight; uses uvloop only when installed") makes the list a dump of the table that only
    /// its layout answers: such a row is recalled across its columns instead.
    static func listsColumn(of entry: TableIndex.Entry, in table: [TableIndex.Entry]) -> Bool {
        let header = AnswerText.normalized(entry.cell.column)
        guard !header.isEmpty, !TableShape.attributeHeaders.contains(header), !remarkHeaders.contains(header) else { return false }
        return table.allSatisfy { $0.cell.columnIndex != entry.cell.columnIndex || $0.reading.isPlaceholder || ($0.reading.mark == nil && $0.reading.isTermValue) }
    }

    /// Headers, normalized, that gather remarks about a row rather than name a value (beside
    /// ``TableShape/attributeHeaders``).
    private static let remarkHeaders: Set<String> = [
        "trait", "traits", "feature", "features", "characteristics", "comment", "comments", "remarks", "other", "misc", "pros", "cons",
        "useitfor", "usefor", "usedfor", "bestfor", "goodfor", "whentouse", "usecase", "usecases", "typicaluse", "bestuse",
        "特點", "特点", "特性", "特色", "優點", "优点", "缺點", "缺点", "其他", "適合", "适合", "適合用在", "适合用在", "適用", "适用",
        "適用場景", "适用场景", "典型用途", "使用場景", "使用场景",
    ]

    /// A mark with a condition after it ("🟡 With TLS and Twisted extras", "❌ Impossible in the interface"):
    /// shown as an option or a statement it reads as a lookup ("which one is “partly: …”"), and its meaning
    /// rests on the status word, which alone is no fact to pick out.
    static func isStatusValue(_ reading: CellReading) -> Bool {
        reading.mark != nil && !reading.isMarkOnly
    }

    /// A value that only denies the status of its row, alone or before its reason ("不支持", "Not supported", "无",
    /// "不能。设置会被忽略。"): the stem of a which-one built on it reads as a lookup ("哪一個是「不支持」") and names no
    /// fact of its own. A negated term ("不可變", "Not thread-safe") names a property and stays.
    static func isNegation(_ text: String) -> Bool {
        let head = text.prefix { !"。，,.;；:：!！(（".contains($0) }
        let folded = AnswerText.normalized(String(head))
        guard let prefix = denyingPrefixes.first(where: folded.hasPrefix) else { return false }
        let rest = String(folded.dropFirst(prefix.count))
        return rest.isEmpty || statusWords.contains(rest)
    }

    /// Longest first, so "沒有" is taken whole before "沒".
    private static let denyingPrefixes = [
        "doesnot", "cannot", "without", "never", "none", "not", "no", "un", "不", "無", "无", "沒有", "没有", "沒", "没", "未",
    ].sorted { $0.count > $1.count }

    private static let statusWords: Set<String> = [
        "support", "supported", "supports", "available", "possible", "applicable", "allowed", "provided", "implemented",
        "支持", "支援", "可用", "可以", "允許", "允许", "提供", "有", "能", "實作", "实现",
    ]

    /// A value that carries a mark inside its words ("部分✓", "RR ✗"): it is read by the mark, which means only
    /// what the table's legend says, so it names no fact to pick a row or a column by.
    static func holdsMark(_ text: String) -> Bool {
        // Every mark lies above U+2600, where most letters (not CJK) are not: one comparison passes over those.
        text.unicodeScalars.contains { $0.value >= 0x2600 && markScalars.contains($0) }
    }

    /// Decoded once: a literal's scalars were decoded again for each scalar of the text.
    private static let markScalars = Array("✅✔✓☑❌✘✗✖❎🟡⚠".unicodeScalars)

    /// Nothing but judging words ("More complex", "Younger, still growing", "非常成熟"): a 50/50 on an
    /// adjective teaches nothing an interviewer asks; compared side by side it still says something.
    static func isOpinion(_ text: String) -> Bool {
        let folded = AnswerText.folded(text)
        // Word by word, stopping at the first that is no opinion word: most values' first word is none, and
        // splitting every cell of every table whole was a tenth of deciding which cells a quiz asks.
        var sawWord = false
        var word = ""
        for character in folded + " " {
            if character.isLetter, character.unicodeScalars.first.map(AnswerText.isCJK) != true {
                word.append(character)
                continue
            }
            guard !word.isEmpty else { continue }
            guard opinionWords.contains(word) else { return false }
            sawWord = true
            word = ""
        }
        let cjk = String(folded.filter { $0.unicodeScalars.first.map(AnswerText.isCJK) == true })
        guard !cjk.isEmpty else { return sawWord }
        // Removed byte for byte: Foundation's replacing, once per phrase, was most of indexing a deck's tables.
        var rest = cjk
        for phrase in opinionPhrases {
            while let range = rest.firstByteRange(of: phrase) { rest.removeSubrange(range) }
        }
        return rest.isEmpty
    }

    /// The other subjects' values in the row share a key word with this one ("Processes and threads" beside
    /// "Coroutines …; Django's sync parts in threads"): the value may fit them too, so no choice is wrong for sure.
    static func alsoFitsAnother(_ entry: TableIndex.Entry, row: [TableIndex.Entry]) -> Bool {
        row.contains { sharesKeyWords($0.reading.note, entry.reading.note) }
    }

    /// The row's values are each other's opposites ("Synchronous, blocking" against "Asynchronous,
    /// non-blocking") and the subjects' names differ only in a short leading part (WSGI, ASGI): the row
    /// restates what the names mean, so the name gives the answer away.
    static func restatesDefiningContrast(_ entry: TableIndex.Entry, row: [TableIndex.Entry]) -> Bool {
        let names = ([entry] + row).map { AnswerText.folded($0.cell.column) }
        guard names.count >= 2, areSiblingNames(names) else { return false }
        return row.contains { areOpposites($0.reading.note, entry.reading.note) }
    }

    /// "wsgi" and "asgi", "ssr" and "csr": names that share everything but a prefix of at most three letters.
    private static func areSiblingNames(_ names: [String]) -> Bool {
        let reversed = names.map { Array($0.reversed()) }
        var suffix = 0
        while reversed.allSatisfy({ suffix < $0.count && $0[suffix] == reversed[0][suffix] }) { suffix += 1 }
        return suffix >= 2 && names.allSatisfy { (1...3).contains($0.count - suffix) }
    }

    /// Same words in the same order, at least one negated by a prefix ("a", "non", "un", "in", "非", "不", "無").
    static func areOpposites(_ lhs: String, _ rhs: String) -> Bool {
        let words = { (text: String) in
            AnswerText.folded(text).replacingOccurrences(of: "-", with: "").split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        let (left, right) = (words(lhs), words(rhs))
        guard left.count == right.count, !left.isEmpty, left != right else { return false }
        return zip(left, right).allSatisfy { pair in
            let (a, b) = pair
            guard a != b else { return true }
            let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
            return longer.hasSuffix(shorter) && negatingPrefixes.contains(String(longer.dropLast(shorter.count)))
        }
    }

    private static let negatingPrefixes: Set<String> = ["a", "non", "un", "in", "im", "非", "不", "無", "无"]

    private static let opinionWords: Set<String> = [
        "simple", "simpler", "complex", "more", "less", "very", "quite", "rather", "mature", "immature", "young", "younger",
        "old", "older", "new", "newer", "still", "growing", "fast", "faster", "slow", "slower", "good", "better", "bad", "worse",
        "easy", "easier", "hard", "harder", "high", "higher", "low", "lower", "strong", "stronger", "weak", "weaker",
        "stable", "popular", "rich", "richer", "small", "smaller", "large", "larger", "big", "bigger", "and", "but", "yet",
    ]

    /// Two-character words before single characters, so "非常" is taken whole before "非" could be left over.
    private static let opinionPhrases = [
        "非常", "相當", "比較", "仍在", "還在", "成長", "成熟", "簡單", "複雜", "复杂", "简单", "穩定", "容易", "困難", "年輕",
        "較", "更", "很", "新", "舊", "快", "慢", "高", "低", "強", "弱", "好", "差",
    ]

    /// A table whose value columns only illustrate or explain its rows ("| 場景 | 示例 | 原因 |", "| Case | Example |
    /// Why |"): a row of it is one case of what the table is about, which its label alone does not say (「對索引列做運算」
    /// of what?). It is asked named by its table (``QuizLanguage/explainedRowPrompt(_:aspects:)``), or not at all
    /// when the table has no name (``asks(_:)``); never as a lookup of one row in one column.
    static func explainsItsRows(_ columns: [String]) -> Bool {
        let values = columns.dropFirst()
        return values.count >= 2 && values.allSatisfy { header in
            let folded = AnswerText.folded(header)
            return explanatoryHeaders.contains { AnswerText.contains(folded, $0) }
        }
    }

    private static let explanatoryHeaders = [
        "example", "reason", "why", "note", "explanation", "comment", "remark", "detail", "cause", "ejemplo", "motivo", "razón",
        "示例", "範例", "范例", "例子", "舉例", "举例", "原因", "理由", "說明", "说明", "備註", "备注", "解釋", "解释", "注意", "原理",
    ]
}
