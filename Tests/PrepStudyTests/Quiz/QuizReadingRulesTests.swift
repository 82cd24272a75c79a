import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, fifth blind audit: comparison prompts that read for a situation as well as a property, rows of
/// bare marks not recalled without their legend, a denial never the stem of a which-one, written options
/// without a gloss only the key carries, and questions that lean on text or options the learner never sees.
/// Fixtures are written for these tests.
struct QuizReadingRulesTests {
    typealias Q = QuizFixtures

    private func card(_ front: String, _ back: String, lang: String = "en") -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: .qa, lang: lang, front: front, back: back)
    }

    private func questions(_ card: QuizCard, pool: [QuizCard], generator: QuizGenerator = QuizGenerator()) -> [QuizQuestion] {
        (0..<20).map { generator.questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    static let situations = Q.table(
        "fit", title: "When to pick which", columns: ["Situation", "Threads", "Event loop", "Pick"],
        rows: [
            ["Heavy number crunching", "✅ Each core busy", "🟡 Blocks the loop", "Threads"],
            ["Thousands of idle sockets", "🟡 One thread each", "✅", "Event loop"],
            ["A team new to callbacks", "✅", "🟡", "Threads"],
        ]
    )

    /// "就…而言" and "when it comes to" read for a situation ("Heavy number crunching") as for a property.
    @Test func aComparisonPromptFitsASituationRow() {
        let card = Self.situations.first { $0.cell?.rowLabel == "Heavy number crunching" && $0.cell?.column == "Event loop" }!
        let prompts = Set(questions(card, pool: Self.situations).compactMap { question -> String? in
            if case .recall(let prompt, _, _) = question.kind { return prompt }
            return nil
        })
        // A caption that only says "choose" adds nothing to the subjects the sentence names.
        #expect(prompts == ["How do Threads and Event loop compare when it comes to “Heavy number crunching”?"])
        let zh = Q.table(
            "fit", title: "選哪一個", columns: ["情境", "執行緒", "事件迴圈"],
            rows: [["大量計算", "✅ 每核都忙", "🟡 卡住迴圈"], ["大量閒置連線", "🟡 每條一個執行緒", "✅ 幾乎不花資源"]], lang: "zh-Hant"
        )
        let zhCard = zh.first { $0.cell?.rowLabel == "大量計算" && $0.cell?.column == "事件迴圈" }!
        let question = QuizGenerator().questions(for: [zhCard], pool: zh, count: 1, seed: 1)[0]
        guard case .recall(let prompt, _, _) = question.kind else {
            Issue.record("a status value was asked as \(question.kind)")
            return
        }
        #expect(prompt == "就「大量計算」而言，執行緒與事件迴圈有什麼不同？")
    }

    /// A row whose compared values are mostly bare marks ("✅", "🟡") is no question without the table's legend;
    /// a row with words beside its marks still is, and so is a one-column table whose header says what a mark means.
    @Test func aRowOfBareMarksIsNotAsked() {
        let index = TableIndex(cards: Self.situations)
        let team = Self.situations.filter { $0.cell?.rowLabel == "A team new to callbacks" }
        #expect(team.allSatisfy { !index.isAsked(cardKey: $0.key) })
        let crunching = Self.situations.filter { $0.cell?.rowLabel == "Heavy number crunching" }
        #expect(crunching.allSatisfy { index.isAsked(cardKey: $0.key) })
        let levels = Q.table(
            "levels", title: "Isolation", columns: ["Level", "Lost updates", "Stale reads", "How"],
            rows: [["Loose", "✗", "✗", "No locks"], ["Strict", "✓", "✓", "Range locks"]]
        )
        let levelIndex = TableIndex(cards: levels)
        #expect(levels.filter { $0.cell?.mark != nil || CellReading($0.back).mark != nil }.allSatisfy { !levelIndex.isAsked(cardKey: $0.key) })
        #expect(levels.filter { $0.cell?.column == "How" }.allSatisfy { levelIndex.isAsked(cardKey: $0.key) })
        let features = Q.table("f", title: "", columns: ["Feature", "Supported"], rows: [["Resume", "✅"], ["Rewind", "❌"]])
        let featureIndex = TableIndex(cards: features)
        #expect(features.allSatisfy { featureIndex.isAsked(cardKey: $0.key) })
    }

    /// One row's aspects are named as the points to cover ("「X」在「耐久」、「速度」上各是什麼情況" read as a lookup,
    /// issue 20, twenty-sixth reading), as words, but quoted when they are in Simplified script, which a sentence in
    /// Traditional script would otherwise mix in (thirtieth and thirty-third readings); no loose spaces between Chinese words.
    @Test func aRowIsDescribedByThePointsToCover() {
        let zh = Q.table(
            "modes", title: "", columns: ["模式", "耐久", "速度", "做法"],
            rows: [["寬鬆", "✗", "✓", "只寫記憶體"], ["嚴格", "✓", "✗", "每筆落盤"]], lang: "zh-Hant"
        )
        let card = zh.first { $0.cell?.rowLabel == "寬鬆" && $0.cell?.column == "耐久" }!
        let question = QuizGenerator().questions(for: [card], pool: zh, count: 1, seed: 1)[0]
        guard case .recall(let prompt, _, _) = question.kind else {
            Issue.record("a mark was asked as \(question.kind)")
            return
        }
        #expect(prompt == "說說「寬鬆」的耐久、速度與做法。")
        let storage = Q.table(
            "storage-zh", title: "", columns: ["技术", "生命周期", "存储大小", "安全性"],
            rows: [["Cookie", "可设置过期时间", "4KB", "每次请求都会携带"]], lang: "zh-Hant")
        #expect(QuizLanguage.zhHant.rowComparePrompt(storage[0].cell!, aspects: ["生命周期", "存储大小", "安全性"])
            == "說說「Cookie」的「生命周期」、「存储大小」與「安全性」。")
        // 存 is written alike in both scripts: 儲存大小 is Traditional and said as a word.
        #expect(QuizLanguage.zhHant.rowComparePrompt(storage[0].cell!, aspects: ["儲存大小", "安全性"]) == "說說「Cookie」的儲存大小與安全性。")
    }

    /// "哪一個是「不支持」" asks which column holds a denial: a lookup, so that cell is compared or stated instead.
    @Test func aDenialIsNeverTheStemOfAWhichOne() {
        let engines = Q.table(
            "engines", title: "Two stores", columns: ["Aspect", "Ledger", "Cache"],
            rows: [["Crash recovery", "Replays its log", "Not supported"], ["Locking", "Per row", "Per table"]]
        )
        let card = engines.first { $0.cell?.column == "Cache" && $0.cell?.rowLabel == "Crash recovery" }!
        #expect(!questions(card, pool: engines).contains { $0.type == .whichOne })
        for text in ["不支持", "無", "Not supported", "Never", "没有", "Unsupported", "不能。设置会被忽略。", "No, it is ignored"] { #expect(QuizGenerator.isNegation(text)) }
        for text in ["Per row", "非同步", "不可變", "Not thread-safe", "Notification queue", "没有索引"] {
            #expect(!QuizGenerator.isNegation(text))
        }
        #expect(CellReading("不支持").isMarkOnly && CellReading("支持").mark == .yes)
    }

    /// A gloss only some options carry ("Drift (forgets recent facts)") marks the key by its form: every option
    /// loses its gloss. Glosses on every option stay, and brackets of code are no gloss.
    @Test func aGlossOnlyTheKeyCarriesGoes() {
        let front = "What does retrieval mainly fix in a language model?\nA. Slow replies\nB. Drift (forgets recent facts)\nC. High cost\nD. Poor spelling"
        let question = QuizGenerator().questions(for: [card(front, "B")], pool: [], count: 1, seed: 1)[0]
        #expect(question.kind == .multipleChoice(
            prompt: "What does retrieval mainly fix in a language model?",
            options: ["Slow replies", "Drift", "High cost", "Poor spelling"], correctIndex: 1))
        #expect(QuizGenerator.withoutLoneGlosses(["甲（一）", "乙（二）"]) == ["甲（一）", "乙（二）"])
        #expect(QuizGenerator.withoutLoneGlosses(["len(x)", "size"]) == ["len(x)", "size"])
        #expect(QuizGenerator.withoutLoneGlosses(["模型訓練 (Model Training)", "供應鏈"]) == ["模型訓練", "供應鏈"])
        // An acronym spelled out is what the author means by it, not a restatement: it stays (and a key that then
        // stands out by length is recalled, not picked).
        #expect(QuizGenerator.withoutLoneGlosses(["RAG", "SCP (Stepwise Chain Prompting)", "Agent"]) == ["RAG", "SCP (Stepwise Chain Prompting)", "Agent"])
        #expect(QuizGenerator.spellsOut(acronym: "RAG", as: "Retrieval-Augmented Generation"))
        #expect(!QuizGenerator.spellsOut(acronym: "MCP", as: "Model Training"))
        // Examples are content: without them two options may read alike.
        let examples = ["Rent a hosted model (e.g. from your cloud vendor)", "Run an open model (such as a small local one)", "Ask nobody"]
        #expect(QuizGenerator.withoutLoneGlosses(examples) == examples)
        #expect(QuizGenerator.withoutLoneGlosses(["自己架設（例如在內網）", "找廠商"]) == ["自己架設（例如在內網）", "找廠商"])
    }

    /// A written choice whose key stands out by length is recalled from its stem, its options left out: listed,
    /// they would point at the long one.
    @Test func aRecalledChoiceLeavesItsOptionsOut() {
        let front = "在三種做法中，哪一個會先寫日誌再改資料？\nA. 直寫\nB. 預寫式日誌，先把每筆變更記下再套用到資料頁\nC. 快照"
        let question = QuizGenerator().questions(for: [card(front, "B", lang: "zh-Hant")], pool: [], count: 1, seed: 1)[0]
        #expect(question.kind == .recall(
            prompt: "在三種做法中，哪一個會先寫日誌再改資料？", answer: "預寫式日誌，先把每筆變更記下再套用到資料頁", mode: .selfGraded))
    }

    /// A question whose options were lost, or whose answer points at text the card does not hold, is not asked.
    @Test func questionsLeaningOnUnseenTextAreNotAsked() {
        let generator = QuizGenerator()
        #expect(!generator.asks(card("Which of the following sorts in place?", "C")))
        #expect(!generator.asks(card("以下哪一個是穩定排序？", "B", lang: "zh-Hant")))
        #expect(generator.asks(card("Which of the following sorts in place: merge sort or heap sort?", "Heap sort")))
        #expect(!generator.asks(card("How do you clear floats?", "- A spacer element\n- A clearfix: see above.")))
        #expect(!generator.asks(card("如何清除浮動？", "- 空元素\n- overflow 方法：上文已經提到。", lang: "zh-Hant")))
        #expect(generator.asks(card("什麼是上下文切換？", "CPU 從一個執行緒換到另一個時保存與載入狀態", lang: "zh-Hant")))
    }
}

