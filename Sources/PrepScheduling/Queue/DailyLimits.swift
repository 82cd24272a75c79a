/// What is left of today's allowance; the caller subtracts what was already studied today.
package struct DailyLimits: Sendable, Hashable {
    /// New cards that may still be introduced today.
    package var newCards: Int
    /// Review-state cards that may still be reviewed today. Cards part-way through (re)learning steps are
    /// not counted: they must come back when their step is due, as in Anki.
    package var reviews: Int

    package init(newCards: Int, reviews: Int) {
        self.newCards = newCards
        self.reviews = reviews
    }

    /// Anki's defaults: 20 new cards and 200 reviews a day.
    package static let `default` = DailyLimits(newCards: 20, reviews: 200)
}
