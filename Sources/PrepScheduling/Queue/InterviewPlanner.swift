import Foundation

/// Plans toward an interview date: every card reviewed before it, the weakest first.
package enum InterviewPlanner {
    /// The card with its due date moved up to `interview` if it would otherwise fall after it; unchanged once
    /// the interview has passed. Pass the instant by which reviews should be done (e.g. the interview day's start).
    package static func capDue(_ card: SchedulingCard, before interview: Date, now: Date) -> SchedulingCard {
        guard now < interview, card.due > interview else { return card }
        var capped = card
        capped.due = interview
        return capped
    }

    /// Available candidates' keys by retrievability on the interview date, lowest first (never-reviewed cards
    /// count as 0), then by position and key.
    package static func rank(
        _ candidates: [ReviewCandidate],
        at interview: Date,
        now: Date,
        scheduler: Scheduler
    ) -> [String] {
        candidates
            .filter { $0.isAvailable(at: now) }
            .map { candidate in
                (score: candidate.card.map { scheduler.retrievability(of: $0, at: interview) } ?? 0, candidate)
            }
            .sorted { lhs, rhs in
                if lhs.score != rhs.score { return lhs.score < rhs.score }
                return (lhs.1.position, lhs.1.key) < (rhs.1.position, rhs.1.key)
            }
            .map(\.1.key)
    }
}
