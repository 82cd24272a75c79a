import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepExchange

struct ProgressRestoreTests {
    typealias F = ProgressFixtures

    /// Into an empty database (same content) the second export is byte-for-byte the first.
    @Test func exportRestoreExportIsIdentical() throws {
        let original = try F.store()
        try F.grade(original, F.keys[0], [(.good, 0.00000001), (.good, 1), (.again, 5)], prefix: "a")
        try F.grade(original, F.keys[1], [(.easy, 0.3)], prefix: "b")
        try F.grade(original, "python/other/unknown", [(.good, 2)], prefix: "u")
        try original.saveState(StoredCardState(key: F.keys[2], state: 1, due: F.start, suspended: true))
        try original.saveQuizSession(StoredQuizSession(
            id: "quiz-1", startedAt: F.start, finishedAt: F.start.addingTimeInterval(300), lang: "en",
            questionCount: 5, answeredCount: 5, correctCount: 4, seed: 42
        ))
        try original.insertCheckRun(StoredCheckRun(
            id: "run-1", checkName: "C01", cardKey: F.keys[0], ranAt: F.start, passed: true, measurements: #"{"ms":12}"#
        ))
        let first = try F.export(original)

        let restored = try F.store()
        let summary = try F.restore(first, into: restored)
        #expect(summary.reviewsAdded == 5)
        #expect(summary.reviewsSkipped == 0)
        #expect(summary.cardsUpdated == 4)
        #expect(summary.unknownCardKeys == ["python/other/unknown"])
        #expect(summary.quizSessionsAdded == 1 && summary.checkRunsAdded == 1)
        let second = try F.export(restored)
        #expect(String(decoding: second, as: UTF8.self) == String(decoding: first, as: UTF8.self))
    }

    @Test func restoringTwiceAddsNothing() throws {
        let original = try F.store()
        try F.grade(original, F.keys[0], [(.good, 0), (.good, 2)], prefix: "a")
        let data = try F.export(original)
        let live = try F.store()
        try F.grade(live, F.keys[1], [(.hard, 1)], prefix: "live")

        let firstSummary = try F.restore(data, into: live)
        let stateAfterFirst = try live.state(for: F.keys[0])
        let secondSummary = try F.restore(data, into: live)
        #expect(firstSummary.reviewsAdded == 2)
        #expect(secondSummary.reviewsAdded == 0)
        #expect(secondSummary.reviewsSkipped == 2)
        #expect(secondSummary.cardsUpdated == 0)
        #expect(try live.allReviews().map(\.id).sorted() == ["a-1", "a-2", "live-1"])
        #expect(try live.state(for: F.keys[0]) == stateAfterFirst)
    }

    /// Two machines grade the same card after a common export; merging gives the state of the union of
    /// both logs replayed in time order, and keeps the suspension made on one of them.
    @Test func divergentHistoriesReplayTheUnion() throws {
        let laptop = try F.store()
        try F.grade(laptop, F.keys[0], [(.good, 0)], prefix: "base")
        let desktop = try F.store()
        _ = try F.restore(try F.export(laptop), into: desktop)

        try F.grade(laptop, F.keys[0], [(.good, 3)], prefix: "laptop")
        var suspended = try #require(try laptop.state(for: F.keys[0]))
        suspended.suspended = true
        try laptop.saveState(suspended)
        try F.grade(desktop, F.keys[0], [(.again, 4), (.good, 4.01)], prefix: "desktop")

        let summary = try F.restore(try F.export(laptop), into: desktop)
        #expect(summary.reviewsAdded == 1)
        #expect(summary.reviewsSkipped == 1)
        #expect(summary.cardsUpdated == 1)

        let union = try F.store()
        try F.grade(union, F.keys[0], [(.good, 0), (.good, 3), (.again, 4), (.good, 4.01)], prefix: "union")
        var expected = try #require(try union.state(for: F.keys[0]))
        expected.suspended = true
        #expect(try desktop.state(for: F.keys[0]) == expected)
        #expect(try desktop.reviews(cardKey: F.keys[0]).map(\.id) == ["base-1", "laptop-1", "desktop-1", "desktop-2"])
    }

    /// A bad value anywhere is found before the database is touched.
    @Test func invalidValuesAreRefusedBeforeWriting() throws {
        let original = try F.store()
        try F.grade(original, F.keys[0], [(.good, 0)], prefix: "a")
        let text = String(decoding: try F.export(original), as: UTF8.self)
        let badRating = Data(text.replacingOccurrences(of: #""rating" : 3"#, with: #""rating" : 7"#).utf8)
        #expect(throws: ProgressFileError.invalidValue(field: "reviews[0].rating", reason: .ratingNot1To4(7))) {
            try RestoreInput(ProgressDocument.decode(badRating), now: F.now)
        }
        let badDate = Data(text.replacingOccurrences(of: #""reviewed_at" : "2026"#, with: #""reviewed_at" : "yesterday"#).utf8)
        #expect(throws: ProgressFileError.self) { try RestoreInput(ProgressDocument.decode(badDate), now: F.now) }
    }
}
