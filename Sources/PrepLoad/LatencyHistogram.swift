/// Log-linear latency buckets (64 per power of two, so under 1.6% error), exact maximum, cheap to merge.
package struct LatencyHistogram: Sendable, Codable, Equatable {
    private static let linearLimit: UInt64 = 128
    private static let subBuckets: UInt64 = 64

    private var counts = [UInt64](repeating: 0, count: 128 + 58 * 64)
    package private(set) var count: UInt64 = 0
    package private(set) var maxNanoseconds: UInt64 = 0
    package private(set) var minNanoseconds: UInt64 = .max
    private var totalNanoseconds: Double = 0

    package init() {}

    package mutating func record(nanoseconds: UInt64) {
        counts[Self.index(of: nanoseconds)] += 1
        count += 1
        maxNanoseconds = max(maxNanoseconds, nanoseconds)
        minNanoseconds = min(minNanoseconds, nanoseconds)
        totalNanoseconds += Double(nanoseconds)
    }

    package mutating func merge(_ other: LatencyHistogram) {
        for index in counts.indices { counts[index] += other.counts[index] }
        count += other.count
        maxNanoseconds = max(maxNanoseconds, other.maxNanoseconds)
        minNanoseconds = min(minNanoseconds, other.minNanoseconds)
        totalNanoseconds += other.totalNanoseconds
    }

    /// The value at quantile `q` (0...1), as the upper edge of its bucket, capped by the true maximum.
    package func quantileNanoseconds(_ q: Double) -> UInt64 {
        guard count > 0 else { return 0 }
        let rank = max(1, UInt64((q * Double(count)).rounded(.up)))
        var seen: UInt64 = 0
        for (index, bucketCount) in counts.enumerated() where bucketCount > 0 {
            seen += bucketCount
            if seen >= rank { return min(Self.upperEdge(of: index), maxNanoseconds) }
        }
        return maxNanoseconds
    }

    package var meanNanoseconds: Double { count == 0 ? 0 : totalNanoseconds / Double(count) }

    static func index(of value: UInt64) -> Int {
        guard value >= linearLimit else { return Int(value) }
        let shift = UInt64(63 - value.leadingZeroBitCount) - 6
        return Int(linearLimit + (shift - 1) * subBuckets + ((value >> shift) - subBuckets))
    }

    static func upperEdge(of index: Int) -> UInt64 {
        guard UInt64(index) >= linearLimit else { return UInt64(index) }
        let offset = UInt64(index) - linearLimit
        let shift = offset / subBuckets + 1
        let mantissa = offset % subBuckets + subBuckets
        return ((mantissa + 1) << shift) - 1
    }
}
