import PrepExchange
import PrepStudy

/// Encodes 100,000 review logs as progress JSON, and 100,000 cards with their reviews as an Anki package.
enum ExportBenchmark {
    static let reviewCount = 100_000
    static let cardCount = 100_000

    static let benchmark = Benchmark(name: "export", summary: .benchExport) { _ in
        var samples: [Double] = []
        for _ in 0..<3 {
            samples.append(try ProgressBenchmarks.exportReviews(count: reviewCount).milliseconds)
        }
        return [
            .milliseconds("export", .exportReviews(reviewCount), median: samples.sorted()[1], runs: 3, target: .about(milliseconds: 1000))
        ]
    }

    static let apkg = Benchmark(name: "apkg", summary: .benchApkg) { _ in
        var samples: [Double] = []
        for _ in 0..<3 {
            samples.append(try AnkiPackageBenchmarks.exportPackage(cardCount: cardCount, reviewCount: reviewCount).milliseconds)
        }
        return [.milliseconds(
            "apkg", .exportPackage(cards: cardCount, reviews: reviewCount), median: samples.sorted()[1], runs: 3,
            target: .about(milliseconds: 1000)
        )]
    }
}
