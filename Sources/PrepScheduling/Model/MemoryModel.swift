import Foundation

/// The FSRS-6 memory formulas (fsrs-spec.md §4) over any `MemoryScalar`, term for term in the reference
/// library's order of evaluation, so that with `Double` interval rounding ties fall the same way.
package struct MemoryModel<Scalar: MemoryScalar>: Sendable {
    package static var minimumStability: Scalar { 0.001 }

    /// w0…w20.
    package let w: [Scalar]
    /// −w20.
    package let decay: Scalar
    /// 0.9^(1/decay) − 1, which makes R(t = S) = 0.9.
    package let factor: Scalar
    // Terms that depend on the weights alone, computed once; the same operations give the same numbers.
    private let easyInitialDifficulty: Scalar
    private let recallScale: Scalar
    private let lapseCapDivisor: Scalar

    package init(weights: [Scalar]) {
        w = weights
        decay = -weights[20]
        factor = Scalar(0.9).raised(to: 1 / decay) - 1
        easyInitialDifficulty = Self.initialDifficulty(.easy, weights: weights)
        recallScale = Scalar.exponential(weights[8])
        lapseCapDivisor = Scalar.exponential(weights[17] * weights[18])
    }

    /// Probability of recall after `elapsedDays` whole days.
    package func retrievability(elapsedDays: Scalar, stability: Scalar) -> Scalar {
        (1 + factor * elapsedDays / stability).raised(to: decay)
    }

    package func initialStability(_ rating: Rating) -> Scalar {
        clampStability(w[rating.rawValue - 1])
    }

    /// Unclamped: mean reversion targets the raw Easy value, which may be negative.
    package func initialDifficulty(_ rating: Rating) -> Scalar {
        Self.initialDifficulty(rating, weights: w)
    }

    private static func initialDifficulty(_ rating: Rating, weights w: [Scalar]) -> Scalar {
        w[4] - Scalar.exponential(w[5] * Scalar(rating.grade - 1)) + 1
    }

    package func nextDifficulty(_ difficulty: Scalar, rating: Rating) -> Scalar {
        let delta = -(w[6] * Scalar(rating.grade - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        let reverted = w[7] * easyInitialDifficulty + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    /// A review less than a day after the previous one.
    package func shortTermStability(_ stability: Scalar, rating: Rating) -> Scalar {
        var increase =
            Scalar.exponential(w[17] * (Scalar(rating.grade - 3) + w[18])) * stability.raised(to: -w[19])
        if rating != .again {
            increase = max(increase, 1.0)
        }
        return clampStability(stability * increase)
    }

    package func recallStability(difficulty: Scalar, stability: Scalar, retrievability: Scalar, rating: Rating) -> Scalar {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        return clampStability(
            stability
                * (1 + recallScale * (11 - difficulty) * stability.raised(to: -w[9])
                    * (Scalar.exponential((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
        )
    }

    package func forgetStability(difficulty: Scalar, stability: Scalar, retrievability: Scalar) -> Scalar {
        let longTerm =
            w[11] * difficulty.raised(to: -w[12]) * ((stability + 1).raised(to: w[13]) - 1)
            * Scalar.exponential((1 - retrievability) * w[14])
        let shortTerm = stability / lapseCapDivisor
        return clampStability(min(longTerm, shortTerm))
    }

    /// Stability after a review `elapsedDays` whole days after the previous one, from the difficulty before it.
    /// With no previous review time (`nil`) the reference library takes the long-term path with R = 0.
    package func nextStability(
        _ stability: Scalar, difficulty: Scalar, elapsedDays: Int?, rating: Rating
    ) -> Scalar {
        if let elapsedDays, elapsedDays < 1 { return shortTermStability(stability, rating: rating) }
        let recall = elapsedDays.map { retrievability(elapsedDays: Scalar(Double($0)), stability: stability) } ?? 0
        return rating == .again
            ? forgetStability(difficulty: difficulty, stability: stability, retrievability: recall)
            : recallStability(difficulty: difficulty, stability: stability, retrievability: recall, rating: rating)
    }

    package func clampStability(_ stability: Scalar) -> Scalar { max(stability, Self.minimumStability) }

    package func clampDifficulty(_ difficulty: Scalar) -> Scalar { min(max(difficulty, 1.0), 10.0) }
}
