extension HTTPRequest {
    /// The longest parameter text quoted back in an error, so a huge value cannot inflate the answer.
    private static let quotedLength = 40

    /// A query parameter that must be a plain decimal number (digits, at most one point) within `range`;
    /// `fallback` when absent. Anything else, `1e300`, `inf`, `nan` and `-5` included, throws a 400 naming
    /// the range, so no conversion further on can trap.
    package func boundedNumber(_ name: String, default fallback: Double, in range: ClosedRange<Int>) throws(HTTPError) -> Double {
        guard let text = queryValue(name) else { return fallback }
        guard let value = Self.plainDecimal(text), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            throw Self.outOfRange(name, text, range)
        }
        return value
    }

    /// A query parameter that must be a whole number within `range`; `fallback` when absent.
    package func boundedInteger(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws(HTTPError) -> Int {
        guard let text = queryValue(name) else { return fallback }
        guard text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(text), range.contains(value) else {
            throw Self.outOfRange(name, text, range, whole: true)
        }
        return value
    }

    /// A comma-separated list of plain decimal numbers, each within `range`, at most `maxCount` of them.
    package func boundedNumberList(_ name: String, default fallback: [Double], in range: ClosedRange<Int>, maxCount: Int) throws(HTTPError) -> [Double] {
        guard let text = queryValue(name) else { return fallback }
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        guard items.count <= maxCount else {
            throw HTTPError(.badRequest, "\(name) may list at most \(maxCount) numbers (got \(items.count))")
        }
        var values: [Double] = []
        for item in items {
            guard let value = Self.plainDecimal(item), value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
                throw Self.outOfRange(name, String(item), range)
            }
            values.append(value)
        }
        return values
    }

    /// Digits with at most one decimal point and at most 15 significant characters: always finite, never
    /// negative, and exactly representable enough for milliseconds.
    private static func plainDecimal(_ text: some StringProtocol) -> Double? {
        let bytes = text.utf8
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var points = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") { points += 1; continue }
            guard byte >= 48, byte <= 57 else { return nil }
        }
        guard points <= 1, bytes.count > points else { return nil }
        return Double(String(text))
    }

    private static func outOfRange(_ name: String, _ text: String, _ range: ClosedRange<Int>, whole: Bool = false) -> HTTPError {
        let quoted = text.count > quotedLength ? text.prefix(quotedLength) + "…" : text[...]
        let kind = whole ? "a whole number" : "a number"
        return HTTPError(.badRequest, "\(name) must be \(kind) from \(range.lowerBound) to \(range.upperBound) (got \"\(quoted)\")")
    }
}
