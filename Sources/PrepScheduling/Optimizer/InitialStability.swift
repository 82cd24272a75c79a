import Foundation

/// Pre-training of w0…w3 as fsrs-rs does it: for each first rating, the stability whose forgetting curve
/// (with the default decay) best fits the recall rate observed at each delay before the first long-term review,
/// then smoothed so that a better first rating never starts with less stability.
enum InitialStability {
    static let range = 0.001...100.0

    /// The four initial stabilities and how many items each first rating had; nil when no rating had any.
    static func fit(
        _ set: TrainingSet, items: [Int], averageRecall: Double
    ) -> (stabilities: [Double], counts: [Rating: Int])? {
        var outcomes: [Rating: [Int: (recalled: Int, count: Int)]] = [:]
        for index in items {
            let item = set.items[index]
            guard set.longTermReviewCount(item) == 1 else { continue }
            let review = set.firstLongTermReview(item)
            outcomes[set.firstRating(item), default: [:]][review.elapsedDays, default: (0, 0)].recalled +=
                review.rating == .again ? 0 : 1
            outcomes[set.firstRating(item), default: [:]][review.elapsedDays, default: (0, 0)].count += 1
        }
        var stabilities: [Rating: Double] = [:]
        var counts: [Rating: Int] = [:]
        for (rating, byDelay) in outcomes {
            let points = byDelay.sorted { $0.key < $1.key }.map {
                CurvePoint(delay: Double($0.key), recall: Double($0.value.recalled) / Double($0.value.count), count: Double($0.value.count))
            }
            counts[rating] = points.reduce(0) { $0 + Int($1.count) }
            stabilities[rating] = bestStability(points, averageRecall: averageRecall, prior: SchedulerParameters.defaultWeights[rating.rawValue - 1])
        }
        guard let filled = smoothAndFill(stabilities, counts: counts) else { return nil }
        return (filled, counts)
    }

    struct CurvePoint {
        var delay: Double
        var recall: Double
        var count: Double
    }

    /// Ternary search on the count-weighted log loss, with recall rates smoothed toward the average and a
    /// small pull toward the default stability.
    static func bestStability(_ points: [CurvePoint], averageRecall: Double, prior: Double) -> Double {
        let smoothed = points.map { point in
            CurvePoint(delay: point.delay, recall: (point.recall * point.count + averageRecall) / (point.count + 1), count: point.count)
        }
        let model = MemoryModel<Double>(weights: SchedulerParameters.defaultWeights)
        func loss(_ stability: Double) -> Double {
            var total = 0.0
            for point in smoothed {
                let predicted = model.retrievability(elapsedDays: point.delay, stability: stability)
                total -= (point.recall * log(predicted) + (1 - point.recall) * log(1 - predicted)) * point.count
            }
            return total + abs(stability - prior) / 16
        }
        var low = range.lowerBound
        var high = range.upperBound
        var best = prior
        var iterations = 0
        while high - low > Double.ulpOfOne && iterations < 1000 {
            iterations += 1
            let third1 = low + (high - low) / 3
            let third2 = high - (high - low) / 3
            if loss(third1) < loss(third2) { high = third2 } else { low = third1 }
            best = (high + low) / 2
        }
        return best
    }

    /// fsrs-rs's `smooth_and_fill`: orders the ratings' stabilities, then fills missing ratings from the known ones
    /// by the geometric relations it assumes between them.
    static func smoothAndFill(_ fitted: [Rating: Double], counts: [Rating: Int]) -> [Double]? {
        var stability = fitted.filter { counts[$0.key] != nil }
        let pairs: [(Rating, Rating)] = [(.again, .hard), (.hard, .good), (.good, .easy), (.again, .good), (.hard, .easy), (.again, .easy)]
        for (small, big) in pairs {
            guard let smallValue = stability[small], let bigValue = stability[big], smallValue > bigValue else { continue }
            if counts[small]! > counts[big]! {
                stability[big] = smallValue
            } else {
                stability[small] = bigValue
            }
        }
        let w1 = 0.41
        let w2 = 0.54
        let defaults = Array(SchedulerParameters.defaultWeights[0..<4])
        var s: [Double?] = Rating.allCases.map { stability[$0] }
        switch stability.count {
        case 0:
            return nil
        case 1:
            let (rating, value) = stability.first!
            let factor = value / defaults[rating.rawValue - 1]
            s = defaults.map { $0 * factor }.sorted()
        case 2:
            switch (s[0], s[1], s[2], s[3]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                s[1] = r2
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                s[2] = r3
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let denominator = w1 + w2 - w1 * w2
                let r2 = pow(r1, w1 / denominator) * pow(r4, 1 - w1 / denominator)
                s[1] = r2
                s[2] = pow(r1, 1 - w2 / denominator) * pow(r4, w2 / denominator)
            case (let r1?, nil, let r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                s[1] = r2
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                s[2] = r3
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
        case 3:
            switch (s[0], s[1], s[2], s[3]) {
            case (nil, let r2?, let r3?, _):
                s[0] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, let r3?, _):
                s[1] = pow(r1, w1) * pow(r3, 1 - w1)
            case (_, let r2?, nil, let r4?):
                s[2] = pow(r2, 1 - w2) * pow(r4, w2)
            case (_, let r2?, let r3?, nil):
                s[3] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
        default:
            break
        }
        return s.map { min(max($0!, range.lowerBound), range.upperBound) }
    }
}
