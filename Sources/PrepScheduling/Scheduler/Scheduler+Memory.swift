import Foundation

// The formulas of fsrs-spec.md §4, term for term in the reference library's order of evaluation, so that
// interval rounding ties fall the same way. The library writes every e^x as pow(e, x); so do we.
private let e = 2.718281828459045
private let minimumStability = 0.001

extension Scheduler {
    /// Updates stability and difficulty for a review at `date` (§4.6); stability first, from the old difficulty.
    func updateMemory(of card: inout SchedulingCard, rating: Rating, at date: Date) -> MemoryUpdate {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = initialStability(rating)
            card.difficulty = clampDifficulty(initialDifficulty(rating))
            return .initial
        }
        let update: MemoryUpdate
        if let lastReview = card.lastReview, Self.elapsedDays(from: lastReview, to: date) < 1 {
            card.stability = shortTermStability(stability, rating: rating)
            update = .shortTerm
        } else {
            let recall = retrievability(of: card, at: date)
            card.stability =
                rating == .again
                ? forgetStability(difficulty: difficulty, stability: stability, retrievability: recall)
                : recallStability(difficulty: difficulty, stability: stability, retrievability: recall, rating: rating)
            update = .longTerm
        }
        card.difficulty = nextDifficulty(difficulty, rating: rating)
        return update
    }

    /// Days until the next review of a card with this stability (§4.7): ties round to even, 1…maximum.
    func nextIntervalDays(stability: Double) -> Int {
        let raw = (stability / factor) * (pow(parameters.desiredRetention, 1 / decay) - 1)
        let rounded = raw.rounded(.toNearestOrEven)
        // Compared as Doubles first: an enormous stability must cap, not overflow the Int conversion.
        return Int(min(max(rounded, 1), Double(parameters.maximumInterval)))
    }

    private var w: [Double] { parameters.weights }

    func initialStability(_ rating: Rating) -> Double {
        clampStability(w[rating.rawValue - 1])
    }

    /// Unclamped: mean reversion targets the raw Easy value, which may be negative.
    func initialDifficulty(_ rating: Rating) -> Double {
        w[4] - pow(e, w[5] * (rating.grade - 1)) + 1
    }

    func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
        let delta = -(w[6] * (rating.grade - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    func shortTermStability(_ stability: Double, rating: Rating) -> Double {
        var increase = pow(e, w[17] * (rating.grade - 3 + w[18])) * pow(stability, -w[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return clampStability(stability * increase)
    }

    func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return clampStability(
            stability
                * (1 + pow(e, w[8]) * (11 - difficulty) * pow(stability, -w[9])
                    * (pow(e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
        )
    }

    func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
        let longTerm =
            w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1) * pow(e, (1 - retrievability) * w[14])
        let shortTerm = stability / pow(e, w[17] * w[18])
        return clampStability(min(longTerm, shortTerm))
    }

    private func clampStability(_ stability: Double) -> Double { max(stability, minimumStability) }

    private func clampDifficulty(_ difficulty: Double) -> Double { min(max(difficulty, 1.0), 10.0) }
}
