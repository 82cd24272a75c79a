import Foundation
import PrepCore

/// FSRS-6 exactly as py-fsrs 6.3.2 computes it; pure, so time and randomness are always parameters.
package struct Scheduler: Sendable {
    package let parameters: SchedulerParameters
    /// The FSRS-6 formulas with these weights.
    package let model: MemoryModel<Double>

    /// Assumes valid parameters; call `SchedulerParameters.validate()` on anything read from outside.
    package init(_ parameters: SchedulerParameters = .default) {
        self.parameters = parameters
        model = MemoryModel(weights: parameters.weights)
    }

    /// The card after grading it `rating` at `date`; fuzzes review intervals with `rng` when fuzzing is on.
    package func review(
        _ card: SchedulingCard,
        rating: Rating,
        at date: Date,
        using rng: inout some RandomNumberGenerator
    ) -> SchedulingCard {
        apply(rating, to: card, at: date, using: &rng).card
    }

    /// The card after grading it, for a scheduler with fuzzing off (it traps otherwise: there is no randomness).
    package func review(_ card: SchedulingCard, rating: Rating, at date: Date) -> SchedulingCard {
        precondition(!parameters.enableFuzzing, "a fuzzing scheduler needs a random number generator")
        var unused = SplitMix64(seed: 0)
        return review(card, rating: rating, at: date, using: &unused)
    }

    /// Probability of recall at `date`: 0 for a never-reviewed card, and constant within each whole elapsed day.
    package func retrievability(of card: SchedulingCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsed = max(0, Self.elapsedDays(from: lastReview, to: date))
        return model.retrievability(elapsedDays: Double(elapsed), stability: stability)
    }

    /// Whole 24-hour periods between two instants, floored (Python's `timedelta.days`), not calendar days.
    package static func elapsedDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / 86400).rounded(.down))
    }

    /// The reference library's `review_card`, also reporting which memory update it applied.
    func apply(
        _ rating: Rating,
        to card: SchedulingCard,
        at date: Date,
        using rng: inout some RandomNumberGenerator
    ) -> (card: SchedulingCard, memoryUpdate: MemoryUpdate) {
        // The draw the grade below this one makes, for Anki's order of intervals (a preview draws each grade
        // from the same seed, so the floor is the interval shown beside that grade).
        let rngBefore = rng
        var next = card
        let memoryUpdate = updateMemory(of: &next, rating: rating, at: date)
        let stability = next.stability!
        var interval: TimeInterval

        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? parameters.learningSteps : parameters.relearningSteps
            let step = card.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                interval = graduate(&next, stability: stability)
            } else {
                switch rating {
                case .again:
                    next.step = 0
                    interval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        interval = steps[0] * 1.5
                    } else if step == 0 {
                        interval = (steps[0] + steps[1]) / 2
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        interval = graduate(&next, stability: stability)
                    } else {
                        next.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    interval = graduate(&next, stability: stability)
                }
            }
        case .review:
            if rating == .again, let firstStep = parameters.relearningSteps.first {
                next.state = .relearning
                next.step = 0
                interval = firstStep
            } else {
                interval = Self.seconds(days: nextIntervalDays(stability: stability))
            }
        }

        if parameters.enableFuzzing && next.state == .review {
            interval = Self.seconds(days: fuzzedIntervalDays(Int(interval / 86400), using: &rng))
        }
        if parameters.keepsIntervalOrder, next.state == .review, let lower = rating.lowerPassingGrade {
            var lowerRNG = rngBefore
            let below = apply(lower, to: card, at: date, using: &lowerRNG).card
            if below.state == .review {
                let floorDays = min(Int((below.due.timeIntervalSince(date) / 86400).rounded()) + 1, parameters.maximumInterval)
                interval = max(interval, Self.seconds(days: floorDays))
            }
        }
        next.due = date.addingTimeInterval(interval)
        next.lastReview = date
        return (next, memoryUpdate)
    }

    /// Moves a (re)learning card to review and returns its interval.
    private func graduate(_ card: inout SchedulingCard, stability: Double) -> TimeInterval {
        card.state = .review
        card.step = nil
        return Self.seconds(days: nextIntervalDays(stability: stability))
    }

    private static func seconds(days: Int) -> TimeInterval { TimeInterval(days) * 86400 }
}
