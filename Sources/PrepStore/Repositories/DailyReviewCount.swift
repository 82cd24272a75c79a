/// Reviews of one local day, for stats.
package struct DailyReviewCount: Sendable, Hashable {
    /// `YYYY-MM-DD` in the caller's time zone.
    package var day: String
    package var reviews: Int
    /// Reviews graded Again; `1 - again / reviews` is the day's retention.
    package var again: Int

    package init(day: String, reviews: Int, again: Int) {
        self.day = day
        self.reviews = reviews
        self.again = again
    }
}
