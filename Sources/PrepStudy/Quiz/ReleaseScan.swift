import PrepCore

/// The release numbers and years a cell may name, found by one pass over its scalars. Written out rather than
/// as regular expressions because every cell of every table is checked before the first question: Foundation
/// compiles a pattern on each call (a quarter of a quiz's launch). Digits are Unicode decimal digits and
/// word characters are ICU's `\w`, as the patterns these replace (`(?<![/\d.])\d+\.\d+`, `\bv\d+\b`,
/// `(?<!\d)(?:19|20)\d{2}(?!\d)`, `^\s*v?\d+\s*[+x]?\s*$`) had them.
struct ReleaseScan {
    private let scalars: [Unicode.Scalar]
    /// Each maximal run of digits, as the range of its scalars.
    private let digitRuns: [Range<Int>]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var runs: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isRegexDigit else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, scalars[index].isRegexDigit { index += 1 }
            runs.append(start..<index)
        }
        digitRuns = runs
    }

    /// "3.0", "0.54": digits, a dot and a digit, not after a slash or a dot ("HTTP/1.1", "1.2.3"'s later parts).
    var hasDottedNumber: Bool {
        digitRuns.contains { run in
            let before = run.lowerBound > 0 ? scalars[run.lowerBound - 1] : nil
            return before != "/" && before != "." && run.upperBound + 1 < scalars.count
                && scalars[run.upperBound] == "." && scalars[run.upperBound + 1].isRegexDigit
        }
    }

    /// "v2" as a word of its own.
    var hasVNumber: Bool {
        digitRuns.contains { run in
            let v = run.lowerBound - 1
            guard v >= 0, scalars[v] == "v" else { return false }
            return (v == 0 || !scalars[v - 1].isRegexWordCharacter)
                && (run.upperBound == scalars.count || !scalars[run.upperBound].isRegexWordCharacter)
        }
    }

    /// A number of exactly four digits starting 19 or 20.
    var hasYear: Bool {
        digitRuns.contains { run in
            run.count == 4 && ((scalars[run.lowerBound] == "1" && scalars[run.lowerBound + 1] == "9")
                || (scalars[run.lowerBound] == "2" && scalars[run.lowerBound + 1] == "0"))
        }
    }

    /// The whole text is a release number: "3", "v3", "4+", "2 x", spaces around.
    var isBareReleaseNumber: Bool {
        var index = 0
        func skipSpaces() { while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 } }
        skipSpaces()
        if index < scalars.count, scalars[index] == "v" { index += 1 }
        let digitsStart = index
        while index < scalars.count, scalars[index].isRegexDigit { index += 1 }
        guard index > digitsStart else { return false }
        skipSpaces()
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "x" { index += 1 }
        skipSpaces()
        return index == scalars.count
    }
}
