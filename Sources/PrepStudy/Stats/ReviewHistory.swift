import Foundation
import PrepScheduling
import PrepStore

/// Reviews per study day over a recent window, and retention: the share of reviews of cards in the
/// Review state that were not rated Again (learning steps would flatter the figure).
package struct ReviewHistory: Sendable, Hashable, Encodable {
    package struct Day: Sendable, Hashable, Encodable {
        package var date: String
        package var reviews: Int
        package var again: Int
    }

    /// Oldest first, today last.
    package var days: [Day]
    package var total: Int
    /// Reviews in the window of cards that were in the Review state when reviewed.
    package var reviewStateReviews: Int
    package var reviewStateRecalled: Int
    /// `reviewStateRecalled / reviewStateReviews`; nil when there were none.
    package var retention: Double?

    enum CodingKeys: String, CodingKey {
        case days, total, retention
        case reviewStateReviews = "review_state_reviews"
        case reviewStateRecalled = "review_state_recalled"
    }

    /// - Parameter reviews: each card's whole log (older reviews decide the state of the recent ones).
    package init(reviews: [StoredReview], now: Date, calendar: Calendar, scheduler: Scheduler, days dayCount: Int = 30) {
        let today = StudyDay(containing: now, calendar: calendar)
        let studyDays = (0..<max(dayCount, 1)).reversed().map { today.advanced(by: -$0, calendar: calendar) }
        let windowStart = studyDays[0].start
        let todayOrdinal = today.ordinal(calendar: calendar)
        var reviewsByDay = Array(repeating: 0, count: studyDays.count)
        var againByDay = Array(repeating: 0, count: studyDays.count)
        var reviewState = 0
        var recalled = 0
        for log in Dictionary(grouping: reviews, by: \.cardKey).values {
            var state: StoredCardState?
            for review in log.sorted(by: { ($0.reviewedAt, $0.id) < ($1.reviewedAt, $1.id) }) {
                guard let rating = Rating(rawValue: review.rating) else { continue }
                let before = state ?? .fresh(key: review.cardKey, now: review.reviewedAt)
                if review.reviewedAt >= windowStart, review.reviewedAt < today.end {
                    let offset = todayOrdinal - StudyDay(containing: review.reviewedAt, calendar: calendar).ordinal(calendar: calendar)
                    let index = studyDays.count - 1 - offset
                    if studyDays.indices.contains(index) {
                        reviewsByDay[index] += 1
                        againByDay[index] += rating == .again ? 1 : 0
                    }
                    if before.reps > 0, before.state == CardState.review.rawValue {
                        reviewState += 1
                        recalled += rating == .again ? 0 : 1
                    }
                }
                state = GradeRecorder.apply(rating, to: before, at: review.reviewedAt, scheduler: scheduler).state
            }
        }
        days = studyDays.indices.map {
            Day(date: studyDays[$0].dateText(calendar: calendar), reviews: reviewsByDay[$0], again: againByDay[$0])
        }
        total = reviewsByDay.reduce(0, +)
        reviewStateReviews = reviewState
        reviewStateRecalled = recalled
        retention = reviewState > 0 ? Double(recalled) / Double(reviewState) : nil
    }
}
