import Foundation

/// A number in an answer with the unit written after it, compared as an examiner would: `370 ms`, `0.37 s`,
/// `370毫秒` and `0.37秒` are one quantity; `370` alone is the same number in whatever unit the answer uses.
struct AnswerQuantity: Sendable, Hashable {
    enum Dimension: Sendable, Hashable {
        case time, size, percent, multiplier
    }

    /// The number's digits as written, before its unit: "370" in `370 ms`, "0.37" in `0.37 s`.
    var written: String
    var dimension: Dimension?
    /// The quantity in the dimension's base unit (seconds, bytes, percent, times). A size in kB or MB has two,
    /// since both the decimal and the binary reading are in use.
    var values: [Double]

    /// The same quantity; a bare number matches any unit by the digits written, so `370` answers `370 ms`
    /// but `3.1` never answers `3.10`, which as a version is another number.
    func isSame(as other: AnswerQuantity) -> Bool {
        guard let dimension, let otherDimension = other.dimension else {
            return written == other.written
        }
        return dimension == otherDimension && values.contains { value in other.values.contains { Self.equal(value, $0) } }
    }

    private static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1e-12)
    }

    /// Each quantity in `text` and the text around them, where each quantity leaves `placeholder`.
    static func extract(from text: String) -> (quantities: [AnswerQuantity], rest: String) {
        let characters = Array(AnswerText.folded(text))
        var quantities: [AnswerQuantity] = []
        var rest = ""
        var index = 0
        while index < characters.count {
            let previous = index > 0 ? characters[index - 1] : " "
            let startsWord = !(previous.isLetter && !isCJK(previous)) && previous != "." && previous != "_"
            if startsWord, let (quantity, end) = quantity(in: characters, at: index) {
                quantities.append(quantity)
                rest.append(placeholder)
                index = end
            } else {
                rest.append(characters[index])
                index += 1
            }
        }
        return (quantities, rest)
    }

    /// Stands for a quantity in the rest of an answer, so "370 ms" and "0.37 s" leave the same text; a
    /// private-use character, which no answer contains and normalization keeps.
    static let placeholder: Character = "\u{E000}"

    private static func quantity(in characters: [Character], at start: Int) -> (AnswerQuantity, Int)? {
        var index = start
        var percentPrefix = false
        if hasPrefix("百分之", in: characters, at: index) {
            percentPrefix = true
            index += 3
        }
        guard let (number, afterNumber) = arabicNumber(in: characters, at: index) ?? chineseNumber(in: characters, at: index)
        else { return nil }
        // Chinese numerals read as their digits, so "三倍" and "3x" are written alike.
        let written = characters[index].isASCII ? String(characters[index..<afterNumber]).replacingOccurrences(of: ",", with: "")
            : String(number.formatted(.number.grouping(.never)))
        if percentPrefix {
            return (AnswerQuantity(written: written, dimension: .percent, values: [number]), afterNumber)
        }
        var unitStart = afterNumber
        while unitStart < characters.count, characters[unitStart] == " " { unitStart += 1 }
        if let unit = unit(in: characters, at: unitStart) {
            let values = unit.scales.map { number * $0 }
            return (AnswerQuantity(written: written, dimension: unit.dimension, values: values), unitStart + unit.length)
        }
        // Chinese numerals count as a number only before a unit ("三倍"), so "一個" stays a word.
        guard characters[index].isASCII else { return nil }
        return (AnswerQuantity(written: written, dimension: nil, values: [number]), afterNumber)
    }

    /// "370", "0.37", "3,000" (a comma before exactly three digits groups thousands).
    private static func arabicNumber(in characters: [Character], at start: Int) -> (Double, Int)? {
        var index = start
        var digits = ""
        func isDigit(_ i: Int) -> Bool { i < characters.count && characters[i].isASCII && characters[i].isNumber }
        while index < characters.count {
            let character = characters[index]
            if isDigit(index) {
                digits.append(character)
            } else if character == ",", !digits.isEmpty, (1...3).allSatisfy({ isDigit(index + $0) }), !isDigit(index + 4) {
                // thousands separator
            } else if character == ".", !digits.isEmpty, !digits.contains("."), isDigit(index + 1) {
                digits.append(".")
            } else {
                break
            }
            index += 1
        }
        guard let value = Double(digits) else { return nil }
        // "3.0.1" is a version, not a quantity.
        if index < characters.count, characters[index] == ".", isDigit(index + 1) { return nil }
        return (value, index)
    }

    private static let chineseDigits: [Character: Double] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    private static let chineseScales: [Character: Double] = ["十": 10, "百": 100, "千": 1000, "萬": 10000, "万": 10000]

    /// "三", "十", "二十五", "一百二十": the numerals quantities are written with.
    private static func chineseNumber(in characters: [Character], at start: Int) -> (Double, Int)? {
        var index = start
        var total = 0.0
        var section = 0.0
        var digit: Double?
        while index < characters.count {
            let character = characters[index]
            if let value = chineseDigits[character] {
                digit = value
            } else if let scale = chineseScales[character] {
                if scale == 10000 {
                    total += (section + (digit ?? 0)) * scale
                    section = 0
                } else {
                    section += (digit ?? 1) * scale
                }
                digit = nil
            } else {
                break
            }
            index += 1
        }
        guard index > start else { return nil }
        return (total + section + (digit ?? 0), index)
    }

    private struct Unit {
        var dimension: Dimension
        var scales: [Double]
        var length: Int
    }

    private static let units: [(names: [String], dimension: Dimension, scales: [Double])] = [
        (["ns", "nanosecond", "nanoseconds", "納秒", "纳秒"], .time, [1e-9]),
        (["µs", "μs", "us", "microsecond", "microseconds", "微秒"], .time, [1e-6]),
        (["ms", "msec", "millisecond", "milliseconds", "毫秒"], .time, [1e-3]),
        (["s", "sec", "secs", "second", "seconds", "秒", "秒鐘", "秒钟"], .time, [1]),
        (["min", "mins", "minute", "minutes", "分鐘", "分钟"], .time, [60]),
        (["h", "hr", "hrs", "hour", "hours", "小時", "小时"], .time, [3600]),
        (["day", "days", "天"], .time, [86400]),
        (["b", "byte", "bytes", "位元組", "字節", "字节"], .size, [1]),
        (["kb", "kilobyte", "kilobytes"], .size, [1e3, 1024]),
        (["kib"], .size, [1024]),
        (["mb", "megabyte", "megabytes"], .size, [1e6, 1_048_576]),
        (["mib"], .size, [1_048_576]),
        (["gb", "gigabyte", "gigabytes"], .size, [1e9, 1_073_741_824]),
        (["gib"], .size, [1_073_741_824]),
        (["%", "percent", "pct"], .percent, [1]),
        (["x", "×", "times", "倍"], .multiplier, [1]),
    ]

    /// The longest unit name at `start`; a Latin one must end the word ("3 secs", not "3 seconds" read as "3 s").
    private static func unit(in characters: [Character], at start: Int) -> Unit? {
        var best: Unit?
        for entry in units {
            for name in entry.names where hasPrefix(name, in: characters, at: start) {
                let end = start + name.count
                let isLatin = name.last.map { $0.isASCII && $0.isLetter } ?? false
                if isLatin, end < characters.count, characters[end].isLetter || characters[end].isNumber { continue }
                if name.count > (best?.length ?? 0) {
                    best = Unit(dimension: entry.dimension, scales: entry.scales, length: name.count)
                }
            }
        }
        return best
    }

    private static func hasPrefix(_ prefix: String, in characters: [Character], at start: Int) -> Bool {
        let prefix = Array(prefix)
        guard start + prefix.count <= characters.count else { return false }
        return Array(characters[start..<(start + prefix.count)]) == prefix
    }

    private static func isCJK(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(AnswerText.isCJK) ?? false
    }
}
