import Foundation
import PrepStore
import Testing
@testable import PrepExchange

struct ProgressExportOrderTests {
    /// Two reviews in the same millisecond, the later one (by the clock's sub-millisecond digits) with the
    /// smaller id: the export must already list them the way a restored database will, by id.
    @Test func reviewsInTheSameMillisecondExportRestoreExportIdentically() throws {
        let store = try ProgressFixtures.store()
        let moment = ProgressFixtures.start.timeIntervalSince1970
        for (id, key, offset) in [("review-b", ProgressFixtures.keys[0], 0.0001), ("review-a", ProgressFixtures.keys[1], 0.0004)] {
            try store.appendReview(StoredReview(
                id: id, cardKey: key, rating: 3, reviewedAt: Date(timeIntervalSince1970: moment + offset),
                durationMs: 1000, mode: "review"
            ))
        }
        #expect(try store.allReviews().map(\.id) == ["review-b", "review-a"])
        let first = try ProgressFixtures.export(store)
        #expect(try ProgressDocument.decode(first).reviews.map(\.id) == ["review-a", "review-b"])
        let restored = try ProgressFixtures.store()
        _ = try ProgressFixtures.restore(first, into: restored)
        let second = try ProgressFixtures.export(restored)
        #expect(String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self))
    }
}
