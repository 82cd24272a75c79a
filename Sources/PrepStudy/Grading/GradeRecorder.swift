import Foundation
import PrepCore
import PrepScheduling
import PrepStore

/// One committed grade, with what is needed to take it back.
package struct GradeResult: Sendable, Hashable {
    package var review: StoredReview
    /// The row before the grade; nil when the card had none.
    package var previous: StoredCardState?
    package var newState: StoredCardState
    /// The grade was the card's eighth lapse: it is now tagged a leech and suspended.
    package var becameLeech: Bool
}

/// Turns a rating into a new memory state and commits both in one transaction, so a crash loses at most
/// the grade in flight.
package struct GradeRecorder {
    package let store: Store
    package let scheduler: Scheduler
    /// With an interview date, no review is scheduled after it.
    package var interview: Date?
    /// Lapses that make a card a leech (the learner's `leech_threshold`).
    package var leechThreshold = LeechRule.lapseThreshold
    package var makeReviewID: () -> String

    package init(store: Store, scheduler: Scheduler, interview: Date? = nil, makeReviewID: @escaping () -> String = { UUID().uuidString.lowercased() }) {
        self.store = store
        self.scheduler = scheduler
        self.interview = interview
        self.makeReviewID = makeReviewID
    }

    /// What each grade would do, with the same fuzz the real grade will draw.
    package func preview(_ card: StudyCard, now: Date) -> [Rating: SchedulingCard] {
        let reps = card.state?.reps ?? 0
        return scheduler.preview(card.schedulingCard(now: now), at: now, fuzzSeed: FuzzSeed.seed(key: card.key, reps: reps))
            .mapValues(capped(now: now))
    }

    package func grade(_ card: StudyCard, rating: Rating, at now: Date, durationMs: Int?, mode: String) throws -> GradeResult {
        let previous = try store.state(for: card.key)
        let base = previous ?? .fresh(key: card.key, now: now)
        let next = Self.apply(rating, to: base, at: now, scheduler: scheduler, leechThreshold: leechThreshold)
        var newState = next.state
        newState.due = capped(now: now)(next.card).due
        let review = StoredReview(
            id: makeReviewID(), cardKey: card.key, rating: rating.rawValue, reviewedAt: now,
            durationMs: durationMs, mode: mode
        )
        try store.recordGrade(review: review, newState: newState)
        return GradeResult(review: review, previous: previous, newState: newState, becameLeech: next.becameLeech)
    }

    package func undo(_ result: GradeResult) throws {
        try store.undoGrade(reviewID: result.review.id, restoring: result.previous)
    }

    /// The pure step shared by grading and by rebuilding states from a review log.
    package static func apply(
        _ rating: Rating, to base: StoredCardState, at now: Date, scheduler: Scheduler,
        leechThreshold: Int = LeechRule.lapseThreshold
    ) -> (state: StoredCardState, card: SchedulingCard, becameLeech: Bool) {
        let before = base.schedulingCard ?? SchedulingCard(newAt: now)
        var rng = SplitMix64(seed: FuzzSeed.seed(key: base.key, reps: base.reps))
        let after = scheduler.review(before, rating: rating, at: now, using: &rng)
        var state = base.updating(with: after)
        state.reps += 1
        var becameLeech = false
        if base.reps > 0, LeechRule.isLapse(from: before.state, rating: rating) {
            state.lapses += 1
            if LeechRule.isLeech(lapses: state.lapses, threshold: leechThreshold), !state.leech {
                state.leech = true
                state.suspended = true
                becameLeech = true
            }
        }
        return (state, after, becameLeech)
    }

    private func capped(now: Date) -> (SchedulingCard) -> SchedulingCard {
        { card in interview.map { InterviewPlanner.capDue(card, before: $0, now: now) } ?? card }
    }
}

/// The fuzz of a card's n-th review, fixed by its key so previews, grades and rebuilt logs agree.
package enum FuzzSeed {
    package static func seed(key: String, reps: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash ^ (UInt64(reps) &* 0x9e37_79b9_7f4a_7c15)
    }
}
