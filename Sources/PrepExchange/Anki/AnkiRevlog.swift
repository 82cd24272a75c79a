import Foundation
import PrepScheduling
import PrepStore
import PrepStudy

/// prep's review log as Anki's `revlog`. Each card's log is replayed through the scheduler, as grading did,
/// to know the state each review started from (Anki's review type) and the interval it gave.
package enum AnkiRevlog {
    /// - Parameters:
    ///   - reviews: oldest first; reviews of keys missing from `cardIDs` are left out.
    package static func entries(
        reviews: [StoredReview], cardIDs: [String: Int64], scheduler: Scheduler
    ) -> [AnkiCollection.RevlogEntry] {
        var states: [String: StoredCardState] = [:]
        var lastIntervals: [String: Int] = [:]
        var entries: [AnkiCollection.RevlogEntry] = []
        entries.reserveCapacity(reviews.count)
        var lastID: Int64 = .min
        for review in reviews {
            guard let cardID = cardIDs[review.cardKey], let rating = Rating(rawValue: review.rating) else { continue }
            let before = states[review.cardKey] ?? .fresh(key: review.cardKey, now: review.reviewedAt)
            let after = GradeRecorder.apply(rating, to: before, at: review.reviewedAt, scheduler: scheduler).state
            states[review.cardKey] = after
            let interval = Self.interval(after, reviewedAt: review.reviewedAt)
            // The id is the review time and the primary key: a review in the same millisecond moves up by one.
            let id = max(Int64((review.reviewedAt.timeIntervalSince1970 * 1000).rounded()), lastID + 1)
            lastID = id
            entries.append(AnkiCollection.RevlogEntry(
                id: id, cardID: cardID, ease: rating.rawValue, interval: interval,
                lastInterval: lastIntervals[review.cardKey] ?? 0,
                factor: after.state == CardState.learning.rawValue ? 0 : 2500,
                milliseconds: max(0, min(review.durationMs ?? 0, Int(Int32.max))),
                type: type(before: before)
            ))
            lastIntervals[review.cardKey] = interval
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
