import Foundation
import PrepContent
import PrepCore
import PrepScheduling
import PrepStore
import Testing
@testable import PrepExchange
import PrepStudy

/// Anki packages into a store: packages Anki itself made (Tests/peers/anki_package_import.sh wrote the
/// fixtures and Anki's FSRS memory state beside them), and prep's own package coming back.
struct AnkiPackageImportTests {
    struct Expected: Decodable {
        var crt: Int64
        var cards: Int
        var revlog: Int
        var grades: Int
        /// Anki card id → Anki's S and D, computed by Anki from the same history.
        var memory: [String: [Double]]
    }

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/AnkiPackages"))
        return try Data(contentsOf: url)
    }

    static func importer(_ store: Store) -> AnkiPackageImporter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return AnkiPackageImporter(store: store, scheduler: Scheduler(.default), calendar: calendar)
    }

    /// Every card, grade and not-grade of the package arrives; S and D replayed from the history agree with
    /// Anki's within 1e-5; a second import adds and changes nothing.
    func checkAnkiMadePackage(_ name: String) throws {
        let expected = try JSONDecoder().decode(Expected.self, from: try Self.fixture("peer-expected.json"))
        let package = try AnkiPackageReader(data: try Self.fixture(name))
        #expect(package.mediaNames == ["peer-sketch.txt"])
        let store = try Store.openInMemory()
        let now = Date(timeIntervalSince1970: Double(expected.crt + 60 * 86_400 + 6 * 3600))
        let summary = try Self.importer(store).importPackage(package, path: name, now: now)
        #expect(summary.cards == expected.cards)
        #expect(summary.cardsAdded == expected.cards)
        #expect(summary.cardsLeftOut == 0)
        #expect(summary.reviewsAdded == expected.grades)
        #expect(summary.notGrades == expected.revlog - expected.grades)
        #expect(summary.topics == ["peer-cloze", "verbs"])
        #expect(try store.cardKeys().count == expected.cards)

        var keys: [String: String] = [:]
        for review in try store.allReviews() {
            #expect(review.mode == "anki")
            keys[String(review.id.split(separator: "-").last!)] = review.cardKey
        }
        var worst = 0.0
        for (cardID, memory) in expected.memory {
            let key = try #require(keys[cardID])
            let state = try #require(try store.state(for: key))
            let stability = try #require(state.stability), difficulty = try #require(state.difficulty)
            worst = max(worst, abs(stability - memory[0]) / memory[0], abs(difficulty - memory[1]) / memory[1])
        }
        #expect(worst < 1e-5, "largest relative difference from Anki's S and D: \(worst)")
        #expect(try store.states().contains { $0.suspended })
        #expect(try store.states().contains { $0.buriedUntil != nil })
        #expect(Set(try store.states().map(\.state)) == [1, 2, 3])

        let again = try Self.importer(store).importPackage(package, path: name, now: now)
        #expect(again.reviewsAdded == 0)
        #expect(again.reviewsAlreadyHere == expected.grades)
        #expect(again.statesWritten == 0)
        #expect(try store.allReviews().count == expected.grades)
    }

    @Test func legacyPackageWithDeflate() throws {
        try checkAnkiMadePackage("peer-legacy.apkg")
    }

    @Test(.enabled(if: Zstd.isAvailable, "libzstd.so.1 is not installed, and this package is zstd-compressed"))
    func currentPackageWithZstd() throws {
        try checkAnkiMadePackage("peer-current.apkg")
    }

    /// prep's own .apkg comes back to the same cards with no review twice and no state changed.
    @Test func prepsOwnPackageAddsNothing() throws {
        let store = try Store.openInMemory()
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        let path = "content/net/basics.en.md"
        let drafts = [
            CardDraft(key: "net/basics/q-port", kind: .qa, front: "What is a port?", back: "A number", source: SourceLocation(path: path, line: 1)),
            CardDraft(key: "net/basics/q-dns", kind: .qa, front: "Which port does DNS use?", back: "53", source: SourceLocation(path: path, line: 2)),
            CardDraft(
                key: "net/basics/cloze-tcp/c1", kind: .cloze, front: "TCP is […] and ordered", back: "TCP is reliable and ordered",
                source: SourceLocation(path: path, line: 3), siblingGroup: "net/basics/cloze-tcp",
                cloze: ClozeParts(shown: ["TCP is ", " and ordered"], blanks: [.init(answer: "reliable")])),
        ]
        _ = try store.importArticle(
            ParsedArticle(
                path: path, format: .markdown, topic: "net", slug: "basics", lang: "en", title: "Net", headings: [], tables: [],
                qa: [], codeBlocks: [], cards: drafts, contentHash: "h"),
            now: start)
        let scheduler = Scheduler(.default)
        var reviewCount = 0
        for (index, draft) in drafts.enumerated() {
            var state = StoredCardState.fresh(key: draft.key, now: start)
            for (step, rating) in [Rating.good, .good, .again, .good].prefix(index + 2).enumerated() {
                // Two cards graded in one millisecond: the export moves one up by a millisecond.
                let at = start.addingTimeInterval(Double(step) * 2 * 86_400)
                state = GradeRecorder.apply(rating, to: state, at: at, scheduler: scheduler).state
                try store.appendReview(StoredReview(
                    id: "r\(index)-\(step)", cardKey: draft.key, rating: rating.rawValue, reviewedAt: at, durationMs: 3000, mode: "review"))
                reviewCount += 1
            }
            try store.saveState(state)
        }
        let statesBefore = try store.states()
        let now = start.addingTimeInterval(10 * 86_400)
        let data = try AnkiPackageExporter(store: store, language: .en).package(now: now).data
        let summary = try Self.importer(store).importPackage(try AnkiPackageReader(data: data), path: "prep.apkg", now: now)
        #expect(summary.cards == 3)
        #expect(summary.reviewsAdded == 0)
        #expect(summary.reviewsAlreadyHere == reviewCount)
        #expect(try store.allReviews().count == reviewCount)
        #expect(try store.cardKeys().sorted() == drafts.map(\.key).sorted())
        #expect(try store.states() == statesBefore)
    }

    @Test func notAPackageSaysSo() {
        #expect(throws: AnkiPackageReader.Failure.zip(.notZip)) { try AnkiPackageReader(data: Data("hello".utf8)) }
        let empty = try? StoredZipArchive(entries: [.init(name: "media", data: Data("{}".utf8))]).data()
        #expect(throws: AnkiPackageReader.Failure.noCollection) { try AnkiPackageReader(data: empty ?? Data()) }
    }

    /// Revlog entries as Anki's FSRS reads them.
    @Test func revlogKinds() {
        func entry(ease: Int, type: Int, interval: Int = 1, factor: Int = 2500) -> AnkiPackageReader.RevlogEntry {
            AnkiPackageReader.RevlogEntry(id: 1, cardID: 1, ease: ease, interval: interval, lastInterval: 0, factor: factor, milliseconds: 0, type: type)
        }
        #expect(AnkiPackageImporter.kind(of: entry(ease: 3, type: 0)) == .grade)
        #expect(AnkiPackageImporter.kind(of: entry(ease: 1, type: 2)) == .grade)
        #expect(AnkiPackageImporter.kind(of: entry(ease: 3, type: 3)) == .grade)  // cramming that reschedules
        #expect(AnkiPackageImporter.kind(of: entry(ease: 3, type: 3, factor: 0)) == .notGrade)
        #expect(AnkiPackageImporter.kind(of: entry(ease: 0, type: 4, interval: 5)) == .notGrade)  // set due date
        #expect(AnkiPackageImporter.kind(of: entry(ease: 0, type: 4, interval: 0, factor: 0)) == .reset)
        #expect(AnkiPackageImporter.kind(of: entry(ease: 3, type: 5)) == .notGrade)
    }

    /// A card's row as Anki keeps it: review due days count from `crt`, intraday learning is due at a moment, a
    /// card in a filtered deck is due where it came from, and a buried card waits for the next study day.
    @Test func cardStatesAsAnkiHasThem() throws {
        let crt: Int64 = 1_780_000_000 - 1_780_000_000 % 86_400 + 4 * 3600
        let tomorrow = Date(timeIntervalSince1970: Double(crt + 86_400))
        func card(type: Int, queue: Int, due: Int64, left: Int = 0, originalDue: Int64 = 0, originalDeck: Int64 = 0) -> AnkiPackageReader.Card {
            AnkiPackageReader.Card(
                id: 1, noteID: 1, deckID: 2, ordinal: 0, type: type, queue: queue, due: due, interval: 3, factor: 2500, reps: 4,
                lapses: 1, left: left, originalDue: originalDue, originalDeckID: originalDeck, data: "{\"s\":3.5,\"d\":6.25,\"lrt\":\(crt)}")
        }
        func state(_ card: AnkiPackageReader.Card) -> StoredCardState? {
            AnkiPackageImporter.state(
                of: card, key: "k", replayed: nil, collectionStart: crt, leech: false, buriedUntil: tomorrow, parameters: .default)
        }
        let review = try #require(state(card(type: 2, queue: 2, due: 12)))
        #expect(review.state == 2 && review.step == nil)
        #expect(review.due == Date(timeIntervalSince1970: Double(crt + 12 * 86_400)))
        #expect(review.stability == 3.5 && review.difficulty == 6.25 && review.reps == 4 && review.lapses == 1)
        let filtered = try #require(state(card(type: 2, queue: 2, due: -100_000, originalDue: 9, originalDeck: 5)))
        #expect(filtered.due == Date(timeIntervalSince1970: Double(crt + 9 * 86_400)))
        let learning = try #require(state(card(type: 1, queue: 1, due: crt + 600, left: 1)))
        #expect(learning.state == 1 && learning.step == 1)
        #expect(learning.due == Date(timeIntervalSince1970: Double(crt + 600)))
        let buried = try #require(state(card(type: 3, queue: -2, due: 3, left: 1)))
        #expect(buried.state == 3 && buried.buriedUntil == tomorrow && !buried.suspended)
        #expect(state(card(type: 0, queue: 0, due: 7)) == nil)
        #expect(state(card(type: 0, queue: -1, due: 7))?.suspended == true)
    }
}