extension QuizReadingRulesTests {
    /// "| Case | Example | Reason |": columns named as what a row has are its attributes, whatever the first
    /// header says, so no question asks which of them holds a value.
    @Test func columnsNamedAsWhatARowHasAreAttributes() {
        let table = Q.table(
            "slow", title: "", columns: ["Situation", "Example", "Reason"],
            rows: [["Math on a column", "WHERE n + 1 = 2", "Order lost"], ["Leading wildcard", "LIKE '%x'", "No prefix to seek"]]
        )
        let index = TableIndex(cards: table)
        #expect(index.shape(ofTableOf: index.entry(forKey: table[0].key)!).kind == .attributes)
        #expect(!table.flatMap { questions($0, pool: table) }.contains { $0.type == .whichOne })
    }
}

extension QuizReadingRulesTests {
    /// Which-ones are asked of the subjects ("whose … is …"), never as a cell lookup ("for “X”, which one is");
    /// a value read by a mark inside its words ("partly ✓") picks nothing.
    @Test func aWhichOneAsksTheSubjectsAndAMarkedValuePicksNothing() {
        let runtimes = Q.table(
            "rt", title: "", columns: ["Aspect", "Workers", "Loop"],
            rows: [["Unit of work", "Processes", "Coroutines"], ["Scaling knob", "Worker count", "Open sockets"]]
        )
        let card = runtimes.first { $0.cell?.rowLabel == "Unit of work" && $0.cell?.column == "Loop" }!
        let prompts = questions(card, pool: runtimes).compactMap { question -> String? in
            if case .whichOne(let prompt, _, _) = question.kind { return prompt }
            return nil
        }
        #expect(!prompts.isEmpty && prompts.allSatisfy { $0 == "Whose unit of work is coroutines: Workers or Loop?" })
        let levels = Q.table(
            "lv", title: "", columns: ["Level", "Phantoms", "How"],
            rows: [["Loose", "no", "No locks"], ["Middle", "partly ✓", "Snapshots"], ["Strict", "yes", "Range locks"]]
        )
        let marked = levels.first { $0.cell?.rowLabel == "Middle" && $0.cell?.column == "Phantoms" }!
        #expect(!questions(marked, pool: levels).contains { $0.type == .multipleChoice || $0.type == .whichOne })
    }

