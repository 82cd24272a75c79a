import Testing
@testable import PrepLoad

struct LatencyHistogramTests {
    @Test func quantilesAreWithinTheBucketError() {
        var histogram = LatencyHistogram()
        for value in 1...10_000 { histogram.record(nanoseconds: UInt64(value) * 1000) }
        #expect(histogram.count == 10_000)
        #expect(histogram.maxNanoseconds == 10_000_000)
        for (q, expected) in [(0.5, 5_000_000.0), (0.9, 9_000_000.0), (0.99, 9_900_000.0)] {
            let measured = Double(histogram.quantileNanoseconds(q))
            #expect(abs(measured - expected) / expected < 0.02, "q=\(q): \(measured)")
        }
    }

    @Test func bucketsCoverEveryValueWithoutGaps() {
        for value: UInt64 in [0, 1, 127, 128, 129, 255, 256, 1000, 1 << 20, 123_456_789, 1 << 40] {
            let index = LatencyHistogram.index(of: value)
            #expect(LatencyHistogram.upperEdge(of: index) >= value)
            if index > 0 { #expect(LatencyHistogram.upperEdge(of: index - 1) < value) }
        }
    }

    @Test func mergeAddsCounts() {
        var first = LatencyHistogram()
        var second = LatencyHistogram()
        first.record(nanoseconds: 10)
        second.record(nanoseconds: 1_000_000)
        first.merge(second)
        #expect(first.count == 2)
        #expect(first.maxNanoseconds == 1_000_000)
        #expect(first.minNanoseconds == 10)
    }
}
