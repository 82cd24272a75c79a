import Foundation
import PrepContent

extension CardExtra {
    /// Reads the `extra` column as `json` writes it. Every quiz and review decodes it for every
    /// card at launch, and `JSONDecoder` spent most of that launch in Codable's generic containers and
    /// dynamic casts; this reads the few known fields straight from the bytes. Text of any other shape (an
    /// unknown field, a value of another type) falls back to `JSONDecoder`, so nothing is read differently.
    static func decode(json: String, fallback decoder: JSONDecoder) throws -> CardExtra {
        var text = json
        if let extra = text.withUTF8({ bytes in
            var reader = ExtraReader(bytes: bytes)
            return reader.extra()
        }) {
            return extra
        }
        return try decoder.decode(CardExtra.self, from: Data(json.utf8))
    }
}

/// A cursor over JSON bytes that answers nil at the first thing it does not expect.
private struct ExtraReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func extra() -> CardExtra? {
        var extra = CardExtra()
        let read = object { reader, key in
            switch key {
            case "verdictReason": return reader.nullable { $0.string() }.map { extra.verdictReason = $0 } != nil
            case "cell": return reader.nullable { $0.cell() }.map { extra.cell = $0 } != nil
            case "also": return reader.nullable { $0.strings() }.map { extra.also = $0 } != nil
            case "cloze": return reader.nullable { $0.cloze() }.map { extra.cloze = $0 } != nil
            default: return false
            }
        }
        skipWhitespace()
        return read && index == bytes.count ? extra : nil
    }

    private mutating func cell() -> TableCellRef? {
        var tableKey, tableTitle, rowLabel, column, value: String?
        var columns: [String]?
        var columnIndex: Int?
        var mark: CellMark?
        let read = object { reader, key in
            switch key {
            case "tableKey": tableKey = reader.string()
            case "tableTitle": tableTitle = reader.string()
            case "rowLabel": rowLabel = reader.string()
            case "column": column = reader.string()
            case "value": value = reader.string()
            case "columns": columns = reader.strings()
            case "columnIndex": columnIndex = reader.integer()
            case "mark":
                guard let raw = reader.string(), let known = CellMark(rawValue: raw) else { return false }
                mark = known
                return true
            default: return false
            }
            return true
        }
        guard read, let tableKey, let tableTitle, let columns, let rowLabel, let column, let columnIndex, let value else {
            return nil
        }
        return TableCellRef(
            tableKey: tableKey, tableTitle: tableTitle, columns: columns, rowLabel: rowLabel, column: column,
            columnIndex: columnIndex, value: value, mark: mark
        )
    }

    private mutating func cloze() -> ClozeParts? {
        var shown: [String]?
        var blanks: [ClozeParts.Blank]?
        var note: String?
        let read = object { reader, key in
            switch key {
            case "shown": shown = reader.strings(); return shown != nil
            case "blanks": blanks = reader.array { $0.blank() }; return blanks != nil
            case "note": note = reader.string(); return note != nil
            default: return false
            }
        }
        guard read, let shown, let blanks, shown.count == blanks.count + 1 else { return nil }
        return ClozeParts(shown: shown, blanks: blanks, note: note)
    }

    private mutating func blank() -> ClozeParts.Blank? {
        var answer, hint: String?
        let read = object { reader, key in
            switch key {
            case "answer": answer = reader.string(); return answer != nil
            case "hint": hint = reader.string(); return hint != nil
            default: return false
            }
        }
        guard read, let answer else { return nil }
        return ClozeParts.Blank(answer: answer, hint: hint)
    }

    /// `{ "key": value, ... }`, each value read by `field`, which answers false to give up.
    private mutating func object(_ field: (inout ExtraReader, String) -> Bool) -> Bool {
        guard consume(UInt8(ascii: "{")) else { return false }
        if consume(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = string(), consume(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "}"))
    }

    /// Null as "absent" (`.some(nil)`), otherwise what `read` makes of the value; nil when that failed.
    private mutating func nullable<T>(_ read: (inout ExtraReader) -> T?) -> T?? {
        skipWhitespace()
        if bytes[index...].starts(with: "null".utf8) {
            index += 4
            return .some(nil)
        }
        return read(&self).map { .some($0) }
    }

    private mutating func strings() -> [String]? { array { $0.string() } }

    /// `[ item, ... ]`, each item read by `item`; nil when one of them could not be.
    private mutating func array<T>(_ item: (inout ExtraReader) -> T?) -> [T]? {
        guard consume(UInt8(ascii: "[")) else { return nil }
        var result: [T] = []
        if consume(UInt8(ascii: "]")) { return result }
        repeat {
            guard let next = item(&self) else { return nil }
            result.append(next)
        } while consume(UInt8(ascii: ","))
        return consume(UInt8(ascii: "]")) ? result : nil
    }

    private mutating func integer() -> Int? {
        skipWhitespace()
        let start = index
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
    }

    /// A string without escapes is one copy of its bytes; an escape other than the simple ones gives up.
    private mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        var start = index
        var unescaped: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let tail = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard !unescaped.isEmpty else { return String(decoding: tail, as: UTF8.self) }
                unescaped.append(contentsOf: tail)
                return String(decoding: unescaped, as: UTF8.self)
            }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            guard index + 1 < bytes.count, let replacement = Self.simpleEscapes[bytes[index + 1]] else { return nil }
            unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            unescaped.append(replacement)
            index += 2
            start = index
        }
        return nil
    }

    /// The escapes `JSONEncoder` writes for ASCII; `\u` (control characters) is left to `JSONDecoder`.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"), UInt8(ascii: "/"): UInt8(ascii: "/"),
        UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
    ]

    private mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }
}