    /// A front about a picture the card cannot show is not asked.
    @Test func aQuestionAboutAnUnseenPictureIsNotAsked() {
        #expect(!QuizGenerator().asks(card("Image: a state graph for two jugs. What should you explain?", "How each rule moves the state")))
        #expect(!QuizGenerator().asks(card("如图所示，这棵树的高度是多少？", "3", lang: "zh-Hant")))
        #expect(QuizGenerator().asks(card("What does an image tag need for accessibility?", "An alt text")))
    }

    /// A front that points at code or a table it does not show is not asked; one that shows them, or only names
    /// a loop, still is.
    @Test func aQuestionAboutUnseenCodeIsNotAsked() {
        #expect(!QuizGenerator().asks(card("Fix the while loop above so it stops at ten", "Move the increment inside the loop")))
        #expect(!QuizGenerator().asks(card("What does the following snippet print?", "42")))
        #expect(!QuizGenerator().asks(card("下列程式碼會印出什麼？", "3", lang: "zh-Hant")))
        #expect(!QuizGenerator().asks(card("请解释上面的代码为什么会死锁", "两个锁的顺序相反", lang: "zh-Hant")))
        #expect(QuizGenerator().asks(card("What does the following snippet print?\n\n```js\nconsole.log(6 * 7);\n```", "42")))
        #expect(QuizGenerator().asks(card("下列程式碼會印出什麼？\nprint(1 + 2)", "3", lang: "zh-Hant")))
        #expect(QuizGenerator().asks(card("When is a while loop clearer than a for loop?", "When the count is unknown")))
        #expect(!QuizGenerator().asks(card("How do you center a box?", "[My example](https://example.org/center)")))
        #expect(QuizGenerator().asks(card("How do you center a box?", "Flex with [align-items](https://example.org/a) set to center")))
    }
}
