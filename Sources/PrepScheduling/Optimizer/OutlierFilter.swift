/// fsrs-rs's outlier filter: among items with a single long-term review, grouped by first rating and the delay
/// before that review, it drops the rarest delays (5 % of each group, at least 20 items) and delays too long
/// to trust; every item whose first long-term review falls in a dropped group leaves the training set too.
enum OutlierFilter {
    /// Indices into `set.items`: those that initialise w0…w3, and those that train.
    static func split(_ set: TrainingSet) -> (initialization: [Int], training: [Int]) {
        var groups: [Rating: [Int: [Int]]] = [:]
        for (index, item) in set.items.enumerated() where set.longTermReviewCount(item) == 1 {
            groups[set.firstRating(item), default: [:]][set.current(item).elapsedDays, default: []].append(index)
        }
        var removed = Set<DelayGroup>()
        var initialization: [Int] = []
        for rating in groups.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            // Smallest groups first, shorter delay first among equals.
            let delays = groups[rating]!.sorted { ($0.value.count, $0.key) < ($1.value.count, $1.key) }
            let total = delays.reduce(0) { $0 + $1.value.count }
            let quota = max(20, total / 20)
            let longestDelay = rating == .easy ? 365 : 100
            var removedCount = 0
            for (delay, indices) in delays {
                if removedCount + indices.count >= quota {
                    if indices.count >= 6 && delay <= longestDelay {
                        initialization.append(contentsOf: indices)
                    } else {
                        removed.insert(DelayGroup(firstRating: rating, delay: delay))
                    }
                } else {
                    removedCount += indices.count
                    removed.insert(DelayGroup(firstRating: rating, delay: delay))
                }
            }
        }
        let training = set.items.indices.filter { index in
            let item = set.items[index]
            return !removed.contains(DelayGroup(firstRating: set.firstRating(item), delay: set.firstLongTermReview(item).elapsedDays))
        }
        return (initialization.sorted(), training)
    }

    private struct DelayGroup: Hashable {
        var firstRating: Rating
        var delay: Int
    }
}
