import Foundation
import PrepScheduling
import PrepStore

/// How many cards would be recalled on a given day at current memory: the sum of their retrievabilities.
/// The one measure of readiness: `prep stats` shows it per topic now, `prep quiz --interview` for the
/// interview day, and a card never studied counts as not recalled in both.
package struct ExpectedRecall: Sendable, Hashable {
    /// Sum of retrievabilities on the day; never-reviewed cards add 0.
    package var cards: Double
    package var total: Int

    package init(cards: Double, total: Int) {
        self.cards = cards
        self.total = total
    }

    /// The share of the cards expected to be recalled, 0 to 1; 0 for no cards.
    package var share: Double { total == 0 ? 0 : cards / Double(total) }

    /// - Parameters:
    ///   - keys: every live card (one per key, whatever its language).
    ///   - states: stored states; keys without one are new.
    package static func on(_ date: Date, keys: [String], states: [StoredCardState], scheduler: Scheduler) -> ExpectedRecall {
        let stateByKey = Dictionary(states.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let distinctKeys = Set(keys)
        let sum = distinctKeys.reduce(0.0) { sum, key in
            sum + (stateByKey[key]?.schedulingCard.map { scheduler.retrievability(of: $0, at: date) } ?? 0)
        }
        return ExpectedRecall(cards: sum, total: distinctKeys.count)
    }
}
