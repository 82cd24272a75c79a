import PrepCore
import PrepStudy

/// The words of `prep bench`'s result lines. `--json` uses the English ones whatever the screen's language.
struct BenchPhrases: Sendable {
    var running: @Sendable (_ benchmark: String) -> String
    var metric: @Sendable (_ metric: BenchmarkMetric) -> String
    var target: @Sendable (_ target: BenchmarkTarget) -> String
    var unit: @Sendable (_ unit: BenchmarkUnit) -> String
    /// How the figure was taken: the median of several runs, or one run.
    var median: @Sendable (_ runs: Int) -> String
    var oneRun: String
    var targetLabel: @Sendable (_ target: String) -> String
    /// The generated collection did not parse into the questions written into it: the figure would mean nothing.
    var collectionMisparsed: @Sendable (_ written: Int, _ parsed: Int) -> String

    static func forLanguage(_ language: Language) -> BenchPhrases {
        switch language {
        case .zhHant: .traditionalChinese
        case .en: .english
        }
    }

    static let english = BenchPhrases(
        running: { benchmark in "running \(benchmark)…" },
        metric: { metric in
            switch metric {
            case .importCards(let cards): "import \(cards) cards"
            case .importCollection(let questions): "parse and import a \(questions)-question markdown collection"
            case .nextCardInMemory: "next card among 100k (in memory)"
            case .nextCardInSession: "next card among 100k (session)"
            case .storeCandidates: "due + new candidates from the store"
            case .sessionStart: "start a review session on 100k cards"
            case .dueNow: "count what is due now and held back, 100k cards"
            case .launch(.quizNewDatabase): "first question, new database"
            case .launch(.quizExistingDatabase): "first question, existing database"
            case .launch(.reviewExistingDatabase): "first review card, existing database"
            case .launch(.config): "prep config"
            case .exportReviews(let reviews): "export \(reviews) reviews"
            case .exportPackage(let cards, let reviews): "export \(cards) cards, \(reviews) reviews as .apkg"
            case .importPackage(let cards, let rows): "import .apkg of \(cards) cards, \(rows) revlog rows"
            case .fit(let reviews): "fit \(reviews) reviews"
            case .serverThroughput(let label): "\(label) throughput"
            case .serverLatency(let label): "\(label) p99 latency"
            }
        },
        target: { target in
            switch target {
            case .wellUnder(let milliseconds): "well under \(milliseconds) ms"
            case .about(let milliseconds): "about \(milliseconds) ms"
            case .atMost(let milliseconds): "≤ \(milliseconds) ms"
            case .under(let milliseconds): "< \(milliseconds) ms"
            case .underSeconds(let seconds): "< \(seconds) s"
            case .aFewMilliseconds: "a few ms"
            case .tensOfMilliseconds: "tens of ms"
            case .peerScript: "see Tests/peers/run_peers.sh"
            case .none: "-"
            }
        },
        unit: { unit in unit.rawValue },
        median: { runs in "median of \(runs)" },
        oneRun: "one run",
        targetLabel: { target in "(target: \(target))" },
        collectionMisparsed: { written, parsed in "the generated collection of \(written) questions parsed into \(parsed)" }
    )

    static let traditionalChinese = BenchPhrases(
        running: { benchmark in "正在執行 \(benchmark)…" },
        metric: { metric in
            switch metric {
            case .importCards(let cards): "匯入 \(cards) 張卡片"
            case .importCollection(let questions): "解析並匯入 \(questions) 題的 markdown 題庫"
            case .nextCardInMemory: "在 10 萬張中選出下一張卡（記憶體內）"
            case .nextCardInSession: "在 10 萬張中選出下一張卡（複習中）"
            case .storeCandidates: "從資料庫取出到期與新卡的候選"
            case .sessionStart: "在 10 萬張卡片上開始複習"
            case .dueNow: "計算 10 萬張卡片中現在到期與暫緩的數量"
            case .launch(.quizNewDatabase): "第一道題目，新資料庫"
            case .launch(.quizExistingDatabase): "第一道題目，既有資料庫"
            case .launch(.reviewExistingDatabase): "第一張複習卡，既有資料庫"
            case .launch(.config): "prep config"
            case .exportReviews(let reviews): "匯出 \(reviews) 筆複習"
            case .exportPackage(let cards, let reviews): "把 \(cards) 張卡片、\(reviews) 筆複習匯出為 .apkg"
            case .importPackage(let cards, let rows): "匯入含 \(cards) 張卡片、\(rows) 筆 revlog 的 .apkg"
            case .fit(let reviews): "以 \(reviews) 筆複習擬合參數"
            case .serverThroughput(let label): "\(label) 吞吐量"
            case .serverLatency(let label): "\(label) p99 延遲"
            }
        },
        target: { target in
            switch target {
            case .wellUnder(let milliseconds): "遠低於 \(milliseconds) 毫秒"
            case .about(let milliseconds): "約 \(milliseconds) 毫秒"
            case .atMost(let milliseconds): "≤ \(milliseconds) 毫秒"
            case .under(let milliseconds): "< \(milliseconds) 毫秒"
            case .underSeconds(let seconds): "< \(seconds) 秒"
            case .aFewMilliseconds: "幾毫秒"
            case .tensOfMilliseconds: "數十毫秒"
            case .peerScript: "見 Tests/peers/run_peers.sh"
            case .none: "-"
            }
        },
        unit: { unit in
            switch unit {
            case .milliseconds: "毫秒"
            case .requestsPerSecond: "次請求/秒"
            }
        },
        median: { runs in "\(runs) 次的中位數" },
        oneRun: "單次",
        targetLabel: { target in "（目標：\(target)）" },
        collectionMisparsed: { written, parsed in "產生的題庫寫了 \(written) 題，卻只解析出 \(parsed) 題" }
    )
}
