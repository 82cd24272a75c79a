import Testing
@testable import PrepExchange

struct AnkiPackageBenchmarkTests {
    /// Package time grows about linearly: ten times the cards and reviews may not cost fifty times as long.
    @Test func packageExportScalesLinearly() throws {
        _ = try AnkiPackageBenchmarks.exportPackage(cardCount: 200, reviewCount: 200)
        let small = try AnkiPackageBenchmarks.exportPackage(cardCount: 1_000, reviewCount: 1_000)
        let large = try AnkiPackageBenchmarks.exportPackage(cardCount: 10_000, reviewCount: 10_000)
        #expect(small > .zero)
        #expect(large < small * 50, "1,000 cards: \(small), 10,000: \(large)")
    }
}
