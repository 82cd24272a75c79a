import Testing
@testable import PrepExchange

struct ProgressBenchmarkTests {
    /// Export time grows about linearly with the log: ten times the reviews may not cost fifty times as long.
    @Test func exportScalesLinearly() throws {
        _ = try ProgressBenchmarks.exportReviews(count: 500)
        let small = try ProgressBenchmarks.exportReviews(count: 2_000)
        let large = try ProgressBenchmarks.exportReviews(count: 20_000)
        #expect(small > .zero)
        #expect(large < small * 50, "2,000 reviews: \(small), 20,000: \(large)")
    }
}
