import Foundation
import PrepStore

/// An Anki package (`.apkg`) or collection package (`.colpkg`) as rows: decks, notetypes, notes, cards and
/// the review log, and the names of its media files. Reads the legacy layout (`collection.anki2` or
/// `.anki21`, schema 11, JSON in `col`) and the current one (`collection.anki21b`, zstd, schema 18, with
/// `decks` and `notetypes` tables and a zstd protobuf media list). The package is only read.
package struct AnkiPackageReader {
    package struct Notetype: Sendable {
        package var name: String
        package var isCloze: Bool
    }

    package struct Note: Sendable {
        package var id: Int64
        package var guid: String
        package var notetypeID: Int64
        /// HTML, in the notetype's field order.
        package var fields: [String]
        package var tags: [String]
    }

    package struct Card: Sendable {
        package var id: Int64
        package var noteID: Int64
        package var deckID: Int64
        package var ordinal: Int
        package var type: Int
        package var queue: Int
        package var due: Int64
        package var interval: Int
        package var factor: Int
        package var reps: Int
        package var lapses: Int
        package var left: Int
        package var originalDue: Int64
        package var originalDeckID: Int64
        /// JSON: FSRS memory state (`s`, `d`, `lrt`) when Anki has one.
        package var data: String
    }

    /// The same row the exporter writes.
    package typealias RevlogEntry = AnkiCollection.RevlogEntry

    package enum Failure: Error, Equatable {
        case zip(ZipReader.Failure)
        case zstd(Zstd.Failure)
        /// No `collection.anki2`, `.anki21` or `.anki21b` entry.
        case noCollection
        /// The collection is not a database Anki wrote; carries SQLite's refusal, which screens word.
        case notACollection(SQLiteError)
    }

    /// The entry the collection was read from.
    package var collectionName: String
    /// `crt`: the collection's first day start, seconds; review due days count from it.
    package var collectionStart: Int64
    package var decks: [Int64: String]
    package var notetypes: [Int64: Notetype]
    package var notes: [Note]
    package var cards: [Card]
    /// Oldest first, eases counted as schedulers v2 and v3 count them (see `fromVersion1`).
    package var revlog: [RevlogEntry]
    package var mediaNames: [String]

    package init(data: Data) throws(Failure) {
        let zip: ZipReader
        do { zip = try ZipReader(data) } catch { throw .zip(error) }
        // Anki ≥ 2.1.50 writes a legacy `collection.anki2` beside the real `.anki21b`, holding only a note that
        // asks to update Anki: the newest layout present is the one to read.
        guard let entry = ["collection.anki21b", "collection.anki21", "collection.anki2"].lazy.compactMap(zip.entry(named:)).first
        else { throw .noCollection }
        collectionName = entry.name
        let current = entry.name.hasSuffix("b")
        var bytes: [UInt8]
        do { bytes = try zip.data(of: entry) } catch { throw .zip(error) }
        if current {
            do { bytes = try Zstd.decompress(bytes) } catch { throw .zstd(error) }
        }
        do {
            let database = try SQLiteDatabase.deserialized(bytes)
            collectionStart = try database.scalar("SELECT crt FROM col", as: Int64.self) ?? 0
            var version1 = false
            let modern = try database.scalar(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'notetypes'", as: Int.self) == 1
            if modern {
                decks = Dictionary(try database.rows("SELECT id, name FROM decks") {
                    // Schema 18 separates deck levels with 0x1F where the JSON had `::`.
                    (try $0.column(0, as: Int64.self), try $0.column(1, as: String.self).replacingOccurrences(of: "\u{1F}", with: "::"))
                }, uniquingKeysWith: { first, _ in first })
                notetypes = Dictionary(try database.rows("SELECT id, name, config FROM notetypes") {
                    let config = try $0.column(2, as: [UInt8].self)
                    // NotetypeConfig field 1 is the kind: 1 is cloze.
                    return (try $0.column(0, as: Int64.self), Notetype(
                        name: try $0.column(1, as: String.self), isCloze: Protobuf.varint(field: 1, in: config) == 1))
                }, uniquingKeysWith: { first, _ in first })
                // The current layout keeps the version as a JSON value; only one that says 1 is read as v1.
                version1 = (try? database.firstRow("SELECT val FROM config WHERE key = 'schedVer'") {
                    try $0.column(0, as: [UInt8].self)
                }) == Array("1".utf8)
            } else {
                let (decksJSON, modelsJSON, configuration) = try database.firstRow("SELECT decks, models, conf FROM col") {
                    (try $0.column(0, as: String.self), try $0.column(1, as: String.self), try $0.column(2, as: String.self))
                } ?? ("{}", "{}", "{}")
                // Anki reads a collection with no `schedVer` as one of scheduler v1 (Anki 2.0 never wrote it).
                let settings = (try? JSONSerialization.jsonObject(with: Data(configuration.utf8))) as? [String: Any]
                version1 = ((settings?["schedVer"] as? Int) ?? 1) == 1
                decks = Self.legacyObjects(decksJSON).mapValues { $0["name"] as? String ?? "" }
                notetypes = Self.legacyObjects(modelsJSON).mapValues {
                    Notetype(name: $0["name"] as? String ?? "", isCloze: ($0["type"] as? Int) == 1)
                }
            }
            notes = try database.rows("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id") {
                Note(
                    id: try $0.column(0), guid: try $0.column(1), notetypeID: try $0.column(2),
                    fields: Self.fields(try $0.column(4, as: [UInt8].self)),
                    tags: try $0.column(3, as: String.self).split(whereSeparator: \.isWhitespace).map(String.init))
            }
            cards = try database.rows(
                """
                SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data
                FROM cards ORDER BY nid, ord
                """
            ) {
                Card(
                    id: try $0.column(0), noteID: try $0.column(1), deckID: try $0.column(2), ordinal: try $0.column(3),
                    type: try $0.column(4), queue: try $0.column(5), due: try $0.column(6), interval: try $0.column(7),
                    factor: try $0.column(8), reps: try $0.column(9), lapses: try $0.column(10), left: try $0.column(11),
                    originalDue: try $0.column(12), originalDeckID: try $0.column(13), data: try $0.column(14))
            }
            revlog = try database.rows("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id") {
                RevlogEntry(
                    id: try $0.column(0), cardID: try $0.column(1), ease: try $0.column(2), interval: try $0.column(3),
                    lastInterval: try $0.column(4), factor: try $0.column(5), milliseconds: try $0.column(6), type: try $0.column(7))
            }
            if version1 { revlog = revlog.map(Self.fromVersion1) }
        } catch let error as SQLiteError {
            throw .notACollection(error)
        } catch {
            // Only SQLite throws above; the compiler cannot tell, so anything else reads as SQLite's generic error (1).
            throw .notACollection(SQLiteError(extendedCode: 1, message: String(describing: error)))
        }
        mediaNames = Self.mediaNames(zip, current: current)
    }

    /// Scheduler v1 offered three buttons while learning and relearning (Again, Good, Easy): their 2 and 3 are
    /// Good and Easy, as Anki's own move to v2 renumbers them (`ease + 1` where the type is 0 or 2).
    static func fromVersion1(_ entry: RevlogEntry) -> RevlogEntry {
        guard entry.type == 0 || entry.type == 2, entry.ease == 2 || entry.ease == 3 else { return entry }
        var moved = entry
        moved.ease += 1
        return moved
    }

    /// A note's `flds`, split at Anki's 0x1F by byte: the same fields as splitting the text (0x1F is a control
    /// character, a grapheme of its own), without walking it a character at a time.
    static func fields(_ bytes: [UInt8]) -> [String] {
        bytes.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `{"<id>": {...}}` as it sits in the legacy `col` row.
    private static func legacyObjects(_ json: String) -> [Int64: [String: Any]] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any] else { return [:] }
        var result: [Int64: [String: Any]] = [:]
        for (key, value) in object {
            if let id = Int64(key), let fields = value as? [String: Any] { result[id] = fields }
        }
        return result
    }

    /// The file names the `media` entry lists: a JSON object (legacy) or zstd protobuf `MediaEntries`
    /// (field 1, each entry's name in its field 1). A list that cannot be read lists nothing: media are skipped anyway.
    private static func mediaNames(_ zip: ZipReader, current: Bool) -> [String] {
        guard let entry = zip.entry(named: "media"), let bytes = try? zip.data(of: entry) else { return [] }
        if current {
            guard let plain = try? Zstd.decompress(bytes) else { return [] }
            return Protobuf.messages(field: 1, in: plain).compactMap { Protobuf.string(field: 1, in: $0) }.sorted()
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: String] else { return [] }
        return object.values.sorted()
    }
}

