import PrepContent
@testable import PrepStudy
import PrepCore
import Testing

/// Issue 20's rules for table questions, each on a small table written for it: choices only where a value
/// names one thing, marks and sentences recalled as comparisons, distractors sharing no key word with the
/// key, captions only when they name the table, the framing in the screen's language, and feedback that
/// says what a wrong pick really is.
struct QuizTableRulesTests {
    typealias Q = QuizFixtures

    static let storage = Q.table(
        "storage", title: "Browser storage", columns: ["Store", "Lifetime", "Size"],
        rows: [
            ["Cookie", "Set by its expiry date", "About 4 KB"],
            ["localStorage", "Until cleared", "About 5 MB"],
            ["sessionStorage", "Until the tab closes", "About 5 MB"],
        ]
    )

    static let marks = Q.table(
        "marks", title: "Protocols", columns: ["Feature", "WSGI", "ASGI"],
        rows: [["WebSocket", "✘", "✔"], ["Plain HTTP", "✔", "✔"]]
    )

    private func questions(_ card: QuizCard, pool: [QuizCard], generator: QuizGenerator = QuizGenerator()) -> [QuizQuestion] {
        (0..<30).map { generator.questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    private func texts(_ question: QuizQuestion) -> [String] {
        switch question.kind {
        case .multipleChoice(let prompt, let options, _), .whichOne(let prompt, let options, _): [prompt] + options
        case .trueFalse(let statement, _, _): [statement]
        case .recall(let prompt, let answer, _): [prompt, answer]
        }
    }

    @Test func anAttributeTableAsksWhichRowAValueDescribesNeverAColumnLookup() {
        let card = Self.storage.first { $0.cell?.rowLabel == "localStorage" && $0.cell?.column == "Lifetime" }!
        for question in questions(card, pool: Self.storage) {
            #expect(!texts(question)[0].contains("column say"))
            if case .multipleChoice(let prompt, let options, let correct) = question.kind {
                #expect(prompt == "Whose lifetime is “Until cleared”?")
                #expect(options[correct] == "localStorage")
            }
        }
    }

    /// A row picked by its value is asked as an examiner would: whose aspect it is, or which to choose for what it
    /// suits; "Which “Queue” does this describe: “Typical use: …”?" read as a lookup (issue 20, twenty-third reading).
    @Test func aRowIsPickedByWhoseValueItIsOrWhatItSuits() {
        let queues = Q.table(
            "queues", title: "Message brokers", columns: ["Broker", "Strengths", "Typical use"],
            rows: [
                ["RabbitMQ", "Flexible routing; per-message acknowledgements", "Task queues between services"],
                ["Kafka", "A replayable log; very high throughput", "Event streams read by many consumers"],
                ["Redis Streams", "Runs inside a cache you may already have", "Light queues in a small system"],
            ])
        let language = QuizLanguage.en
        #expect(language.matchRowPrompt(queues[0].cell!, value: "A replayable log; very high throughput")
            == "Whose strengths are “A replayable log; very high throughput”?")
        #expect(language.matchRowPrompt(queues[1].cell!, value: "Task queues between services")
            == "Whose typical use is “Task queues between services”?")
        let picks = Q.table("picks", title: "", columns: ["Broker", "Best for", "Why it hurts"], rows: [["Kafka", "Event streams", "Heavy to run"], ["Redis Streams", "Small systems", "Memory bound"]])
        #expect(language.matchRowPrompt(picks[0].cell!, value: "Event streams") == "For “Event streams”, which broker would you choose?")
        // A value that sets a scene is asked as one, whatever its column: "whose typical use is “When…”" owned a clause
        // (issue 20, twenty-eighth reading).
        #expect(language.matchRowPrompt(queues[2].cell!, value: "When a small system needs a light queue.")
            == "When a small system needs a light queue, which broker would you choose?")
        #expect(QuizLanguage.zhHant.matchRowPrompt(queues[2].cell!, value: "小系統需要輕量佇列時")
            == "小系統需要輕量佇列時，該選哪個 Broker？")
        #expect(!QuizLanguage.namesASituation("Whenever"))
        #expect(!QuizLanguage.namesASituation("Event streams read by many consumers"))
        // A question for a header is no aspect to own: the value is shown with its column.
        #expect(language.matchRowPrompt(picks[1].cell!, value: "Heavy to run") == "Which broker does this describe: “Why it hurts: Heavy to run”?")
        let zh = Q.table(
            "queues-zh", title: "訊息佇列", columns: ["佇列", "長處", "典型用途"],
            rows: [["RabbitMQ", "路由彈性大", "服務之間的工作佇列"], ["Kafka", "可重播的日誌", "多個消費者讀的事件流"], ["Redis Streams", "沿用現有快取", "小系統的輕量佇列"]],
            lang: "zh-Hant")
        #expect(QuizLanguage.zhHant.matchRowPrompt(zh[0].cell!, value: "可重播的日誌").hasSuffix("哪一個的長處是「可重播的日誌」？"))
        // 用途 is an aspect in Chinese: 「哪一個的用途是」 is how a Chinese examiner asks it.
        #expect(QuizLanguage.zhHant.matchRowPrompt(zh[1].cell!, value: "服務之間的工作佇列").hasSuffix("哪一個的典型用途是「服務之間的工作佇列」？"))
        let zhPurpose = Q.table("pick-zh", title: "", columns: ["佇列", "適合", "長處"], rows: [["RabbitMQ", "服務之間的工作佇列", "路由彈性大"], ["Kafka", "事件流", "可重播"]], lang: "zh-Hant")
        #expect(QuizLanguage.zhHant.matchRowPrompt(zhPurpose[0].cell!, value: "服務之間的工作佇列") == "「服務之間的工作佇列」該選哪個佇列？")
    }

    /// A row of what each subject suits is asked as such, not as a topic ("How do Redis and Kafka compare when it
    /// comes to “Best for”?" read a column label as one; issue 20, thirty-first reading).
    @Test func whatEachSuitsIsAskedAsSuch() {
        let brokers = Q.table(
            "suits", title: "", columns: ["Aspect", "Redis", "Kafka"],
            rows: [["Best for", "Light queues in a small system", "Event streams read by many consumers"]])
        #expect(QuizLanguage.en.comparePrompt(brokers[0].cell!, subjects: ["Redis", "Kafka"], aspect: "Best for")
            == "What is each of Redis and Kafka best for?")
        #expect(QuizLanguage.zhHant.comparePrompt(brokers[0].cell!, subjects: ["Redis", "Kafka"], aspect: "最適合")
            == "Redis 與 Kafka 各自最適合什麼？")
        #expect(QuizLanguage.en.comparePrompt(brokers[0].cell!, subjects: ["Redis", "Kafka"], aspect: "Throughput")
            == "How do Redis and Kafka compare when it comes to “Throughput”?")
        #expect(!QuizLanguage.asksWhatSuits("Typical use"))
    }

    @Test func marksAreNeverOptionsAndAreRecalledAsAComparison() {
        let card = Self.marks.first { $0.cell?.rowLabel == "WebSocket" && $0.cell?.column == "ASGI" }!
        for question in questions(card, pool: Self.marks) {
            guard case .recall(let prompt, let answer, .selfGraded) = question.kind else {
                Issue.record("a mark was asked as \(question.kind)")
                continue
            }
            #expect(prompt == "How do WSGI and ASGI compare when it comes to “WebSocket”?")
            #expect(answer == "- WSGI: ✘\n- ASGI: ✔")
        }
    }

    @Test func aDistractorSharingAKeyWordWithTheKeyIsNotOffered() {
        // Both "About 5 MB" rows share their words with the key, so only Cookie may stand against localStorage.
        let card = Self.storage.first { $0.cell?.rowLabel == "localStorage" && $0.cell?.column == "Size" }!
        for question in questions(card, pool: Self.storage) {
            if case .multipleChoice(_, let options, _) = question.kind { #expect(!options.contains("sessionStorage")) }
        }
        #expect(QuizGenerator.sharesKeyWords("Runs sync views in threads", "Sync views in a thread pool"))
        #expect(!QuizGenerator.sharesKeyWords("Until cleared", "Until the tab closes"))
        #expect(QuizGenerator.sharesKeyWords("同步阻塞", "阻塞式 I/O"))
    }

    /// A column that names one of the others in every row ("Pick") recommends; it is never a subject to pick.
    @Test func aRecommendationColumnIsNoSubject() {
        let pool = Q.table("pick", title: "", columns: ["Scenario", "WSGI", "ASGI", "Pick"],
                           rows: [["Chat app", "Needs a hack", "Native", "ASGI"], ["Admin pages", "Plenty", "Plenty too", "WSGI"]])
        for card in pool {
            for question in questions(card, pool: pool) {
                if case .whichOne(_, let choices, _) = question.kind { #expect(!choices.contains("Pick")) }
                if case .recall(let prompt, _, _) = question.kind { #expect(!prompt.contains("Pick")) }
            }
        }
    }

    /// Rows named by version numbers would make the learner recognise a number: recalled instead.
    @Test func versionRowsAreNotPickedOutOfOptions() {
        let versions = Q.table("ver", title: "Releases", columns: ["Release", "Added"],
                               rows: [["2.1", "Signals"], ["2.2", "Plugins"], ["3.0", "Type hints"]])
        for question in questions(versions[1], pool: versions) { #expect(question.type != .multipleChoice) }
        #expect(QuizGenerator.isVersion("4.1+") && QuizGenerator.isVersion("v3") && !QuizGenerator.isVersion("HTTP/2"))
        // A value that rests on a release number is recalled too, never picked out.
        let support = Q.table("sup", title: "", columns: ["Aspect", "WSGI", "ASGI"], rows: [["Django support", "Since before 1.0", "Since 3.0"]])
        for question in questions(support[1], pool: support) { #expect(question.type == .recallSelfGraded) }
        #expect(QuizGenerator.namesRelease("opt-in in 0.54") && !QuizGenerator.namesRelease("HTTP/1.1 and HTTP/2"))
        #expect(!QuizGenerator.isVersion("HTTP/1.1") && QuizGenerator.isVersion("Before 3.0"))
    }

    /// A marked value whose note names one of the compared columns would give the answer away.
    @Test func aNoteNamingAColumnIsNoWhichOne() {
        let pool = Q.table("dev", title: "", columns: ["Aspect", "Uvicorn", "Daphne"], rows: [["ASGI runserver", "✘", "✔ With daphne in INSTALLED_APPS"]])
        for question in questions(pool[1], pool: pool) { #expect(question.type != .whichOne) }
    }

    /// Release history is not asked at all: a table whose rows are releases, a cell naming a release or a year.
    @Test func releaseHistoryIsNotAsked() {
        let history = Q.table("hist", title: "History", columns: ["Release", "Added"], rows: [["3.0", "ASGI"], ["3.1", "Async views"]])
        let historyIndex = TableIndex(cards: history)
        #expect(history.allSatisfy { !historyIndex.isAsked(cardKey: $0.key) })
        let dated = Q.table("dated", title: "", columns: ["Aspect", "WSGI", "ASGI"],
                            rows: [["First published", "2003 (PEP 333)", "2016"], ["Model", "Synchronous", "Asynchronous"]])
        let datedIndex = TableIndex(cards: dated)
        #expect(dated.filter { datedIndex.isAsked(cardKey: $0.key) }.map { $0.cell!.value } == ["Synchronous", "Asynchronous"])
    }

    /// "Scenario" and 情境 name what the rows compare on, so the columns are the compared subjects.
    @Test func aScenarioColumnMakesTheOtherColumnsSubjects() {
        #expect(TableShape.kind(columns: ["Scenario", "WSGI", "ASGI"], title: "") == .subjects)
        #expect(TableShape.kind(columns: ["情境", "WSGI", "ASGI"], title: "") == .subjects)
    }

    @Test func aCaptionNamesTheTableOnlyWhenItIsALabel() {
        #expect(QuizLanguage.isLabel("Browser storage"))
        #expect(QuizLanguage.isLabel("核心差異"))
        #expect(!QuizLanguage.isLabel("How do the two compare?"))
        #expect(!QuizLanguage.isLabel("答案示例") && !QuizLanguage.isLabel("Example"))
        #expect(!QuizLanguage.isLabel("The table below shows how each store keeps its data and for how long it lasts."))
        let long = Q.table("l", title: "Here is what we found when we measured them all.", columns: ["Aspect", "list", "tuple"],
                           rows: [["Syntax", "Square brackets", "Parentheses"], ["Mutable", "Yes", "No"]])
        // A which-one names its subjects in its choices, so it needs no name for the table.
        for question in questions(long[0], pool: long) {
            #expect(texts(question)[0].hasPrefix(question.type == .whichOne ? "Whose syntax is" : "In “list vs tuple”, "))
        }
        // A comparison names its subjects itself.
        for question in questions(long[2], pool: long) { #expect(texts(question)[0] == "How do list and tuple compare when it comes to “Mutable”?") }
    }

    @Test func theFramingIsInTheScreensLanguage() {
        let chinese = Q.table("zh", title: "儲存", columns: ["儲存方式", "生命週期"],
                              rows: [["Cookie", "依到期日"], ["localStorage", "直到清除"], ["sessionStorage", "分頁關閉為止"]], lang: "zh-Hant")
        let english = QuizGenerator(screenLanguage: .en)
        for question in questions(chinese[1], pool: chinese, generator: english) {
            #expect(question.language == .en)
            #expect(!texts(question)[0].contains("哪個"))
        }
    }

    @Test func aWrongPickIsToldWhatItReallyIs() {
        let card = Self.storage.first { $0.cell?.rowLabel == "Cookie" && $0.cell?.column == "Lifetime" }!
        let question = questions(card, pool: Self.storage).first { $0.type == .multipleChoice }!
        let lines = QuizFeedback.lines(for: question, outcome: .answered(.wrong))
        #expect(lines.contains("· localStorage: “Until cleared”"))
        #expect(!QuizFeedback.lines(for: question, outcome: .answered(.exact)).contains { $0.hasPrefix("·") })
    }

    static let origins = Q.table(
        "origins", title: "Alpha or Beta", columns: ["Aspect", "Alpha", "Beta"],
        rows: [["Origin", "Independent, widely used", "Part of a larger project"], ["Transport", "Pipes", "Sockets"]]
    )

    @Test func aDescriptionIsNeverJudgedTrueOrFalseOnlyATermIs() {
        let description = Self.origins.first { $0.cell?.rowLabel == "Origin" && $0.cell?.column == "Alpha" }!
        #expect(!questions(description, pool: Self.origins).contains { $0.type == .trueFalse })
        let term = Self.origins.first { $0.cell?.rowLabel == "Transport" && $0.cell?.column == "Alpha" }!
        #expect(questions(term, pool: Self.origins).contains { $0.type == .trueFalse })
    }

    @Test func aJudgingWordIsNoDistractorBesideANamedNotion() {
        let traits = Q.table(
            "traits", title: "Pool traits", columns: ["Trait", "What it means"],
            rows: [
                ["Simple", "One plain function call"], ["Mature", "Around for twenty years"], ["Stable", "Rarely changes"],
                ["Throughput ceiling", "Workers times threads per worker"],
            ]
        )
        let card = traits.first { $0.cell?.rowLabel == "Throughput ceiling" }!
        #expect(!questions(card, pool: traits).contains { $0.type == .multipleChoice })
    }

    static let isolation = Q.table(
        "isolation", title: "Isolation levels", columns: ["Level", "Dirty reads", "Phantom reads", "Mechanism"],
        rows: [["Read uncommitted", "✗", "✗", "No locks"], ["Serializable", "✓", "✓", "Range locks"]]
    )

    @Test func marksStayMarksAndARowOfThingsIsTheSubjectOfItsComparison() {
        let card = Self.isolation.first { $0.cell?.rowLabel == "Read uncommitted" && $0.cell?.column == "Dirty reads" }!
        for question in questions(card, pool: Self.isolation) {
            guard case .recall(let prompt, let answer, .selfGraded) = question.kind else {
                Issue.record("a mark was asked as \(question.kind)")
                continue
            }
            #expect(prompt == "Describe “Read uncommitted”: dirty reads, phantom reads and mechanism.")
            #expect(answer == "- Dirty reads: ✗\n- Phantom reads: ✗\n- Mechanism: No locks")
        }
        let zh = Q.table(
            "isolation", title: "隔離等級", columns: ["等級", "髒讀", "幻讀", "做法"],
            rows: [["讀未提交", "✗", "✗", "不加鎖"], ["可序列化", "✓", "✓", "範圍鎖"]], lang: "zh-Hant"
        )
        let zhCard = zh.first { $0.cell?.rowLabel == "可序列化" && $0.cell?.column == "幻讀" }!
        let question = QuizGenerator().questions(for: [zhCard], pool: zh, count: 1, seed: 1)[0]
        #expect(question.kind == .recall(prompt: "說說「可序列化」的髒讀、幻讀與做法。", answer: "- 髒讀：✓\n- 幻讀：✓\n- 做法：範圍鎖", mode: .selfGraded))
    }

    /// "可以" and "不可以", "會" and "不會" alone in a cell are yes and no, as ✓ and ✗ are: never a value quoted
    /// into prep's sentence ("inline 的「可以設定寬度」是「不可以」" read as a table lookup).
    @Test func yesAndNoWrittenAsWordsAreMarks() {
        let display = Q.table(
            "display", title: "區塊與行內", columns: ["特性", "block", "inline-block", "inline"],
            rows: [["可以設定寬度", "可以", "可以", "不可以"], ["另起一行", "會", "不會", "不會"]], lang: "zh-Hant"
        )
        #expect(CellReading("不可以").mark == .no && CellReading("會").mark == .yes && CellReading("可以用 flex").mark == nil)
        for card in display {
            for seed in UInt64(1)...4 {
                let question = QuizGenerator(screenLanguage: .zhHant).questions(for: [card], pool: display, count: 1, seed: seed)[0]
                let text = "\(question.kind)"
                #expect(!text.contains("「可以」") && !text.contains("「不可以」") && !text.contains("「不會」"), "\(text)")
            }
        }
    }

    /// A value that names a subject of its row ("Full Node" under Node) is neither picked between the subjects
    /// nor stated of one: its own words answer. It is recalled with its row.
    @Test func aValueNamingItsSubjectIsRecalled() {
        let runtimes = Q.table(
            "runtimes", title: "Runtimes", columns: ["Aspect", "Edge", "Node"],
            rows: [["APIs", "Web standard", "Full Node"], ["Cold start", "Milliseconds", "Hundreds of milliseconds"]]
        )
        let card = runtimes.first { $0.cell?.rowLabel == "APIs" && $0.cell?.column == "Node" }!
        for seed in UInt64(1)...6 {
            let question = QuizGenerator().questions(for: [card], pool: runtimes, count: 1, seed: seed)[0]
            #expect(question.type == .recallSelfGraded, "\(question.kind)")
        }
    }

    /// Under a column of what a row is for, a thing is asked what it is used for and a situation what to use.
    @Test func aUseColumnIsAskedInWords() {
        let decisions = Q.table(
            "decisions", title: "Quick picks", columns: ["Need", "Use"],
            rows: [["Sorting a huge file that does not fit in memory", "External merge sort"], ["Counting distinct visitors", "HyperLogLog"]]
        )
        let situation = decisions.first { $0.cell?.rowLabel.hasPrefix("Sorting") == true }!
        #expect(QuizLanguage.en.recallPrompt(situation.cell!)
            == "For “Sorting a huge file that does not fit in memory”, what do you use?")
        let tools = Q.table("tools-zh", title: "工具", columns: ["工具", "用途"], rows: [["grep", "搜尋文字"], ["awk", "處理欄位"]], lang: "zh-Hant")
        #expect(QuizLanguage.zhHant.recallPrompt(tools[0].cell!) == "「grep」用來做什麼？")
    }
}
