import PrepStudy

/// Encodes 100,000 review logs as progress JSON.
enum ExportBenchmark {
    static let reviewCount = 100_000

    static let benchmark = Benchmark(name: "export", summary: "export 100,000 review logs as progress JSON") { _ in
        var samples: [Double] = []
        for _ in 0..<3 {
            samples.append(try ProgressBenchmarks.exportReviews(count: reviewCount).milliseconds)
        }
        return [.milliseconds("export", "export \(reviewCount) reviews", median: samples.sorted()[1], runs: 3, target: "about 1000 ms")]
    }
}
