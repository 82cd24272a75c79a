import Foundation

extension Scheduler {
    /// Bands of the interval (in days) and how much of each band widens the fuzz range (py-fsrs `FUZZ_RANGES`).
    private static let fuzzBands: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.10),
        (20.0, .infinity, 0.05),
    ]

    /// The interval range the reference library draws a fuzzed review interval of `days` from; `nil` below 2.5 days.
    package func fuzzRange(days: Int) -> ClosedRange<Int>? {
        let interval = Double(days)
        guard interval >= 2.5 else { return nil }
        var delta = 1.0
        for band in Self.fuzzBands {
            delta += band.factor * max(min(interval, band.end) - band.start, 0.0)
        }
        var lower = Int((interval - delta).rounded(.toNearestOrEven))
        var upper = Int((interval + delta).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, parameters.maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }

    /// A fuzzed interval in days. As in the reference library, the draw spans `upper − lower + 1` before
    /// rounding, so it can land on `upper + 1` when that is within the maximum interval.
    func fuzzedIntervalDays(_ days: Int, using rng: inout some RandomNumberGenerator) -> Int {
        guard let range = fuzzRange(days: days) else { return days }
        let draw = Double.random(in: 0..<1, using: &rng) * Double(range.upperBound - range.lowerBound + 1)
            + Double(range.lowerBound)
        return min(Int(draw.rounded(.toNearestOrEven)), parameters.maximumInterval)
    }
}
