import PrepStudy
import Testing

@testable import PrepCLI

/// `prep bench` words its results in the screen's language; `--json` keeps the English it always wrote.
@Suite struct BenchLanguageTests {
    /// Every metric and every target once.
    static let results: [BenchmarkResult] = [
        .milliseconds("import", .importCards(10_000), median: 12.345, runs: 5, target: .wellUnder(milliseconds: 1000)),
        .milliseconds("import-collection", .importCollection(questions: 5_000), median: 80, runs: 5, target: .about(milliseconds: 1000)),
        .milliseconds("pick", .nextCardInMemory, median: 1, runs: 21, target: .aFewMilliseconds),
        .milliseconds("pick", .nextCardInSession, median: 1, runs: 21, target: .aFewMilliseconds),
        .milliseconds("pick", .storeCandidates, median: 1, runs: 5, target: .aFewMilliseconds),
        .milliseconds("pick", .sessionStart, median: 20, runs: 5, target: .tensOfMilliseconds),
        .milliseconds("pick", .dueNow, median: 20, runs: 5, target: .tensOfMilliseconds),
        .milliseconds("launch", .launch(.quizNewDatabase), median: 31.5, runs: 11, target: .atMost(milliseconds: 40)),
        .milliseconds("launch", .launch(.quizExistingDatabase), median: 9, runs: 11, target: .atMost(milliseconds: 15)),
        .milliseconds("launch", .launch(.reviewExistingDatabase), median: 9, runs: 11, target: .atMost(milliseconds: 15)),
        .milliseconds("launch", .launch(.config), median: 3, runs: 11, target: .atMost(milliseconds: 5)),
        .milliseconds("export", .exportReviews(100_000), median: 700, runs: 3, target: .about(milliseconds: 1000)),
        .milliseconds("apkg", .exportPackage(cards: 100_000, reviews: 100_000), median: 900, runs: 3, target: .about(milliseconds: 1000)),
        .milliseconds("apkg-import", .importPackage(cards: 50_000, revlogRows: 200_000), median: 2000, runs: 3, target: .wellUnder(milliseconds: 5000)),
        .milliseconds("optimize", .fit(reviews: 2_500), median: 300, runs: 5, target: .under(milliseconds: 500)),
        .milliseconds("optimize", .fit(reviews: 100_000), median: 4000, runs: 1, target: .underSeconds(10)),
        BenchmarkResult(
            benchmark: "server", metric: .serverThroughput(label: "sync /sleep ×64"), value: 1234.4, unit: .requestsPerSecond, runs: 1,
            target: .peerScript),
        .milliseconds("server", .serverLatency(label: "sync /sleep ×64"), median: 12, runs: 1, target: .none),
    ]

    @Test func aChineseScreenShowsNoEnglishWords() {
        for result in Self.results {
            let line = BenchCommand.line(result, .traditionalChinese)
            #expect(HelpLanguageTests.englishWords(line).isEmpty, "\(line)")
        }
        #expect(HelpLanguageTests.englishWords(BenchPhrases.traditionalChinese.running("launch")).isEmpty)
    }

    @Test func anEnglishScreenReadsAsItAlwaysDid() {
        let launch = BenchCommand.line(Self.results[7], .english)
        #expect(launch == "first question, new database" + String(repeating: " ", count: 20) + "       31.50 ms  median of 11  (target: ≤ 40 ms)")
        let server = BenchCommand.line(Self.results[16], .english)
        #expect(server.hasSuffix("1234 req/s  one run  (target: see Tests/peers/run_peers.sh)"))
    }

    @Test func jsonKeepsTheEnglishWords() throws {
        let json = try JSONOutput.string(Self.results[14])
        #expect(json == """
            {
              "benchmark" : "optimize",
              "metric" : "fit 2500 reviews",
              "runs" : 5,
              "target" : "< 500 ms",
              "unit" : "ms",
              "value" : 300
            }
            """)
    }
}