/// The little of the protobuf wire format the package needs: top-level varint, string and message fields.
enum Protobuf {
    /// Each field of a message with its wire type; a varint's value is in `number`, a length-delimited one's
    /// bytes in `payload`.
    private static func fields(_ bytes: [UInt8]) -> [(field: Int, wire: UInt64, number: UInt64, payload: ArraySlice<UInt8>)] {
        var result: [(Int, UInt64, UInt64, ArraySlice<UInt8>)] = []
        var index = 0
        func varint() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count, shift < 64 {
                let byte = bytes[index]
                index += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
            return nil
        }
        while index < bytes.count, let key = varint() {
            let field = Int(key >> 3)
            switch key & 7 {
            case 0:
                guard let value = varint() else { return result }
                result.append((field, 0, value, []))
            case 1: index += 8
            case 5: index += 4
            case 2:
                guard let length = varint(), index + Int(length) <= bytes.count else { return result }
                result.append((field, 2, length, bytes[index..<index + Int(length)]))
                index += Int(length)
            default: return result
            }
        }
        return result
    }

    static func varint(field: Int, in bytes: [UInt8]) -> UInt64? {
        fields(bytes).last { $0.field == field && $0.wire == 0 }?.number
    }

    static func messages(field: Int, in bytes: [UInt8]) -> [[UInt8]] {
        fields(bytes).filter { $0.field == field && $0.wire == 2 }.map { Array($0.payload) }
    }

    static func string(field: Int, in bytes: [UInt8]) -> String? {
        fields(bytes).first { $0.field == field && $0.wire == 2 }.map { String(decoding: $0.payload, as: UTF8.self) }
    }
}
