import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, sixth blind audit: which-ones worded as an examiner asks them, choice questions whose description
/// shares a word with the key alone, tables of bare marks, and cell lookups typed. Fixtures are written for these tests.
struct QuizExaminerWordingTests {
    typealias Q = QuizFixtures

    private func questions(_ card: QuizCard, pool: [QuizCard]) -> [QuizQuestion] {
        (0..<20).map { QuizGenerator().questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    private func whichOnePrompts(_ table: [QuizCard], row: String, column: String) -> Set<String> {
        let card = table.first { $0.cell?.rowLabel == row && $0.cell?.column == column }!
        return Set(questions(card, pool: table).compactMap { question -> String? in
            if case .whichOne(let prompt, _, _) = question.kind { return prompt }
            return nil
        })
    }

    /// "Whose memory is “Private to each”: Threads or Processes?", not "In “…”, for “Memory”, which one matches …";
    /// a caption restating the subjects or saying "differences" is left out, one adding context is kept.
    @Test func aWhichOneAsksWhoseAspectItIs() {
        let rows = [["Memory", "Shared by all", "Private to each"], ["Crash isolation", "Takes the process down", "Stays contained"]]
        for title in ["Threads vs Processes: key differences", "Threads or Processes", ""] {
            let table = Q.table("tp", title: title, columns: ["Aspect", "Threads", "Processes"], rows: rows)
            #expect(whichOnePrompts(table, row: "Memory", column: "Processes") == ["Whose memory is private to each: Threads or Processes?"])
        }
        let inContext = Q.table("tp", title: "Under CPython", columns: ["Aspect", "Threads", "Processes"], rows: rows)
        #expect(whichOnePrompts(inContext, row: "Memory", column: "Processes") == ["In CPython, whose memory is private to each: Threads or Processes?"])
        let zhRows = [["記憶體", "全部共用", "各自獨立"], ["崩潰隔離", "整個行程一起倒", "只影響自己"]]
        for title in ["核心差異", "執行緒 還是 行程", "執行緒與行程"] {
            let zh = Q.table("tp", title: title, columns: ["面向", "執行緒", "行程"], rows: zhRows, lang: "zh-Hant")
            #expect(whichOnePrompts(zh, row: "記憶體", column: "行程") == ["哪一個的記憶體是「各自獨立」：執行緒還是行程？"])
        }
    }

    /// A short plain value, or a Chinese predicate, is said as the examiner's own words; a noun phrase, a quotation
    /// or a punctuated value stays quoted.
    @Test func anOwnedValueReadsAsPartOfTheSentence() {
        let rows = [["Cold start", "Typically lower", "Slower, a full runtime"], ["Memory", "Shared by all", "Private to each"]]
        let table = Q.table("en", title: "", columns: ["Aspect", "Edge", "Node"], rows: rows)
        #expect(whichOnePrompts(table, row: "Cold start", column: "Edge") == ["Whose cold start is typically lower: Edge or Node?"])
        #expect(whichOnePrompts(table, row: "Cold start", column: "Node") == ["Whose cold start is “Slower, a full runtime”: Edge or Node?"])
        let zhRows = [["效能", "受 worker 數量限制", "等待的請求越多越划算"], ["記憶體", "全部共用", "各自獨立"]]
        let zh = Q.table("wa", title: "", columns: ["面向", "WSGI", "ASGI"], rows: zhRows, lang: "zh-Hant")
        #expect(whichOnePrompts(zh, row: "效能", column: "WSGI") == ["哪一個的效能受 worker 數量限制：WSGI 還是 ASGI？"])
        #expect(whichOnePrompts(zh, row: "效能", column: "ASGI") == ["哪一個的效能是「等待的請求越多越划算」：WSGI 還是 ASGI？"])
        let speed = Q.table("sp", title: "", columns: ["面向", "甲", "乙"], rows: [["速度", "較快（在 hello world 測試中）", "較慢"], ["大小", "小", "大"]], lang: "zh-Hant")
        #expect(whichOnePrompts(speed, row: "速度", column: "甲") == ["哪一個的速度較快（在 hello world 測試中）：甲還是乙？"])
        let engines = Q.table("db", title: "", columns: ["面向", "甲引擎", "乙引擎"], rows: [["交易支援", "支援回滾", "不支援交易"], ["鎖", "列鎖", "表鎖"]], lang: "zh-Hant")
        #expect(whichOnePrompts(engines, row: "交易支援", column: "甲引擎") == ["哪一個的交易支援是「支援回滾」：甲引擎還是乙引擎？"])
    }

    /// A situation is nothing a subject owns: it keeps "when it comes to".
    @Test func aSituationRowIsNotAskedAsOwned() {
        #expect(!QuizLanguage.namesAnAspect("A classic CRUD app"))
        #expect(!QuizLanguage.namesAnAspect("傳統的 CRUD 應用"))
        #expect(QuizLanguage.namesAnAspect("Execution model"))
        #expect(QuizLanguage.namesAnAspect("效能"))
        // What a subject suits is no thing it has: no "whose best for is", no 「哪一個的最適合是」.
        #expect(!QuizLanguage.namesAnAspect("最適合"))
        #expect(!QuizLanguage.namesAnAspect("Best choice"))
        #expect(!QuizLanguage.namesAnAspect("推薦場景"))
        #expect(QuizLanguage.namesAnAspect("用途"))
    }

    /// A column of what each subject suits or is used for is a situation to choose for, not a lookup ("when it comes
    /// to “Best for”") nor something owned ("whose typical use is").
    @Test func aPurposeRowIsAskedAsAChoiceForThatSituation() {
        let rows = [["Best for", "Batch jobs overnight", "Interactive dashboards"], ["Latency", "Minutes", "Milliseconds"]]
        let table = Q.table("bs", title: "Batch or Stream", columns: ["Aspect", "Batch", "Stream"], rows: rows)
        #expect(whichOnePrompts(table, row: "Best for", column: "Stream") == ["For “Interactive dashboards”, which would you choose: Batch or Stream?"])
        let zhRows = [["最適合", "夜間的批次工作", "即時的儀表板"], ["延遲", "數分鐘", "數毫秒"]]
        let zh = Q.table("bs", title: "批次還是串流", columns: ["面向", "批次", "串流"], rows: zhRows, lang: "zh-Hant")
        #expect(whichOnePrompts(zh, row: "最適合", column: "串流") == ["「即時的儀表板」該選哪一個：批次還是串流？"])
        for label in ["Best for", "Typical use", "Use it for", "Use cases", "When to use", "最適合", "推薦場景"] {
            #expect(QuizLanguage.namesAPurpose(label), "\(label)")
        }
        for label in ["Memory use", "Latency", "用途", "Execution model", "Best practice?"] {
            #expect(!QuizLanguage.namesAPurpose(label), "\(label)")
        }
    }

    /// A meaning sharing a word with its term alone ("blocking", 「中介」) gives the key away: not asked as a choice.
    @Test func aDescriptionEchoingTheKeyAloneIsNoChoice() {
        let concepts = Q.table(
            "cn", title: "", columns: ["Concept", "Meaning"],
            rows: [
                ["Non-blocking I/O", "A waiting call hands control back; a blocking call would stall every task"],
                ["Connection pooling", "Reusing open links instead of dialing each time"],
                ["Backpressure", "Slowing the producer when the consumer lags"],
                ["Sharding", "Splitting the data across machines"],
            ]
        )
        let echoed = concepts.first { $0.cell?.rowLabel == "Non-blocking I/O" }!
        #expect(!questions(echoed, pool: concepts).contains { $0.type == .multipleChoice })
        let plain = concepts.first { $0.cell?.rowLabel == "Sharding" }!
        #expect(questions(plain, pool: concepts).contains { $0.type == .multipleChoice })
        let zh = Q.table(
            "cn", title: "", columns: ["概念", "意思"],
            rows: [
                ["中介層", "每個請求進出都會經過的中介一層"], ["快取", "把算好的結果存起來再用"],
                ["連線池", "重複使用已開好的連線"], ["分片", "把資料拆到多台機器上"],
            ],
            lang: "zh-Hant"
        )
        let zhEchoed = zh.first { $0.cell?.rowLabel == "中介層" }!
        #expect(!questions(zhEchoed, pool: zh).contains { $0.type == .multipleChoice })
        #expect(QuizGenerator.echoes("the loop stalls on a blocking call", "Non-blocking I/O"))
        #expect(!QuizGenerator.echoes("the loop stalls on a blocking call", "High concurrency"))
    }

    /// A table whose values are marks ("Dirty reads: ✓") is not recalled row by row: the marks mean nothing without a legend.
    @Test func aTableOfMarksIsNotRecalledRowByRow() {
        let levels = Q.table(
            "iso", title: "Isolation levels", columns: ["Level", "Dirty reads", "Lost updates", "Phantoms", "How"],
            rows: [
                ["Loose", "✗", "✗", "✗", "No locks at all"], ["Middle", "✓", "✓", "partly ✓", "Snapshot per statement"],
                ["Strict", "✓", "✓", "✓", "Everything locked"],
            ]
        )
        let index = TableIndex(cards: levels)
        for card in levels where card.cell?.column != "How" { #expect(!index.isAsked(cardKey: card.key), "\(card.key)") }
    }

    /// A cell recalled is typed only for a short term or a number; a phrase or a code string is self-graded.
    @Test func aCellLookupIsTypedOnlyForAShortTerm() {
        let generator = QuizGenerator()
        let key = "django/servers/uvicorn/c2"
        #expect(generator.cellRecallMode(forAnswer: "Uvicorn", key: key) == .typed)
        #expect(generator.cellRecallMode(forAnswer: "Event loop", key: key) == .typed)
        #expect(generator.cellRecallMode(forAnswer: "8000", key: key) == .typed)
        #expect(generator.cellRecallMode(forAnswer: "事件迴圈", key: key) == .typed)
        #expect(generator.cellRecallMode(forAnswer: "Serve many idle sockets", key: key) == .selfGraded)
        #expect(generator.cellRecallMode(forAnswer: "`uvicorn app:main`", key: key) == .selfGraded)
        #expect(generator.cellRecallMode(forAnswer: "sync_to_async", key: key) == .selfGraded)
        #expect(generator.cellRecallMode(forAnswer: "把工作交給背景執行緒", key: key) == .selfGraded)
    }
}
