import Foundation
import PrepCore

/// Reads notes files for Anki's text importer and plain CSV/TSV: one note a row, question and answer in the
/// first two fields (or the columns the header names), cloze notes as cloze cards.
///
/// A bad row (wrong number of fields, a quote never closed, an empty question) is reported and left out;
/// every other row still becomes a card.
struct DelimitedTextReader: ArticleBodyParser {
    private let lines: [String]
    private(set) var builder: CardBuilder
    private(set) var title: String?
    let headings: [Heading] = []
    let tables: [ComparisonTable] = []
    private(set) var qa: [QAItem] = []
    let codeBlocks: [CodeBlock] = []

    /// What each notetype name asks for, read once per name: a deck has few names and many rows.
    private var notetypeKinds: [String: (cloze: Bool, reversed: Bool, optionalReverse: Bool)] = [:]

    /// Line of the first row with each key, so a repeated GUID or question names where it was first seen.
    private var keyLines: [String: Int] = [:]

    init(lines: [String], builder: CardBuilder) {
        self.lines = lines
        self.builder = builder
    }

    mutating func parse() {
        let header = AnkiTextHeader(lines: lines, path: builder.path)
        header.diagnostics.forEach { builder.report($0) }
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
            builder.report(
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
                builder.report(
                    ContentDiagnostic(
                        .error, at: builder.location(line: line, column: column),
                        .unclosedQuotedField))
            case .record(let record):
                guard record.fields.count == fieldCount else {
                    builder.report(
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
        let front = text(roles.front)
        let frontColumn = record.columns[roles.front]
        guard !front.isEmpty else {
            report(record.line, frontColumn, .rowWithoutQuestion)
            return
        }
        let guid = roles.guid.map { record.fields[$0].trimmed } ?? ""
        let notetype = notetypeKind(roles.notetype.map { record.fields[$0] } ?? header.notetype ?? "")
        // "Basic (and reversed card)" asks both ways; "Basic (optional reversed card)" when its third field,
        // Add Reverse, is filled in.
        let optionalReverse = notetype.optionalReverse ? roles.extras.first : nil
        let reversed = notetype.reversed || !text(optionalReverse).isEmpty
        // An extra column with a name reads `Source: PEP 255` under the answer.
        let extras = roles.extras.filter { $0 != optionalReverse }.compactMap { column -> String? in
            let value = text(column)
            let name = column < names.count ? names[column].trimmed : ""
            // An unnamed column holding only a path (`units/unit-01.md:100`) says where the note came from, not what it teaches.
            guard !value.isEmpty, !(name.isEmpty && ColumnRoles.isBarePath(value)) else { return nil }
            guard name.isEmpty else { return "\(name): \(value)" }
            // Unnamed notes under the answer (an aside, an example) read as a list, not as one run-on answer.
            return value.contains(where: \.isNewline) ? value : "- " + value
        }
        let rowTags = roles.tags.map { text($0).split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
        let tags = Self.unique(header.tags + rowTags)
        /// The GUID's key, else the key prep markdown derives from the same text.
        func key(kind: String) -> String {
            guid.isEmpty
                ? builder.key(builder.anchor(id: nil, kind: kind, sectionPath: [], text: front))
                : builder.key(forGUID: guid)
        }

        // A brace looked for first: Foundation's search of every question was a twentieth of the reading.
        if notetype.cloze || front.utf8.contains(UInt8(ascii: "{")) && front.contains("{{c") {
            guard let cloze = ClozeText(front) else {
                report(
                    record.line, frontColumn, .clozeNoteWithoutDeletion)
                return
            }
            let key = key(kind: "cloze")
            guard claim(key, guid: guid, line: record.line) else { return }
            let extra = Self.joined(answer: text(roles.back), extras: extras)
            builder.addCloze(cloze, extra: extra, key: key, tags: tags, line: record.line, column: frontColumn)
            return
        }
        let answer = Self.joined(answer: text(roles.back), extras: extras)
        guard !answer.isEmpty else {
            report(record.line, roles.back.map { record.columns[$0] } ?? 1, .rowWithoutAnswer)
            return
        }
        let key = key(kind: "qa")
        guard claim(key, guid: guid, line: record.line) else { return }
        qa.append(QAItem(number: nil, question: front, answer: answer, line: record.line))
        // The reverse card is keyed `<key>/reverse`, a sibling of the first so the two are not shown on one day.
        builder.addQuestion(
            front, answer: answer, key: key, tags: tags, siblingGroup: reversed ? key : nil, line: record.line,
            column: frontColumn)
        if reversed {
            builder.addQuestion(
                answer, answer: front, key: key + "/reverse", tags: tags, siblingGroup: key, line: record.line,
                column: frontColumn)
        }
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
                let field = record.fields[column]
                plain[column] = withoutSoundTags(html ? HTMLText.plainText(field) : field).trimmed
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

    /// Records the row's key; a second row with the same GUID or question would share one review history.
    private mutating func claim(_ key: String, guid: String, line: Int) -> Bool {
        if let first = keyLines[key] {
            report(line, 1, guid.isEmpty ? .repeatedRowQuestion(firstLine: first) : .repeatedGUID(guid: guid, firstLine: first))
            return false
        }
        keyLines[key] = line
        return true
    }

    private mutating func report(_ line: Int, _ column: Int, _ problem: ContentDiagnostic.Problem) {
        builder.report(ContentDiagnostic(.error, at: builder.location(line: line, column: column), problem))
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

    private static func unique(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.filter { seen.insert($0).inserted }
    }
}
