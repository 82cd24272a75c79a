import Foundation

/// A pass over a progress file's bytes before `JSONDecoder` sees them, refusing what the decoder would
/// accept silently or report without a place: a key given twice in one object (the decoder keeps one of
/// them), nesting deeper than any progress file has, numbers no field can hold, and strings of megabytes.
/// Syntax errors are named by line and column.
enum ProgressJSONScan {
    /// A progress file nests four levels; anything much deeper is not one, and recursion stays bounded.
    static let maximumDepth = 32
    /// The longest string any field may hold (check measurements are the longest legitimate ones).
    static let maximumStringBytes = 1 << 20

    /// Checks `data`, returning the first number under a key not in `fractionalKeys` that is no 64-bit whole
    /// number (`3.5`, `1e300`): the decoder refuses such a number in a whole-number field without saying where.
    static func check(_ data: Data, fractionalKeys: Set<String>) throws(ProgressFileError) -> (field: String, text: String)? {
        var scanner = Scanner(bytes: Array(data), fractionalKeys: fractionalKeys)
        scanner.skipWhitespace()
        try scanner.value(depth: 0)
        scanner.skipWhitespace()
        guard scanner.index == scanner.bytes.count else { throw scanner.syntaxError(.textAfterEnd) }
        return scanner.unexpectedFraction
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        /// Object keys and array indices from the top down to the value being read; the text of the path
        /// is only built for an error, so a large file costs no string per element.
        var path: [PathComponent] = []

        enum PathComponent {
            case key(String)
            case index(Int)
        }

        let fractionalKeys: Set<String>
        var unexpectedFraction: (field: String, text: String)?

        init(bytes: [UInt8], fractionalKeys: Set<String>) {
            self.bytes = bytes
            self.fractionalKeys = fractionalKeys
        }

        static let simpleEscapes: [UInt8: Unicode.Scalar] = [
            UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{08}",
            UInt8(ascii: "f"): "\u{0C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
        ]

        var field: String {
            var text = ""
            for component in path {
                switch component {
                case .key(let key): text += text.isEmpty ? key : "." + key
                case .index(let index): text += "[\(index)]"
                }
            }
            return text.isEmpty ? "(top level)" : text
        }

        mutating func value(depth: Int) throws(ProgressFileError) {
            guard index < bytes.count else { throw syntaxError(.endsEarly) }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try object(depth: depth + 1)
            case UInt8(ascii: "["):
                try array(depth: depth + 1)
            case UInt8(ascii: "\""):
                _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                for literal in ["true", "false", "null"] where bytes[index...].starts(with: literal.utf8) {
                    index += literal.utf8.count
                    return
                }
                throw syntaxError(.expectedValue)
            }
        }

        mutating func object(depth: Int) throws(ProgressFileError) {
            guard depth <= ProgressJSONScan.maximumDepth else {
                throw .invalidValue(field: field, reason: .nestedDeeperThan(ProgressJSONScan.maximumDepth))
            }
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return }
            var keys = Set<String>()
            while true {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw syntaxError(.expectedKey) }
                let key = try string()
                path.append(.key(key))
                guard keys.insert(key).inserted else { throw .invalidValue(field: field, reason: .keyTwice) }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")) else { throw syntaxError(.expectedColon) }
                skipWhitespace()
                try value(depth: depth)
                path.removeLast()
                skipWhitespace()
                if consume(UInt8(ascii: "}")) { return }
                guard consume(UInt8(ascii: ",")) else { throw syntaxError(.expectedCommaOrBrace) }
                skipWhitespace()
            }
        }

        mutating func array(depth: Int) throws(ProgressFileError) {
            guard depth <= ProgressJSONScan.maximumDepth else {
                throw .invalidValue(field: field, reason: .nestedDeeperThan(ProgressJSONScan.maximumDepth))
            }
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return }
            var count = 0
            while true {
                path.append(.index(count))
                try value(depth: depth)
                path.removeLast()
                count += 1
                skipWhitespace()
                if consume(UInt8(ascii: "]")) { return }
                guard consume(UInt8(ascii: ",")) else { throw syntaxError(.expectedCommaOrBracket) }
                skipWhitespace()
            }
        }

        /// The string's decoded text, so that `"r\u0061ting"` and `"rating"` count as the same key.
        mutating func string() throws(ProgressFileError) -> String {
            let start = index
            index += 1
            var scalars = String.UnicodeScalarView()
            var hasEscapes = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    guard index - start - 2 <= ProgressJSONScan.maximumStringBytes else {
                        throw .invalidValue(field: field, reason: .stringLongerThan(bytes: ProgressJSONScan.maximumStringBytes))
                    }
                    return hasEscapes ? String(scalars) : String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
                }
                guard byte >= 0x20 else { throw syntaxError(.controlCharacter) }
                if byte == UInt8(ascii: "\\") {
                    if !hasEscapes {
                        hasEscapes = true
                        scalars.append(contentsOf: String(decoding: bytes[(start + 1)..<index], as: UTF8.self).unicodeScalars)
                    }
                    try escape(into: &scalars)
                    continue
                }
                if hasEscapes {
                    // Copy a whole UTF-8 sequence: the decoder refuses invalid UTF-8 itself.
                    var end = index + 1
                    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                    scalars.append(contentsOf: String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars)
                    index = end
                } else {
                    index += 1
                }
            }
            throw syntaxError(.unclosedString)
        }

        mutating func escape(into scalars: inout String.UnicodeScalarView) throws(ProgressFileError) {
            index += 1
            guard index < bytes.count else { throw syntaxError(.unclosedString) }
            if let scalar = Self.simpleEscapes[bytes[index]] {
                scalars.append(scalar)
                index += 1
                return
            }
            guard bytes[index] == UInt8(ascii: "u"), index + 4 < bytes.count,
                let code = UInt32(String(decoding: bytes[(index + 1)...(index + 4)], as: UTF8.self), radix: 16)
            else { throw syntaxError(.invalidEscape) }
            index += 5
            // Lone or paired surrogates: the key only needs to compare equal to itself.
            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        }

        /// JSON's number grammar; whole numbers must fit 64 bits and others must be finite.
        mutating func number() throws(ProgressFileError) {
            let start = index
            _ = consume(UInt8(ascii: "-"))
            guard digits() > 0 else { throw syntaxError(.expectedDigits) }
            var isWhole = true
            if consume(UInt8(ascii: ".")) {
                isWhole = false
                guard digits() > 0 else { throw syntaxError(.expectedFractionDigits) }
            }
            if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
                isWhole = false
                index += 1
                if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
                guard digits() > 0 else { throw syntaxError(.expectedExponentDigits) }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isWhole {
                guard Int64(text) != nil else { throw .invalidValue(field: field, reason: .tooLarge(String(text.prefix(40)))) }
            } else {
                guard let value = Double(text), value.isFinite else {
                    throw .invalidValue(field: field, reason: .outOfRange(String(text.prefix(40))))
                }
                if unexpectedFraction == nil, value.rounded() != value || abs(value) >= 0x1p63, !isFractionalField {
                    unexpectedFraction = (field, text)
                }
            }
        }

        /// Whether the innermost key names a field whose numbers may have fractions.
        var isFractionalField: Bool {
            for component in path.reversed() {
                if case .key(let key) = component { return fractionalKeys.contains(key) }
            }
            return false
        }

        mutating func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        func syntaxError(_ problem: JSONSyntaxProblem) -> ProgressFileError {
            let before = bytes[..<min(index, bytes.count)]
            let line = before.count(where: { $0 == 0x0A }) + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
            return .notJSON(line: line, column: column, problem: problem)
        }
    }
}
