import Foundation

/// How well a set of weights predicts a review log, as fsrs-rs's `evaluate` measures it: the recency-weighted
/// log loss over every item, and the RMSE between predicted and actual recall within bins of similar items.
package struct ModelEvaluation: Sendable, Hashable {
    package var logLoss: Double
    package var rmseBins: Double

    package init(weights: [Double], on set: TrainingSet) {
        let model = MemoryModel(weights: weights)
        let predictions = Self.predictions(set, model: model)
        let last = Double(max(set.items.count - 1, 1))
        var loss = 0.0
        var totalWeight = 0.0
        var bins: [Bin: (predicted: Double, actual: Double, count: Double, weight: Double)] = [:]
        for (rank, item) in set.items.enumerated() {
            let weight = 0.25 + 0.75 * pow(Double(rank) / last, 3)
            let predicted = predictions[rank]
            let recalled = set.recalled(item)
            loss += ParameterOptimizer.binaryCrossEntropy(predicted, recalled: recalled, weight: weight)
            totalWeight += weight
            let bin = Bin(set, item)
            bins[bin, default: (0, 0, 0, 0)].predicted += predicted
            bins[bin, default: (0, 0, 0, 0)].actual += recalled ? 1 : 0
            bins[bin, default: (0, 0, 0, 0)].count += 1
            bins[bin, default: (0, 0, 0, 0)].weight += weight
        }
        logLoss = loss / totalWeight
        var squared = 0.0
        var binWeight = 0.0
        for value in bins.values {
            let gap = value.predicted / value.count - value.actual / value.count
            squared += gap * gap * value.weight
            binWeight += value.weight
        }
        rmseBins = (squared / binWeight).squareRoot()
    }

    /// Each item's predicted recall, replaying every card once.
    static func predictions(_ set: TrainingSet, model: MemoryModel<Double>) -> [Double] {
        var ranksOfCard = Array(repeating: [Int](), count: set.cards.count)
        for (rank, item) in set.items.enumerated() { ranksOfCard[item.card].append(rank) }
        var predictions = Array(repeating: 0.0, count: set.items.count)
        for (card, ranks) in ranksOfCard.enumerated() where !ranks.isEmpty {
            let ordered = ranks.sorted { set.items[$0].count < set.items[$1].count }
            var memory = MemoryWalk<Double>()
            var applied = 0
            for rank in ordered {
                let position = set.items[rank].count - 1
                while applied < position {
                    memory.apply(set.cards[card][applied], model: model)
                    applied += 1
                }
                predictions[rank] = memory.retrievability(after: set.cards[card][position].elapsedDays, model: model)
            }
        }
        return predictions
    }

    /// fsrs-rs's `r_matrix_index`: delay, number of long-term reviews and lapses, each on a logarithmic scale.
    struct Bin: Hashable {
        var delay: Int
        var length: Int
        var lapses: Int

        init(_ set: TrainingSet, _ item: TrainingItem) {
            let delay = Double(set.current(item).elapsedDays)
            self.delay = Int((2.48 * pow(3.62, (log(delay) / log(3.62)).rounded(.down)) * 100).rounded())
            let length = Double(set.longTermReviewCount(item) + 1)
            self.length = Int((1.99 * pow(1.89, (log(length) / log(1.89)).rounded(.down))).rounded())
            let history = set.reviews(of: item).dropLast()
            let lapses = Double(history.count { $0.rating == .again && $0.elapsedDays > 0 })
            self.lapses = lapses == 0 ? 0 : Int((1.65 * pow(1.73, (log(lapses) / log(1.73)).rounded(.down))).rounded())
        }
    }
}
