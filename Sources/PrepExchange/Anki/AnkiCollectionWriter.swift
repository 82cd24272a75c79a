import Foundation
import PrepStore

/// Writes an `AnkiCollection` as the schema-11 SQLite file (`collection.anki2`) that Anki's package
/// importer opens: all five tables, `graves` included, since the importer upgrades the file as a whole
/// collection before it reads it.
package enum AnkiCollectionWriter {
    /// No indexes: the importer upgrades the file to its current schema, which builds Anki's own.
    static let schema = """
        CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
          ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
          models text not null, decks text not null, dconf text not null, tags text not null);
        CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
          usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
          flags integer not null, data text not null);
        CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
          mod integer not null, usn integer not null, type integer not null, queue integer not null,
          due integer not null, ivl integer not null, factor integer not null, reps integer not null,
          lapses integer not null, left integer not null, odue integer not null, odid integer not null,
          flags integer not null, data text not null);
        CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
          ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
          type integer not null);
        CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
        """

    /// The file's bytes, built in memory: the package zips them, so a scratch file would only be written,
    /// read back and deleted.
    package static func data(_ collection: AnkiCollection) throws -> Data {
        let database = try SQLiteDatabase.inMemory()
        // Nothing to roll back to: the database is thrown away if building it fails.
        try database.execute("PRAGMA journal_mode = OFF")
        try database.execute(schema)
        try database.transaction {
            let millisecondsNow = Int64(collection.modified.timeIntervalSince1970 * 1000)
            let secondsNow = millisecondsNow / 1000
            try database.execute(
                "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')",
                [
                    Int64(collection.start.timeIntervalSince1970), millisecondsNow, millisecondsNow,
                    try collection.configurationJSON(), try collection.notetypesJSON(), try collection.decksJSON(),
                    try collection.presetsJSON(),
                ]
            )
            let insertNote = try database.makeStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')")
            let insertCard = try database.makeStatement(
                "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)"
            )
            // Tags and fields are joined in one reused buffer and bound as bytes, never as a joined `String`.
            var text: [UInt8] = []
            for note in collection.notes {
                try insertNote.run { row in
                    try row.bind(note.id, at: 1)
                    try row.bind(note.guid, at: 2)
                    try row.bind(note.notetype.rawValue, at: 3)
                    try row.bind(secondsNow, at: 4)
                    // Anki separates tags with spaces and pads the list with one on each side.
                    text.removeAll(keepingCapacity: true)
                    for tag in note.tags {
                        text.append(0x20)
                        text.append(contentsOf: tag.utf8)
                    }
                    if !note.tags.isEmpty { text.append(0x20) }
                    try text.withUnsafeBytes { try row.bind(text: $0, at: 5) }
                    text.removeAll(keepingCapacity: true)
                    for (index, field) in note.fields.enumerated() {
                        if index > 0 { text.append(0x1F) }
                        text.append(contentsOf: field.utf8)
                    }
                    try text.withUnsafeBytes { try row.bind(text: $0, at: 6) }
                    try row.bind(note.sortField, at: 7)
                }
                let schedule = note.schedule
                try insertCard.run { row in
                    try row.bind(note.cardID, at: 1)
                    try row.bind(note.id, at: 2)
                    try row.bind(note.deckID, at: 3)
                    try row.bind(secondsNow, at: 4)
                    try row.bind(schedule.type, at: 5)
                    try row.bind(schedule.queue, at: 6)
                    try row.bind(schedule.due, at: 7)
                    try row.bind(schedule.interval, at: 8)
                    try row.bind(schedule.factor, at: 9)
                    try row.bind(note.reps, at: 10)
                    try row.bind(note.lapses, at: 11)
                    try row.bind(schedule.left, at: 12)
                    try row.bind(schedule.data, at: 13)
                }
            }
            let insertReview = try database.makeStatement("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")
            for entry in collection.revlog {
                try insertReview.run { row in
                    try row.bind(entry.id, at: 1)
                    try row.bind(entry.cardID, at: 2)
                    try row.bind(entry.ease, at: 3)
                    try row.bind(entry.interval, at: 4)
                    try row.bind(entry.lastInterval, at: 5)
                    try row.bind(entry.factor, at: 6)
                    try row.bind(entry.milliseconds, at: 7)
                    try row.bind(entry.type, at: 8)
                }
            }
        }
        return try database.serialized()
    }
}
