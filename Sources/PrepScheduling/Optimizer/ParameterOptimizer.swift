import Dispatch
import Foundation
import PrepCore
import Synchronization

/// Fits the 21 FSRS-6 weights to a review log by fsrs-rs's method (the optimizer Anki ships): outlier filter,
/// pre-trained w0…w3, then Adam on the recency-weighted log loss with an L2 pull toward the starting weights,
/// cosine-annealed learning rate and the weights clamped after every step; the best epoch wins.
///
/// Deterministic: the batch order is shuffled by a seeded generator. Gradients are exact (`WeightDual`).
package struct ParameterOptimizer: Sendable {
    package var epochs = 5
    package var batchSize = 512
    package var learningRate = 4e-2
    package var seed: UInt64 = 2023
    /// Longer histories are left out of training, as fsrs-rs does.
    package var maximumReviewsPerItem = 256
    /// Weight of the L2 pull toward the starting weights.
    package var gamma = 1.0

    package init() {}

    /// Fewer training items than this and fsrs-rs returns the default weights.
    package static let minimumItemsForAnyFit = 8
    /// Fewer than this and it only pre-trains w0…w3.
    package static let minimumItemsForTraining = 64

    /// How far fsrs-rs lets each weight move from its prior, per weight (its `PARAMS_STDDEV`).
    static let priorSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    /// The bounds the fit keeps the weights in: the scheduler's, except that w19 stays at 0.01 or more, as
    /// fsrs-rs keeps it when same-day reviews are modelled.
    package static let bounds: [ClosedRange<Double>] = {
        var bounds = SchedulerParameters.weightBounds
        bounds[19] = 0.01...bounds[19].upperBound
        return bounds
    }()

    /// The fitted weights; the defaults when the log is too small to fit anything.
    package func fit(_ set: TrainingSet) -> [Double] {
        let (initialization, training) = OutlierFilter.split(set)
        guard training.count >= Self.minimumItemsForAnyFit else { return SchedulerParameters.defaultWeights }
        let averageRecall = Double(training.count { set.recalled(set.items[$0]) }) / Double(training.count)
        guard let pretrained = InitialStability.fit(set, items: initialization, averageRecall: averageRecall) else {
            return SchedulerParameters.defaultWeights
        }
        let start = pretrained.stabilities + SchedulerParameters.defaultWeights[4...]
        guard training.count != initialization.count, training.count >= Self.minimumItemsForTraining else { return start }

        let batches = makeBatches(set, training: training)
        var weights = train(set, batches: batches, itemCount: training.count, start: start)
        let fitted = Dictionary(uniqueKeysWithValues: Rating.allCases.map { ($0, weights[$0.rawValue - 1]) })
        if let smoothed = InitialStability.smoothAndFill(fitted, counts: pretrained.counts) {
            weights.replaceSubrange(0..<4, with: smoothed)
        }
        return weights
    }

    /// One card's predictions within a batch: the card's reviews are replayed once and scored at each item.
    struct CardWindow {
        var card: Int
        /// Review positions that are predicted, ascending, with each item's recency weight.
        var targets: [(position: Int, weight: Double)]
    }

    typealias Batch = [CardWindow]

    /// Weights rise with recency (the latest item counts four times the oldest); items are grouped by card and
    /// cards packed into batches of about `batchSize` predictions, shortest histories first.
    func makeBatches(_ set: TrainingSet, training: [Int]) -> [Batch] {
        let last = Double(max(training.count - 1, 1))
        var targetsOfCard: [Int: [(position: Int, weight: Double)]] = [:]
        for (rank, index) in training.enumerated() {
            let item = set.items[index]
            guard item.count <= maximumReviewsPerItem else { continue }
            let weight = 0.25 + 0.75 * pow(Double(rank) / last, 3)
            targetsOfCard[item.card, default: []].append((item.count - 1, weight))
        }
        let windows = targetsOfCard.keys.sorted().map { card in
            CardWindow(card: card, targets: targetsOfCard[card]!.sorted { $0.position < $1.position })
        }
        .sorted { ($0.targets.last!.position, $0.card) < ($1.targets.last!.position, $1.card) }
        var batches: [Batch] = []
        var current: Batch = []
        var predictions = 0
        for window in windows {
            if !current.isEmpty && predictions + window.targets.count > batchSize {
                batches.append(current)
                current = []
                predictions = 0
            }
            predictions += window.targets.count
            current.append(window)
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    private func train(_ set: TrainingSet, batches: [Batch], itemCount: Int, start: [Double]) -> [Double] {
        let steps = (itemCount / batchSize + 1) * epochs
        var schedule = CosineAnnealing(steps: Double(steps), initialRate: learningRate)
        var adam = Adam(count: start.count)
        var weights = start
        var best = start
        var bestLoss = Double.infinity
        var rng = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            var order = Array(batches.indices)
            order.shuffle(using: &rng)
            for index in order {
                let batch = batches[index]
                let rate = schedule.next()
                var gradient = Self.lossInParallel(set, batch: batch, weights: weights).gradient
                let scale = penaltyScale(batch, itemCount: itemCount)
                for i in weights.indices {
                    gradient[i] += 2 * (weights[i] - start[i]) / (Self.priorSpread[i] * Self.priorSpread[i]) * scale
                }
                adam.step(&weights, gradient: gradient, rate: rate)
                Self.clamp(&weights)
            }
            var epochLoss = 0.0
            for batch in batches {
                epochLoss += Self.loss(set, batch: batch, weights: weights).value
                    + penalty(weights, start: start) * penaltyScale(batch, itemCount: itemCount)
            }
            epochLoss /= Double(itemCount)
            if epochLoss < bestLoss {
                bestLoss = epochLoss
                best = weights
            }
        }
        return best
    }

    /// The batch's loss on two threads, each over a fixed half of its cards, added in a fixed order so the
    /// result does not depend on which thread finishes first.
    private static func lossInParallel(_ set: TrainingSet, batch: Batch, weights: [Double]) -> WeightDual {
        let halves = [Array(batch[..<(batch.count / 2)]), Array(batch[(batch.count / 2)...])]
        let results = Mutex<[WeightDual]>([0, 0])
        DispatchQueue.concurrentPerform(iterations: halves.count) { half in
            let loss = Self.loss(set, batch: halves[half], weights: WeightDual.variables(weights))
            results.withLock { $0[half] = loss }
        }
        return results.withLock { $0[0] + $0[1] }
    }

    private func penaltyScale(_ batch: Batch, itemCount: Int) -> Double {
        gamma * Double(batch.reduce(0) { $0 + $1.targets.count }) / Double(itemCount)
    }

    private func penalty(_ weights: [Double], start: [Double]) -> Double {
        weights.indices.reduce(0) { sum, i in
            let delta = weights[i] - start[i]
            return sum + delta * delta / (Self.priorSpread[i] * Self.priorSpread[i])
        }
    }

    /// Keeps every weight within `bounds`.
    package static func clamp(_ weights: inout [Double]) {
        for i in weights.indices {
            weights[i] = min(max(weights[i], bounds[i].lowerBound), bounds[i].upperBound)
        }
    }

    /// The recency-weighted log loss of a batch, summed; with `WeightDual` weights it carries its gradient.
    static func loss<Scalar: MemoryScalar>(_ set: TrainingSet, batch: Batch, weights: [Scalar]) -> Scalar {
        let model = MemoryModel(weights: weights)
        var total: Scalar = 0
        for window in batch {
            let reviews = set.cards[window.card]
            var targets = window.targets[...]
            var memory = MemoryWalk<Scalar>()
            for position in 0...window.targets.last!.position {
                let review = reviews[position]
                if let target = targets.first, target.position == position {
                    targets.removeFirst()
                    let recall = memory.retrievability(after: review.elapsedDays, model: model)
                    total = total + binaryCrossEntropy(recall, recalled: review.rating != .again, weight: target.weight)
                }
                memory.apply(review, model: model)
            }
        }
        return total
    }

    static let probabilityRange = 1e-7...(1 - 1e-7)

    static func binaryCrossEntropy<Scalar: MemoryScalar>(_ probability: Scalar, recalled: Bool, weight: Double) -> Scalar {
        let p = min(max(probability, Scalar(probabilityRange.lowerBound)), Scalar(probabilityRange.upperBound))
        return -(recalled ? p.logarithm() : (1 - p).logarithm()) * Scalar(weight)
    }
}

/// A card's memory state replayed review by review, as fsrs-rs's model steps through a history.
struct MemoryWalk<Scalar: MemoryScalar> {
    var stability: Scalar?
    var difficulty: Scalar = 0

    /// Recall probability at a review `elapsedDays` after the previous one.
    func retrievability(after elapsedDays: Int, model: MemoryModel<Scalar>) -> Scalar {
        guard let stability else { return 0 }
        return model.retrievability(elapsedDays: Scalar(Double(elapsedDays)), stability: stability)
    }

    mutating func apply(_ review: DayReview, model: MemoryModel<Scalar>) {
        guard let current = stability else {
            stability = model.initialStability(review.rating)
            difficulty = model.clampDifficulty(model.initialDifficulty(review.rating))
            return
        }
        stability = model.nextStability(current, difficulty: difficulty, elapsedDays: review.elapsedDays, rating: review.rating)
        difficulty = model.nextDifficulty(difficulty, rating: review.rating)
    }
}

/// Adam with β1 = 0.9, β2 = 0.999, ε = 1e-8, as fsrs-rs configures it.
struct Adam {
    private var firstMoment: [Double]
    private var secondMoment: [Double]
    private var step = 0

    init(count: Int) {
        firstMoment = Array(repeating: 0, count: count)
        secondMoment = Array(repeating: 0, count: count)
    }

    mutating func step(_ weights: inout [Double], gradient: WeightDual.Gradient, rate: Double) {
        step += 1
        let correction1 = 1 - pow(0.9, Double(step))
        let correction2 = 1 - pow(0.999, Double(step))
        for i in weights.indices {
            firstMoment[i] = 0.9 * firstMoment[i] + 0.1 * gradient[i]
            secondMoment[i] = 0.999 * secondMoment[i] + 0.001 * gradient[i] * gradient[i]
            weights[i] -= rate * (firstMoment[i] / correction1) / ((secondMoment[i] / correction2).squareRoot() + 1e-8)
        }
    }
}

/// The learning rate falls along half a cosine from its initial value to 0 over `steps` steps, computed
/// recursively as PyTorch's (and fsrs-rs's) `CosineAnnealingLR` does.
struct CosineAnnealing {
    let steps: Double
    let initialRate: Double
    private var count = 0.0
    private var rate: Double

    init(steps: Double, initialRate: Double) {
        self.steps = steps
        self.initialRate = initialRate
        rate = initialRate
    }

    mutating func next() -> Double {
        count += 1
        if (count - 1 - steps).truncatingRemainder(dividingBy: 2 * steps) == 0 {
            rate = initialRate * (1 - cos(Double.pi / steps)) / 2
        } else {
            rate = (1 + cos(Double.pi * count / steps)) / (1 + cos(Double.pi * (count - 1) / steps)) * rate
        }
        return rate
    }
}
