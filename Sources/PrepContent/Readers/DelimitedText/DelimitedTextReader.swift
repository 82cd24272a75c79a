import Foundation
import PrepCore

/// Reads notes files for Anki's text importer and plain CSV/TSV: one note a row, question and answer in the
/// first two fields (or the columns the header names), cloze notes as cloze cards.
///
/// A bad row (wrong number of fields, a quote never closed, an empty question) is reported and left out;
/// every other row still becomes a card.
struct DelimitedTextReader: ArticleBodyParser {
    private let lines: [String]
    private var notes: NoteCards
    var builder: CardBuilder { notes.builder }
    private(set) var title: String?
    let headings: [Heading] = []
    let tables: [ComparisonTable] = []
    var qa: [QAItem] { notes.qa }
    let codeBlocks: [CodeBlock] = []

    /// What each notetype name asks for, read once per name: a deck has few names and many rows.
    private var notetypeKinds: [String: (cloze: Bool, reversed: Bool, optionalReverse: Bool)] = [:]

    init(lines: [String], builder: CardBuilder) {
        self.lines = lines
        notes = NoteCards(builder: builder)
    }

    mutating func parse() {
        let header = AnkiTextHeader(lines: lines, path: builder.path)
        header.diagnostics.forEach { notes.builder.report($0) }
        let separator =
            header.separator ?? SeparatorGuess.separator(
                lines, from: header.endIndex, pathExtension: ContentFormat.fileExtension(of: builder.path))
        var rows = DelimitedRecords(lines: lines, from: header.endIndex, separator: separator).rows

        var names = header.columns.map { DelimitedRecords.fields(of: $0, separator: separator) } ?? []
        if names.isEmpty, case .record(let first)? = rows.first, ColumnRoles.isHeaderRow(first.fields) {
            names = first.fields
            rows.removeFirst()
        }
        let fieldCount = names.isEmpty ? Self.commonFieldCount(rows) : names.count
        var roles = ColumnRoles(header: header, names: names, fieldCount: fieldCount)
        for column in roles.dropMetaColumns(from: fieldCount) {
            notes.builder.report(
                ContentDiagnostic(
                    .warning, at: builder.location(line: 1),
                    .headerColumnBeyondRows(column: column + 1, fields: fieldCount)))
        }
        if roles.tags == nil, names.isEmpty {
            let records = rows.compactMap { row -> DelimitedRecords.Record? in
                if case .record(let record) = row, record.fields.count == fieldCount { return record }
                return nil
            }
            roles.takeTagsColumn(from: records)
        }
        let html = header.html ?? rows.contains { row in
            guard case .record(let record) = row else { return false }
            return record.fields.contains(where: Self.looksLikeEditorHTML)
        }

        let plain = Self.plainFields(rows, columns: [roles.front, roles.back, roles.tags].compactMap { $0 } + roles.extras, html: html)
        var decks: Set<String> = []
        for (index, row) in rows.enumerated() {
            switch row {
            case .unterminatedQuote(let line, let column):
                notes.builder.report(
                    ContentDiagnostic(
                        .error, at: builder.location(line: line, column: column),
                        .unclosedQuotedField))
            case .record(let record):
                guard record.fields.count == fieldCount else {
                    notes.builder.report(
                        ContentDiagnostic(
                            .error, at: builder.location(line: record.line),
                            .rowFieldCount(fields: record.fields.count, expected: fieldCount)))
                    continue
                }
                if let deck = roles.deck.map({ record.fields[$0].trimmed }), !deck.isEmpty { decks.insert(deck) }
                addNote(record, plain: plain[index], roles: roles, names: names, header: header)
            }
        }
        title = header.deck ?? (decks.count == 1 ? decks.first : nil)
    }

