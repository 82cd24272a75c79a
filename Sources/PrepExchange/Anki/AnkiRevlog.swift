import Foundation
import PrepScheduling
import PrepStore
import PrepStudy

/// prep's review log as Anki's `revlog`. Each card's log is replayed through the scheduler, as grading did,
/// to know the state each review started from (Anki's review type) and the interval it gave.
package enum AnkiRevlog {
    /// - Parameters:
    ///   - reviews: oldest first; reviews of keys missing from `positions` are left out.
    ///   - positions: each exported card's place in the package, counted from 0; its card ID is
    ///     `firstCardID` plus that place.
    package static func entries(
        reviews: [StoredReview], positions: [String: Int], firstCardID: Int64, scheduler: Scheduler
    ) -> [AnkiCollection.RevlogEntry] {
        // By place rather than by key: one dictionary lookup per review instead of five.
        let cardCount = (positions.values.max() ?? -1) + 1
        var states = [StoredCardState?](repeating: nil, count: cardCount)
        var lastIntervals = [Int](repeating: 0, count: cardCount)
        var entries: [AnkiCollection.RevlogEntry] = []
        entries.reserveCapacity(reviews.count)
        var lastID: Int64 = .min
        for review in reviews {
            guard let position = positions[review.cardKey], let rating = Rating(rawValue: review.rating) else { continue }
            let before = states[position] ?? .fresh(key: review.cardKey, now: review.reviewedAt)
            let after = GradeRecorder.apply(rating, to: before, at: review.reviewedAt, scheduler: scheduler).state
            states[position] = after
            let interval = Self.interval(after, reviewedAt: review.reviewedAt)
            // The id is the review time and the primary key: a review in the same millisecond moves up by one.
            let id = max(Int64((review.reviewedAt.timeIntervalSince1970 * 1000).rounded()), lastID + 1)
            lastID = id
            entries.append(AnkiCollection.RevlogEntry(
                id: id, cardID: firstCardID + Int64(position), ease: rating.rawValue, interval: interval,
                lastInterval: lastIntervals[position],
                factor: after.state == CardState.learning.rawValue ? 0 : 2500,
                milliseconds: max(0, min(review.durationMs ?? 0, Int(Int32.max))),
                type: type(before: before)
            ))
            lastIntervals[position] = interval
        }
        return entries
    }

    /// 0 learning (new cards included), 1 review, 2 relearning.
    static func type(before state: StoredCardState) -> Int {
        guard state.reps > 0 else { return 0 }
        switch CardState(rawValue: state.state) {
        case .review: return 1
        case .relearning: return 2
        default: return 0
        }
    }

    /// Days to the next due date in the review state; minus the seconds of a learning step otherwise.
    static func interval(_ state: StoredCardState, reviewedAt: Date) -> Int {
        let seconds = state.due.timeIntervalSince(reviewedAt)
        guard state.state == CardState.review.rawValue else { return -max(1, Int(seconds.rounded())) }
        return max(1, Int((seconds / 86_400).rounded()))
    }
}
