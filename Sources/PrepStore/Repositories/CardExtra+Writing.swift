import PrepContent

extension CardExtra {
    /// The `extra` column's text: what `JSONEncoder` writes with sorted keys and unescaped slashes, byte for byte,
    /// since a re-import compares stored texts. Written straight to bytes, as `decode(json:fallback:)` reads them:
    /// `JSONEncoder`'s generic containers were a twelfth of importing the bundled deck into a new database.
    var json: String {
        var writer = JSONBytes()
        writer.open("{")
        if let also {
            writer.key("also")
            writer.strings(also)
        }
        if let cell {
            writer.key("cell")
            writer.open("{")
            writer.key("column")
            writer.string(cell.column)
            writer.key("columnIndex")
            writer.integer(cell.columnIndex)
            writer.key("columns")
            writer.strings(cell.columns)
            if let mark = cell.mark {
                writer.key("mark")
                writer.string(mark.rawValue)
            }
            for (name, text) in [("rowLabel", cell.rowLabel), ("tableKey", cell.tableKey), ("tableTitle", cell.tableTitle), ("value", cell.value)] {
                writer.key(name)
                writer.string(text)
            }
            writer.close("}")
        }
        if let cloze {
            writer.key("cloze")
            writer.open("{")
            writer.key("blanks")
            writer.open("[")
            for blank in cloze.blanks {
                writer.open("{")
                writer.key("answer")
                writer.string(blank.answer)
                if let hint = blank.hint {
                    writer.key("hint")
                    writer.string(hint)
                }
                writer.close("}")
            }
            writer.close("]")
            if let note = cloze.note {
                writer.key("note")
                writer.string(note)
            }
            writer.key("shown")
            writer.strings(cloze.shown)
            writer.close("}")
        }
        if let verdictReason {
            writer.key("verdictReason")
            writer.string(verdictReason)
        }
        writer.close("}")
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

/// JSON text as bytes, commas placed as values follow one another.
private struct JSONBytes {
    var bytes: [UInt8] = []
    /// Whether the value being written is the first of its object or array.
    private var first = true

    /// An object or array as the next value: after a key, or among an array's items.
    mutating func open(_ bracket: Unicode.Scalar) {
        separate()
        bytes.append(UInt8(ascii: bracket))
        first = true
    }

    mutating func close(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        first = false
    }

    mutating func key(_ name: String) {
        separate()
        quoted(name)
        bytes.append(UInt8(ascii: ":"))
        first = true
    }

    mutating func string(_ text: String) {
        separate()
        quoted(text)
    }

    mutating func integer(_ value: Int) {
        separate()
        bytes += String(value).utf8
    }

    mutating func strings(_ texts: [String]) {
        open("[")
        for text in texts { string(text) }
        close("]")
    }

    private mutating func separate() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
    }

    /// Quotation marks, backslashes and control characters escaped as `JSONEncoder` escapes them; nothing else.
    private mutating func quoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += Array(#"\b"#.utf8)
            case 0x09: bytes += Array(#"\t"#.utf8)
            case 0x0A: bytes += Array(#"\n"#.utf8)
            case 0x0C: bytes += Array(#"\f"#.utf8)
            case 0x0D: bytes += Array(#"\r"#.utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
