import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepExchange

/// Older collections of Anki's scheduler v1, whose learning steps had three buttons: a package built here
/// (prep's own writer, its `conf` then rewritten as an older Anki left it) with one card learnt and reviewed.
struct AnkiSchedulerVersionTests {
    /// Learning 2 and 3, relearning 3, then a review 2 (Hard in every version).
    static let eases = [(ease: 2, type: 0), (ease: 3, type: 0), (ease: 2, type: 1), (ease: 3, type: 2)]

    static func package(configuration: String) throws -> Data {
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        let first = Int64(start.timeIntervalSince1970 * 1000)
        let deckID: Int64 = 1_750_000_000_100
        let note = AnkiCollection.Note(
            id: first, guid: "older-collection", notetype: .basic, fields: ["Which port does SSH listen on?", "22"],
            sortField: "Which port does SSH listen on?", tags: [], deckID: deckID, cardID: first,
            schedule: AnkiCardSchedule(
                type: AnkiCardSchedule.Code.review, queue: AnkiCardSchedule.Code.review, due: 9, interval: 4, factor: 2500,
                left: 0, data: ""),
            reps: eases.count, lapses: 1)
        let revlog = eases.enumerated().map { index, entry in
            AnkiCollection.RevlogEntry(
                id: first + Int64(index) * 86_400_000, cardID: first, ease: entry.ease, interval: 1, lastInterval: 0, factor: 2500,
                milliseconds: 3000, type: entry.type)
        }
        let collection = AnkiCollection(
            start: start, modified: start, decks: [(deckID, "Networking")], notes: [note], revlog: revlog,
            parameters: .default, limits: .default)
        let database = try SQLiteDatabase.deserialized([UInt8](try AnkiCollectionWriter.data(collection)))
        try database.execute("UPDATE col SET conf = ?", [configuration])
        return try StoredZipArchive(entries: [
            .init(name: "collection.anki2", data: try database.serialized()),
            .init(name: "media", data: Data("{}".utf8)),
        ]).data()
    }

    /// Anki 2.0 wrote no `schedVer`; Anki 2.1 wrote 1 for v1. Either way learning's 2 and 3 are Good and Easy.
    @Test(arguments: ["{}", "{\"schedVer\": 1}"])
    func version1LearningAnswersAreGoodAndEasy(configuration: String) throws {
        let package = try AnkiPackageReader(data: try Self.package(configuration: configuration))
        #expect(package.revlog.map(\.ease) == [3, 4, 2, 4])

        let store = try Store.openInMemory()
        let summary = try AnkiPackageImportTests.importer(store).importPackage(
            package, path: "older.apkg", now: Date(timeIntervalSince1970: 1_750_000_000 + 10 * 86_400))
        #expect(summary.reviewsAdded == 4)
        #expect(try store.allReviews().sorted { $0.reviewedAt < $1.reviewedAt }.map(\.rating) == [3, 4, 2, 4])
    }

    @Test func version2AnswersStayAsWritten() throws {
        let package = try AnkiPackageReader(data: try Self.package(configuration: "{\"schedVer\": 2}"))
        #expect(package.revlog.map(\.ease) == Self.eases.map(\.ease))
    }
}
