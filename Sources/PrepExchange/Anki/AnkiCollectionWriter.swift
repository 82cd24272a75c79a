import Dispatch
import Foundation
import PrepStore

/// Writes an `AnkiCollection` as the schema-11 SQLite file (`collection.anki2`) that Anki's package
/// importer opens: all five tables, `graves` included, since the importer upgrades the file as a whole
/// collection before it reads it.
package enum AnkiCollectionWriter {
    /// No indexes: the importer upgrades the file to its current schema, which builds Anki's own.
    static let tables: [(name: String, sql: String)] = [
        ("col", """
            CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
              ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
              models text not null, decks text not null, dconf text not null, tags text not null)
            """),
        ("notes", """
            CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
              usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
              flags integer not null, data text not null)
            """),
        ("cards", """
            CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
              mod integer not null, usn integer not null, type integer not null, queue integer not null,
              due integer not null, ivl integer not null, factor integer not null, reps integer not null,
              lapses integer not null, left integer not null, odue integer not null, odid integer not null,
              flags integer not null, data text not null)
            """),
        ("revlog", """
            CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
              ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
              type integer not null)
            """),
        ("graves", "CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null)"),
    ]

    /// The file's bytes, written page by page (`SQLiteFileWriter`): the package zips them, so a scratch file
    /// would only be written, read back and deleted.
    package static func data(_ collection: AnkiCollection) throws -> Data {
        var file = try file(collection)
        return file.data()
    }

    /// The file, its tables built: notes, cards and the log each on their own (one per core), since each is
    /// its own B-tree. Notes, cards and the log must come in ascending id (an export numbers its notes and
    /// cards in order, and the log's ids are its strictly increasing review times): the B-trees are built in
    /// that order, and a row out of it is refused.
    /// The `INTEGER PRIMARY KEY` column of each row is NULL in the record, as SQLite stores it: its value is the rowid.
    package static func file(_ collection: AnkiCollection) throws -> SQLiteFileWriter {
        var file = SQLiteFileWriter()
        let millisecondsNow = Int64(collection.modified.timeIntervalSince1970 * 1000)
        let secondsNow = millisecondsNow / 1000

        file.startTable(name: "col", sql: tables[0].sql)
        var row = SQLiteRecord()
        row.appendNull()
        for value in [Int64(collection.start.timeIntervalSince1970), millisecondsNow, millisecondsNow, 11, 0, 0, 0] {
            row.append(value)
        }
        for text in [
            try collection.configurationJSON(), try collection.notetypesJSON(), try collection.decksJSON(),
            try collection.presetsJSON(), "{}",
        ] {
            row.append(text: text)
        }
        try file.appendRow(rowid: 1, row)

        let (notes, revlog) = (collection.notes, collection.revlog)
        let builders: [@Sendable () throws -> SQLiteTableWriter] = [
            { try noteTable(notes, name: "notes", sql: tables[1].sql, bytesPerNote: 160, secondsNow: secondsNow, appendRow: appendNote) },
            { try noteTable(notes, name: "cards", sql: tables[2].sql, bytesPerNote: 120, secondsNow: secondsNow, appendRow: appendCard) },
            { try revlogTable(revlog) },
        ]
        var built = [Result<SQLiteTableWriter, any Error>?](repeating: nil, count: builders.count)
        built.withUnsafeMutableBufferPointer { results in
            nonisolated(unsafe) let results = results
            DispatchQueue.concurrentPerform(iterations: builders.count) { index in
                results[index] = Result {
                    var table = try builders[index]()
                    table.finish()
                    return table
                }
            }
        }
        for table in built { file.append(try table!.get()) }
        file.startTable(name: "graves", sql: tables[4].sql)
        return file
    }

    // Through the buffer, each field read in place: copying a whole note out of the array per row (every
    // string in it retained and released) cost more than writing the row. One row a note, in the notes table or
    // the cards table, as `appendRow` writes it.
    private static func noteTable(
        _ notes: [AnkiCollection.Note], name: String, sql: String, bytesPerNote: Int, secondsNow: Int64,
        appendRow: (UnsafePointer<AnkiCollection.Note>, Int64, inout SQLiteTableWriter, inout SQLiteRecord) throws -> Void
    ) throws -> SQLiteTableWriter {
        var table = SQLiteTableWriter(name: name, sql: sql, expectedBytes: bytesPerNote * notes.count)
        var row = SQLiteRecord()
        try notes.withUnsafeBufferPointer { notes in
            for index in notes.indices {
                try appendRow(notes.baseAddress! + index, secondsNow, &table, &row)
            }
        }
        return table
    }

    private static func revlogTable(_ revlog: [AnkiCollection.RevlogEntry]) throws -> SQLiteTableWriter {
        var table = SQLiteTableWriter(name: "revlog", sql: tables[3].sql, expectedBytes: 40 * revlog.count)
        var row = SQLiteRecord()
        for entry in revlog {
            row.removeAll()
            row.appendNull()
            row.append(entry.cardID)
            row.append(-1)
            row.append(entry.ease)
            row.append(entry.interval)
            row.append(entry.lastInterval)
            row.append(entry.factor)
            row.append(entry.milliseconds)
            row.append(entry.type)
            try table.appendRow(rowid: entry.id, row)
        }
        return table
    }

    private static func appendNote(
        _ note: UnsafePointer<AnkiCollection.Note>, _ secondsNow: Int64, to file: inout SQLiteTableWriter, row: inout SQLiteRecord
    ) throws {
        row.removeAll()
        row.appendNull()
        row.append(text: note.pointee.guid)
        row.append(note.pointee.notetype.rawValue)
        row.append(secondsNow)
        row.append(-1)
        // Anki separates tags with spaces and pads the list with one on each side.
        row.appendText { text in
            for tag in note.pointee.tags {
                text.append(0x20)
                text.append(contentsOf: tag.utf8)
            }
            if !note.pointee.tags.isEmpty { text.append(0x20) }
        }
        row.appendText { text in
            for (index, field) in note.pointee.fields.enumerated() {
                if index > 0 { text.append(0x1F) }
                text.append(contentsOf: field.utf8)
            }
        }
        // Stored as text even when it reads as a number (SQLite would have made that an integer): Anki
        // recomputes the sort field and its checksum on import.
        row.append(text: note.pointee.sortField)
        row.append(0)
        row.append(0)
        row.append(text: "")
        try file.appendRow(rowid: note.pointee.id, row)
    }

    private static func appendCard(
        _ note: UnsafePointer<AnkiCollection.Note>, _ secondsNow: Int64, to file: inout SQLiteTableWriter, row: inout SQLiteRecord
    ) throws {
        let schedule = note.pointee.schedule
        row.removeAll()
        row.appendNull()
        row.append(note.pointee.id)
        row.append(note.pointee.deckID)
        row.append(0)
        row.append(secondsNow)
        row.append(-1)
        row.append(schedule.type)
        row.append(schedule.queue)
        row.append(schedule.due)
        row.append(schedule.interval)
        row.append(schedule.factor)
        row.append(note.pointee.reps)
        row.append(note.pointee.lapses)
        row.append(schedule.left)
        row.append(0)
        row.append(0)
        row.append(0)
        row.append(text: schedule.data)
        try file.appendRow(rowid: note.pointee.cardID, row)
    }
}
