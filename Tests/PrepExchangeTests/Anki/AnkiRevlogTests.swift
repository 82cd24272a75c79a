import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepExchange

/// The log is replayed card by card over several cores; whatever the interleaving, each card's entries must be
/// what replaying that card's reviews alone gives.
struct AnkiRevlogTests {
    /// Enough cards for the replay to be split between cores, reviewed in turns so their logs interleave.
    static let cardCount = 1_200
    static let start = Date(timeIntervalSince1970: 1_750_000_000)

    static func reviews(ratings: [Int]) -> [StoredReview] {
        ratings.enumerated().flatMap { turn, rating in
            (0..<cardCount).map { card in
                StoredReview(
                    id: "", cardKey: "deck/card-\(card)", rating: card % 7 == 0 ? 1 : rating,
                    reviewedAt: start.addingTimeInterval(Double(turn) * 5 * 86_400 + Double(card) * 0.002),
                    durationMs: 1000 + card, mode: "")
            }
        }
    }

    @Test func theWholeLogMatchesEachCardReplayedAlone() {
        let reviews = Self.reviews(ratings: [3, 3, 4, 2])
        let positions = Dictionary(uniqueKeysWithValues: (0..<Self.cardCount).map { ("deck/card-\($0)", $0) })
        let scheduler = Scheduler()
        let whole = AnkiRevlog.entries(reviews: reviews, positions: positions, firstCardID: 500, scheduler: scheduler)

        #expect(whole.count == reviews.count)
        #expect(zip(whole, whole.dropFirst()).allSatisfy { $0.id < $1.id })
        for card in [0, 1, 599, 600, 1_199] {
            let key = "deck/card-\(card)"
            let alone = AnkiRevlog.entries(
                reviews: reviews.filter { $0.cardKey == key }, positions: [key: card], firstCardID: 500, scheduler: scheduler)
            let inWhole = whole.filter { $0.cardID == 500 + Int64(card) }
            #expect(inWhole == alone, "card \(card)")
            #expect(inWhole.map(\.lastInterval) == [0] + inWhole.dropLast().map(\.interval), "card \(card)")
        }
    }

    /// Two reviews in one millisecond keep distinct ids, the later one moved up by one.
    @Test func aReviewInTheSameMillisecondMovesUp() {
        let at = Self.start
        let reviews = ["a", "b"].map {
            StoredReview(id: "", cardKey: $0, rating: 3, reviewedAt: at, durationMs: nil, mode: "")
        }
        let entries = AnkiRevlog.entries(
            reviews: reviews, positions: ["a": 0, "b": 1], firstCardID: 10, scheduler: Scheduler())
        let milliseconds = Int64(at.timeIntervalSince1970 * 1000)
        #expect(entries.map(\.id) == [milliseconds, milliseconds + 1])
        #expect(entries.map(\.cardID) == [10, 11])
    }
}
