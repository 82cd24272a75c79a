import Foundation
import PrepScheduling
import PrepStore

extension AnkiPackageBenchmarks {
    /// Time to read an .apkg of `cardCount` review cards and `reviewCount` revlog rows (spread evenly, three
    /// days apart) and import it into an empty in-memory store; building the package is not timed.
    package static func importPackage(cardCount: Int, reviewCount: Int) throws -> Duration {
        let start = Date(timeIntervalSince1970: 1_750_000_000)
        let startMilliseconds = Int64(start.timeIntervalSince1970 * 1000)
        let deckID: Int64 = 1_750_000_000_100
        let perCard = max(1, reviewCount / max(1, cardCount))
        let notes = (0..<cardCount).map { index in
            AnkiCollection.Note(
                id: startMilliseconds + Int64(index), guid: "bench\(index)", notetype: .basic,
                fields: ["Question \(index) about <b>servers</b> &amp; workers", "Answer \(index)<br>second line"],
                sortField: "Question \(index)", tags: ["bench"], deckID: deckID, cardID: startMilliseconds + Int64(index),
                schedule: AnkiCardSchedule(
                    type: AnkiCardSchedule.Code.review, queue: AnkiCardSchedule.Code.review, due: Int64(perCard * 3 + 5),
                    interval: 5, factor: 2500, left: 0, data: ""),
                reps: perCard, lapses: 0)
        }
        var revlog: [AnkiCollection.RevlogEntry] = []
        revlog.reserveCapacity(reviewCount)
        for index in 0..<reviewCount {
            let card = index % max(1, cardCount), round = index / max(1, cardCount)
            revlog.append(AnkiCollection.RevlogEntry(
                id: startMilliseconds + Int64(round) * 3 * 86_400_000 + Int64(card) * 10, cardID: startMilliseconds + Int64(card),
                ease: round % 5 == 3 ? 2 : 3, interval: 3, lastInterval: 0, factor: 2500, milliseconds: 4000, type: round == 0 ? 0 : 1))
        }
        revlog.sort { $0.id < $1.id }
        let collection = AnkiCollection(
            start: start, modified: start, decks: [(deckID, "Bench::Cards")], notes: notes, revlog: revlog,
            parameters: .default, limits: .default)
        let package = try StoredZipArchive(entries: [
            .init(name: "collection.anki2", data: try AnkiCollectionWriter.data(collection)),
            .init(name: "media", data: Data("{}".utf8)),
        ]).data()

        let store = try Store.openInMemory()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let importer = AnkiPackageImporter(store: store, scheduler: Scheduler(.default), calendar: calendar)
        var summary = AnkiPackageImporter.Summary()
        let elapsed = try ContinuousClock().measure {
            let reader = try AnkiPackageReader(data: package)
            summary = try importer.importPackage(reader, path: "bench.apkg", now: start.addingTimeInterval(Double(perCard) * 3 * 86_400))
        }
        precondition(summary.cards == cardCount && summary.reviewsAdded == reviewCount, "the import left cards or reviews out")
        return elapsed
    }
}
