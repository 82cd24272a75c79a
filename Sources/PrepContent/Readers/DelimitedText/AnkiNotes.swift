import Foundation
import PrepCore

/// A note of an Anki package as the package stores it.
package struct AnkiNote: Sendable {
    /// What the notetype makes of the note, named as Anki's text export names the stock notetypes.
    package enum Kind: String, Sendable {
        case basic = "Basic"
        case reversed = "Basic (and reversed card)"
        case cloze = "Cloze"
    }

    package var guid: String
    package var kind: Kind
    package var tags: [String]
    /// HTML, in the notetype's field order.
    package var fields: [String]

    package init(guid: String, kind: Kind, tags: [String], fields: [String]) {
        self.guid = guid
        self.kind = kind
        self.tags = tags
        self.fields = fields
    }
}

extension ContentParser {
    /// The header of the notes file the notes stand for: tab-separated HTML fields after the GUID, notetype and tags.
    private static let ankiNotesHeader = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#tags column:3"]

    /// Anki notes as cards: the article (cards, keys, lines, language, content hash) and problems that reading them
    /// as a notes file at `path` gives, each note a row of its GUID, notetype, tags and fields, every field quoted;
    /// built from the fields without writing that file and reading it back (splitting its lines, unquoting its
    /// fields). `noteLines` holds the line each note starts on, which its cards carry.
    package func parse(ankiNotes notes: [AnkiNote], path: String) -> (result: ParseResult, noteLines: [Int]) {
        let header = Self.ankiNotesHeader
        let fieldCount = max(2, notes.map(\.fields.count).max() ?? 2)
        var hash = ContentHash.Running()
        for line in header { hash.add(line + "\n") }
        // What the language is read from when the path names none: every character of the file that could be a letter.
        var material = header
        var noteLines: [Int] = []
        noteLines.reserveCapacity(notes.count)
        var frontColumns: [Int] = []
        frontColumns.reserveCapacity(notes.count)
        var line = header.count + 1
        for note in notes {
            let leading = [note.guid, note.kind.rawValue, note.tags.joined(separator: " ")]
            let padding = [String](repeating: "", count: fieldCount - note.fields.count)
            var breaks = 0
            for (index, value) in (leading + note.fields + padding).enumerated() {
                hash.add(index == 0 ? "\"" : "\t\"")
                hash.add(value.utf8.contains(0x22) ? value.replacingOccurrences(of: "\"", with: "\"\"") : value)
                hash.add("\"")
                breaks += value.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                if !value.isEmpty { material.append(value) }
            }
            hash.add("\n")
            noteLines.append(line)
            frontColumns.append(Self.column(after: leading, from: 1))
            line += 1 + breaks
        }

        var identity = ArticleIdentity(path: path, lines: material)
        if let topic = topic ?? DeclaredTopic.of(header, format: .delimited) { identity.topic = topic }
        let plain = notes.concurrentMap { note in
            (fields: note.fields.map { DelimitedTextReader.plainText(Self.lineEndsRead($0), html: true) },
             tags: DelimitedTextReader.plainText(Self.lineEndsRead(note.tags.joined(separator: " ")), html: true))
        }
        var cards = NoteCards(builder: CardBuilder(path: path, identity: identity))
        for (index, note) in notes.enumerated() {
            let fields = plain[index].fields
            let front = fields.first ?? "", back = fields.count > 1 ? fields[1] : ""
            let answer = DelimitedTextReader.joined(
                answer: back, extras: fields.dropFirst(2).compactMap { DelimitedTextReader.extra($0, name: "") })
            let frontColumn = frontColumns[index]
            // Only a note without an answer reports where its answer stands, and counting the question's characters
            // for every note would cost more than the rest of its columns.
            let backColumn = answer.isEmpty ? Self.column(after: [note.fields.first ?? ""], from: frontColumn) : 0
            cards.add(NoteCards.Note(
                front: front, answer: answer, guid: Self.lineEndsRead(note.guid).trimmed, cloze: note.kind == .cloze,
                reversed: note.kind == .reversed,
                tags: DelimitedTextReader.unique(plain[index].tags.split(whereSeparator: \.isWhitespace).map(String.init)),
                line: noteLines[index], frontColumn: frontColumn, backColumn: backColumn))
        }
        let article = ParsedArticle(
            path: path, format: .delimited, topic: identity.topic, slug: identity.slug, lang: identity.lang,
            title: identity.slug, headings: [], tables: [], qa: cards.qa, codeBlocks: [], cards: cards.builder.cards,
            contentHash: hash.hex)
        return (ParseResult(article: article, diagnostics: Self.ordered(cards.builder.diagnostics)), noteLines)
    }

    /// A field as reading its file gives it back: a CRLF line end inside it becomes a line feed.
    private static func lineEndsRead(_ field: String) -> String {
        guard field.utf8.contains(0x0D) else { return field }
        return field.replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// Where the next field of a row starts when `values` come before it from `column`, each written in quotes
    /// (its own quotes doubled) and followed by a tab: one more than the characters of its line before it.
    private static func column(after values: [String], from column: Int) -> Int {
        var column = column
        for value in values {
            let bytes = value.utf8
            var tail = value[...]
            if let lastBreak = bytes.lastIndex(of: 0x0A) {
                // The field goes on over lines: its opening quote is on an earlier one.
                tail = value[bytes.index(after: lastBreak)...]
                column = 1
            } else {
                column += 1
            }
            let quotes = tail.utf8.reduce(0) { $1 == 0x22 ? $0 + 1 : $0 }
            column += (tail.utf8.allSatisfy { $0 < 0x80 } ? tail.utf8.count : tail.count) + quotes + 2
        }
        return column
    }
}
