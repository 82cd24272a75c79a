import Foundation
import PrepScheduling
import PrepStore
import Testing
@testable import PrepStudy

struct ReviewHistoryTests {
    typealias F = StatsFixtures

    /// Only reviews of cards already in the Review state count toward retention.
    @Test func retentionCountsReviewStateReviewsOnly() throws {
        let reviews = [
            // Easy graduates a new card straight to review; the next two reviews are review-state ones.
            F.review("a", .easy, at: F.date(days: -40)),
            F.review("a", .good, at: F.date(days: -20)),
            F.review("a", .again, at: F.date(days: -5)),
            // Relearning after the lapse: not a review-state review.
            F.review("a", .good, at: F.date(days: -4)),
            // A new card in learning steps.
            F.review("b", .good, at: F.date(hour: 9)),
            F.review("b", .again, at: F.date(hour: 9, minute: 1)),
        ]
        let history = ReviewHistory(reviews: reviews, now: F.now, calendar: F.calendar, scheduler: Scheduler(.default))
        #expect(history.days.count == 30)
        #expect(history.total == 5)
        #expect(history.reviewStateReviews == 2)
        #expect(history.reviewStateRecalled == 1)
        #expect(history.retention == 0.5)
        #expect(history.days[29] == .init(date: "2026-03-10", reviews: 2, again: 1))
        #expect(history.days[24] == .init(date: "2026-03-05", reviews: 1, again: 1))
        #expect(history.days[9] == .init(date: "2026-02-18", reviews: 1, again: 0))
    }

    @Test func noReviewStateReviewsMeansNoRetention() {
        let history = ReviewHistory(
            reviews: [F.review("b", .good, at: F.now)], now: F.now, calendar: F.calendar, scheduler: Scheduler(.default)
        )
        #expect(history.total == 1)
        #expect(history.retention == nil)
    }
}