    /// - Parameter plain: the record's fields as `plainFields` reads them.
    private mutating func addNote(
        _ record: DelimitedRecords.Record, plain: [String], roles: ColumnRoles, names: [String], header: AnkiTextHeader
    ) {
        func text(_ column: Int?) -> String {
            guard let column, column < plain.count else { return "" }
            return plain[column]
        }
        let notetype = notetypeKind(roles.notetype.map { record.fields[$0] } ?? header.notetype ?? "")
        // "Basic (and reversed card)" asks both ways; "Basic (optional reversed card)" when its third field,
        // Add Reverse, is filled in.
        let optionalReverse = notetype.optionalReverse ? roles.extras.first : nil
        let extras = roles.extras.filter { $0 != optionalReverse }.compactMap { column in
            Self.extra(text(column), name: column < names.count ? names[column] : "")
        }
        let rowTags = roles.tags.map { text($0).split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
        notes.add(NoteCards.Note(
            front: text(roles.front), answer: Self.joined(answer: text(roles.back), extras: extras),
            guid: roles.guid.map { record.fields[$0].trimmed } ?? "", cloze: notetype.cloze,
            reversed: notetype.reversed || !text(optionalReverse).isEmpty, tags: Self.unique(header.tags + rowTags),
            line: record.line, frontColumn: record.columns[roles.front], backColumn: roles.back.map { record.columns[$0] } ?? 1))
    }

    /// An extra field as it reads under the answer: a named column as `Source: PEP 255`, an unnamed one as a
    /// list item; nil when empty, or when an unnamed column holds only a path (`units/unit-01.md:100`), which
    /// says where the note came from, not what it teaches.
    static func extra(_ value: String, name: String) -> String? {
        let name = name.trimmed
        guard !value.isEmpty, !(name.isEmpty && ColumnRoles.isBarePath(value)) else { return nil }
        guard name.isEmpty else { return "\(name): \(value)" }
        // Unnamed notes under the answer (an aside, an example) read as a list, not as one run-on answer.
        return value.contains(where: \.isNewline) ? value : "- " + value
    }

    /// A field as a learner reads it: HTML reduced to text, sound tags dropped, trimmed.
    static func plainText(_ field: String, html: Bool) -> String {
        withoutSoundTags(html ? HTMLText.plainText(field) : field).trimmed
    }

    /// Each row's fields in `columns` as a learner reads them (HTML reduced to text, sound tags dropped,
    /// trimmed), the other fields empty; an empty list for a row that is not a record. Fields do not depend on
    /// each other and converting them was the largest part of reading a large Anki package, so a large file
    /// is converted in one slice per core; each row's result lands in its own place, whatever the order.
    private static func plainFields(_ rows: [DelimitedRecords.Row], columns: [Int], html: Bool) -> [[String]] {
        @Sendable func convert(_ row: DelimitedRecords.Row) -> [String] {
            guard case .record(let record) = row else { return [] }
            var plain = [String](repeating: "", count: record.fields.count)
            for column in columns where column < record.fields.count {
                plain[column] = plainText(record.fields[column], html: html)
            }
            return plain
        }
        return rows.concurrentMap(convert)
    }

    private mutating func notetypeKind(_ written: String) -> (cloze: Bool, reversed: Bool, optionalReverse: Bool) {
        if let known = notetypeKinds[written] { return known }
        let name = written.trimmed.lowercased()
        let kind = (name.contains("cloze"), name.contains("and reversed"), name.contains("optional reversed"))
        notetypeKinds[written] = kind
        return kind
    }

    /// The field count most rows share; rows with another count are the bad ones.
    private static func commonFieldCount(_ rows: [DelimitedRecords.Row]) -> Int {
        var counts: [Int: Int] = [:]
        var best = 0
        for case .record(let record) in rows {
            let count = record.fields.count
            counts[count, default: 0] += 1
            if best == 0 || counts[count, default: 0] > counts[best, default: 0] { best = count }
        }
        return best
    }

    /// With no `#html:` line, fields are HTML when they carry what Anki's editor writes (line breaks, closed
    /// tags, escaped angle brackets); a lone `<T>` in code is not enough.
    static func looksLikeEditorHTML(_ field: String) -> Bool {
        let lowered = field.lowercased()
        return [
            "<br>", "<br/>", "<br />", "<div>", "</div>", "</p>", "&nbsp;", "</code>", "</b>", "</i>", "</span>", "</pre>",
            "&lt;", "&gt;",
        ].contains { lowered.contains($0) }
    }

    /// The answer, then its extra fields: list items one a line, other fields a paragraph each.
    static func joined(answer: String, extras: [String]) -> String {
        var text = answer
        for extra in extras {
            let inList = extra.hasPrefix("- ") && (text.split(separator: "\n").last?.hasPrefix("- ") ?? false)
            text += text.isEmpty ? extra : (inList ? "\n" : "\n\n") + extra
        }
        return text
    }

    /// Anki's `[sound:file.mp3]` media references, which a terminal cannot play.
    static func withoutSoundTags(_ text: String) -> String {
        // Most fields have no bracket at all, and Foundation's search of every field was a tenth of the reading.
        guard text.utf8.contains(UInt8(ascii: "[")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[sound:"), let close = rest[open.upperBound...].firstIndex(of: "]") {
            result += rest[..<open.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func unique(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.filter { seen.insert($0).inserted }
    }
}
