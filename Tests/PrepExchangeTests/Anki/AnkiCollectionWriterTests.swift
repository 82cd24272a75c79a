import Foundation
import PrepCore
import PrepScheduling
import PrepStore
import PrepTestSupport
import Testing
@testable import PrepExchange

struct AnkiCollectionWriterTests {
    static let columns: [String: [String]] = [
        "col": ["id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"],
        "notes": ["id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"],
        "cards": [
            "id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left",
            "odue", "odid", "flags", "data",
        ],
        "revlog": ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"],
        "graves": ["usn", "oid", "type"],
    ]

    @Test func writesTheSchema11TablesWithTheScheduleAndLog() throws {
        let store = try ProgressFixtures.store()
        let key = ProgressFixtures.keys[0]
        try ProgressFixtures.grade(store, key, [(.good, 0), (.good, 0.01), (.good, 3)], prefix: "r")
        let now = ProgressFixtures.start.addingTimeInterval(4 * 86_400)
        let collection = try AnkiPackageExporter(store: store, language: .en).collection(now: now)
        let directory = try TemporaryDirectory()
        let path = directory.path("collection.anki2")
        try AnkiCollectionWriter.data(collection).write(to: URL(fileURLWithPath: path))

        let database = try SQLiteDatabase(path: path, mode: .readOnly)
        for (table, expected) in Self.columns {
            let names = try database.rows("SELECT name FROM pragma_table_info(?)", [table]) { try $0.column(0, as: String.self) }
            #expect(names == expected, "\(table)")
        }
        #expect(try database.scalar("SELECT ver FROM col", as: Int.self) == 11)
        #expect(try database.scalar("SELECT count(*) FROM notes", as: Int.self) == 3)
        #expect(try database.scalar("SELECT guid FROM notes ORDER BY id LIMIT 1", as: String.self) == key)
        #expect(try database.scalar("SELECT flds FROM notes ORDER BY id LIMIT 1", as: String.self) == "Question 0\u{1F}Answer 0")
        #expect(try database.scalar("SELECT tags FROM notes ORDER BY id LIMIT 1", as: String.self) == " django ")
        #expect(try database.scalar("SELECT count(*) FROM revlog", as: Int.self) == 3)
        let eases = try database.rows("SELECT ease, type FROM revlog ORDER BY id") { [try $0.column(0, as: Int.self), try $0.column(1, as: Int.self)] }
        #expect(eases == [[3, 0], [3, 0], [3, 1]])
        let card = try database.firstRow("SELECT type, queue, due, reps FROM cards ORDER BY id") {
            (try $0.column(0, as: Int.self), try $0.column(1, as: Int.self), try $0.column(2, as: Int.self), try $0.column(3, as: Int.self))
        }
        let state = try #require(try store.state(for: key))
        let dueDay = Int(AnkiCardSchedule.dayNumber(state.due, from: collection.start))
        #expect(card.map { [$0.0, $0.1, $0.2, $0.3] } == [2, 2, dueDay, 3])
        let data = try #require(try database.scalar("SELECT data FROM cards ORDER BY id LIMIT 1", as: String.self))
        let memory = try JSONDecoder().decode([String: Double].self, from: Data(data.utf8))
        #expect(memory["s"] == state.stability && memory["d"] == state.difficulty && memory["dr"] == 0.9)
        #expect(try database.scalar("SELECT data FROM cards ORDER BY id LIMIT 1 OFFSET 1", as: String.self) == "{}")

        let dconf = try #require(try database.scalar("SELECT dconf FROM col", as: String.self))
        let presets = try JSONSerialization.jsonObject(with: Data(dconf.utf8)) as? [String: [String: Any]]
        let preset = try #require(presets?[String(AnkiCollection.presetID)])
        #expect(preset["fsrsParams6"] as? [Double] == SchedulerParameters.defaultWeights)
        #expect(preset["desiredRetention"] as? Double == 0.9)
    }

    @Test func withoutSchedulingEveryCardIsNewAndTheLogIsEmpty() throws {
        let store = try ProgressFixtures.store()
        try ProgressFixtures.grade(store, ProgressFixtures.keys[0], [(.good, 0)], prefix: "r")
        let collection = try AnkiPackageExporter(store: store, language: .en, withScheduling: false)
            .collection(now: ProgressFixtures.start.addingTimeInterval(86_400))
        #expect(collection.revlog.isEmpty)
        #expect(collection.notes.map(\.schedule.type) == [0, 0, 0])
        #expect(collection.notes.map(\.schedule.due) == [1, 2, 3])
    }
}
