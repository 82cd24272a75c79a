import Foundation

extension Scheduler {
    /// Updates stability and difficulty for a review at `date` (§4.6); stability first, from the old difficulty.
    func updateMemory(of card: inout SchedulingCard, rating: Rating, at date: Date) -> MemoryUpdate {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = model.initialStability(rating)
            card.difficulty = model.clampDifficulty(model.initialDifficulty(rating))
            return .initial
        }
        let elapsed = card.lastReview.map { Self.elapsedDays(from: $0, to: date) }
        card.stability = model.nextStability(stability, difficulty: difficulty, elapsedDays: elapsed, rating: rating)
        card.difficulty = model.nextDifficulty(difficulty, rating: rating)
        if let elapsed, elapsed < 1 { return .shortTerm }
        return .longTerm
    }

    /// Days until the next review of a card with this stability (§4.7): ties round to even, 1…maximum.
    func nextIntervalDays(stability: Double) -> Int {
        Self.intervalDays(
            stability: stability, desiredRetention: parameters.desiredRetention, model: model,
            maximumInterval: parameters.maximumInterval
        )
    }

    /// The interval for any desired retention, so simulations can compare retentions without a scheduler each.
    static func intervalDays(
        stability: Double, desiredRetention: Double, model: MemoryModel<Double>, maximumInterval: Int
    ) -> Int {
        let raw = (stability / model.factor) * (pow(desiredRetention, 1 / model.decay) - 1)
        let rounded = raw.rounded(.toNearestOrEven)
        // Compared as Doubles first: an enormous stability must cap, not overflow the Int conversion.
        return Int(min(max(rounded, 1), Double(maximumInterval)))
    }
}
