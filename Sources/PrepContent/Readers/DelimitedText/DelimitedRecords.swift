/// A file's data lines cut into records and fields by the CSV rules of RFC 4180 §2, with any separator.
///
/// Lenient where real files are: a quote inside an unquoted field is kept as written, spaces around a quoted
/// field are ignored (`a, "b, c"`), text after a closing quote is kept. Blank lines between records are skipped.
struct DelimitedRecords {
    /// One record: its fields and where each starts (1-based).
    struct Record: Equatable {
        var fields: [String]
        var line: Int
        var columns: [Int]
        /// The line after the record's last line, where the next one starts.
        var endLine: Int
    }

    /// What the reader found at a position: a record, or a quote that is never closed.
    enum Row: Equatable {
        case record(Record)
        /// Reported at the quote; reading goes on at the line after it, so later rows survive.
        case unterminatedQuote(line: Int, column: Int)
    }

    let rows: [Row]

    var records: [Record] {
        rows.compactMap { row in
            if case .record(let record) = row { record } else { nil }
        }
    }

    /// Reads `lines[start...]`; line numbers are positions in `lines` counted from 1.
    init(lines: [String], from start: Int, separator: Character) {
        var rows: [Row] = []
        var index = start
        while index < lines.count {
            if lines[index].trimmed.isEmpty {
                index += 1
                continue
            }
            let row = Self.read(lines, at: index, separator: separator)
            rows.append(row)
            switch row {
            case .record(let record): index = record.endLine - 1
            case .unterminatedQuote(let line, _): index = line
            }
        }
        self.rows = rows
    }

    /// The fields of one line on its own, as `#columns:` is read.
    static func fields(of line: String, separator: Character) -> [String] {
        guard case .record(let record) = read([line], at: 0, separator: separator) else {
            return line.split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        }
        return record.fields
    }

    private static func read(_ lines: [String], at first: Int, separator: Character) -> Row {
        var fields: [String] = []
        var columns: [Int] = []
        var lineIndex = first
        var characters = Array(lines[lineIndex])
        var position = 0
        // A space separator makes leading spaces significant, so they are skipped only for other separators.
        let skipsSpaces = separator != " "

        func skipSpaces() {
            while skipsSpaces, position < characters.count, characters[position] == " " { position += 1 }
        }

        while true {
            let fieldStart = position
            var field = ""
            skipSpaces()
            if position < characters.count, characters[position] == "\"" {
                let quoteLine = lineIndex
                let quoteColumn = position + 1
                columns.append(quoteColumn)
                position += 1
                // Inside quotes: doubled quotes are one quote, line ends are part of the field (§2.6, §2.7).
                while true {
                    if position == characters.count {
                        lineIndex += 1
                        guard lineIndex < lines.count else {
                            return .unterminatedQuote(line: quoteLine + 1, column: quoteColumn)
                        }
                        field.append("\n")
                        characters = Array(lines[lineIndex])
                        position = 0
                        continue
                    }
                    let character = characters[position]
                    position += 1
                    if character != "\"" {
                        field.append(character)
                    } else if position < characters.count, characters[position] == "\"" {
                        field.append("\"")
                        position += 1
                    } else {
                        break
                    }
                }
                skipSpaces()
                while position < characters.count, characters[position] != separator {
                    field.append(characters[position])
                    position += 1
                }
            } else {
                position = fieldStart
                columns.append(fieldStart + 1)
                while position < characters.count, characters[position] != separator {
                    field.append(characters[position])
                    position += 1
                }
            }
            fields.append(field)
            if position < characters.count {
                position += 1  // the separator; a separator at the end of the line leaves one empty field
                continue
            }
            return .record(Record(fields: fields, line: first + 1, columns: columns, endLine: lineIndex + 2))
        }
    }
}
