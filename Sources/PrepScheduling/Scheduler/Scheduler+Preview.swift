import Foundation
import PrepCore

extension Scheduler {
    /// What each grade would do to the card, to show the next interval beside each choice.
    ///
    /// Every grade is computed with a fresh `SplitMix64(seed: fuzzSeed)`, so a review made afterwards with
    /// `SplitMix64(seed: fuzzSeed)` lands exactly on the interval that was shown. Derive the seed from the card
    /// (for example its key and review count) so the preview does not change while the card is on screen.
    package func preview(_ card: SchedulingCard, at date: Date, fuzzSeed: UInt64 = 0) -> [Rating: SchedulingCard] {
        var outcomes: [Rating: SchedulingCard] = [:]
        for rating in Rating.allCases {
            var rng = SplitMix64(seed: fuzzSeed)
            outcomes[rating] = review(card, rating: rating, at: date, using: &rng)
        }
        return outcomes
    }
}
