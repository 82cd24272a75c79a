import PrepExchange
import PrepStudy

/// Reads and imports an Anki package of 50,000 cards and 200,000 revlog rows.
enum ApkgImportBenchmark {
    static let cardCount = 50_000
    static let reviewCount = 200_000

    static let benchmark = Benchmark(name: "apkg-import", summary: .benchApkgImport) { _ in
        var samples: [Double] = []
        for _ in 0..<3 {
            samples.append(try AnkiPackageBenchmarks.importPackage(cardCount: cardCount, reviewCount: reviewCount).milliseconds)
        }
        return [.milliseconds(
            "apkg-import", .importPackage(cards: cardCount, revlogRows: reviewCount), median: samples.sorted()[1], runs: 3,
            target: .wellUnder(milliseconds: 5000)
        )]
    }
}
