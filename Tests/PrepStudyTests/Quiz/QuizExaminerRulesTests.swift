import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, eighth blind reading of the bundled deck: a table that ends each row in a verdict asks the
/// verdict, not which subject a cell belongs to; a column of remarks is never dumped across the rows; a
/// written choice whose key stands out by length never lists its options. Fixtures are written for these tests.
struct QuizExaminerRulesTests {
    typealias Q = QuizFixtures

    static let queues = Q.table(
        "queues", title: "Picking a queue", columns: ["Situation", "Redis", "Kafka", "Pick"],
        rows: [
            ["Short jobs on one host", "One small process is enough", "Runs, but a cluster for little gain", "Redis"],
            ["Replaying last week's events", "Messages are gone once read", "Keeps a log consumers can reread", "Kafka, with long retention"],
            ["A team without operations staff", "Little to run, no new pitfalls", "New pitfalls: brokers and partitions to tend", "Redis"],
        ]
    )

    private func questions(_ card: QuizCard, pool: [QuizCard], generator: QuizGenerator = QuizGenerator()) -> [QuizQuestion] {
        (0..<20).map { generator.questions(for: [card], pool: pool, count: 1, seed: $0)[0] }
    }

    private func cell(_ table: [QuizCard], _ row: String, _ column: String) -> QuizCard {
        table.first { $0.cell?.rowLabel == row && $0.cell?.column == column }!
    }

    /// The verdict is what an examiner asks of a situation; the row it rests on is the explanation.
    @Test func aVerdictColumnAsksWhichSubjectToChooseForTheSituation() {
        let card = cell(Self.queues, "Replaying last week's events", "Pick")
        let question = QuizGenerator().questions(for: [card], pool: Self.queues, count: 1, seed: 3)[0]
        #expect(question.kind == .whichOne(
            prompt: "For “Replaying last week's events”, which would you choose: Redis or Kafka?", choices: ["Redis", "Kafka"], correctIndex: 1))
        #expect(question.explanation == "- Redis: Messages are gone once read\n- Kafka: Keeps a log consumers can reread\n- Pick: Kafka, with long retention")
        let zh = Q.table(
            "queues", title: "選哪個佇列", columns: ["情境", "Redis", "Kafka", "選擇"],
            rows: [["單機的短工作", "一個小行程就夠", "能跑，但為小事開一整個叢集", "Redis"], ["重播上週的事件", "讀過就沒了", "留著日誌可以重讀", "Kafka"]],
            lang: "zh-Hant"
        )
        let zhQuestion = QuizGenerator().questions(for: [cell(zh, "重播上週的事件", "選擇")], pool: zh, count: 1, seed: 3)[0]
        #expect(zhQuestion.kind == .whichOne(prompt: "「重播上週的事件」該選哪一個：Redis 還是 Kafka？", choices: ["Redis", "Kafka"], correctIndex: 1))
        // A verdict that only repeats the answer is not said twice.
        #expect(zhQuestion.explanation == "- Redis：讀過就沒了\n- Kafka：留著日誌可以重讀")
    }

    /// A cell that only assesses one subject for the situation ("no new pitfalls" for a team without operations
    /// staff) is never a which-one or a statement: it is recalled with its row, and the row is one fact.
    @Test func aVerdictRowsOtherCellsAreRecalledAsTheRow() {
        let card = cell(Self.queues, "A team without operations staff", "Redis")
        for question in questions(card, pool: Self.queues) {
            guard case .recall(let prompt, let answer, .selfGraded) = question.kind else {
                Issue.record("an assessing cell was asked as \(question.kind)")
                continue
            }
            #expect(prompt == "How do Redis and Kafka compare when it comes to “A team without operations staff”?")
            #expect(answer.hasSuffix("- Pick: Redis"))
        }
        let index = TableIndex(cards: Self.queues)
        let facts = Set(Self.queues.filter { $0.cell?.rowLabel == "A team without operations staff" }.compactMap { index.fact(ofCardKey: $0.key) })
        #expect(facts.count == 1)
    }

    /// A verdict naming both subjects has no one to pick.
    @Test func aVerdictNamingNoSingleSubjectIsNotAChoice() {
        let table = Q.table(
            "either", title: "Picking a queue", columns: ["Situation", "Redis", "Kafka", "Pick"],
            rows: [["Tiny prototype", "Quick to start", "Heavy to start", "Redis"], ["A hobby script", "Fine", "Fine too", "Redis or Kafka"]]
        )
        #expect(!questions(cell(table, "A hobby script", "Pick"), pool: table).contains { $0.type == .whichOne })
    }

    static let editors = Q.table(
        "editors", title: "Editors", columns: ["Editor", "Traits", "Written in"],
        rows: [
            ["Vim", "Modal; opens in a blink", "C"],
            ["Emacs", "Extensible in its own Lisp; reads mail too", "C and Lisp"],
            ["Visual Studio Code", "Extensions for everything; heavier on memory", "TypeScript"],
        ]
    )

    /// "Traits" gathers remarks, and its values describe: listed across the rows they are a dump of the table.
    /// "Written in" names what its values are and each names one thing, so that column can be listed.
    @Test func aColumnOfRemarksIsRecalledRowByRowNeverAsAList() {
        let index = TableIndex(cards: Self.editors)
        let traits = index.entry(forKey: cell(Self.editors, "Emacs", "Traits").key)!
        let language = index.entry(forKey: cell(Self.editors, "Emacs", "Written in").key)!
        let table = index.entries(inTableOf: traits)
        #expect(!QuizGenerator.listsColumn(of: traits, in: table))
        #expect(QuizGenerator.listsColumn(of: language, in: table))
        let recalled = QuizGenerator().comparison(traits, shape: index.shape(ofTableOf: traits), index: index, language: .en)
        #expect(recalled == .recall(
            prompt: "Describe “Emacs”: traits and written in.",
            answer: "- Traits: Extensible in its own Lisp; reads mail too\n- Written in: C and Lisp", mode: .selfGraded))
        // The row's questions are one fact, so a session does not recall the row twice.
        #expect(index.fact(ofCardKey: traits.key) == index.fact(ofCardKey: language.key))
        let described = Q.table(
            "use", title: "Stores", columns: ["Store", "Size", "Use it for"],
            rows: [["Cookie", "4 KB", "Session ids"], ["IndexedDB", "Large", "Offline data"], ["localStorage", "5 MB", "Settings"]]
        )
        let useIndex = TableIndex(cards: described)
        let use = useIndex.entry(forKey: cell(described, "Cookie", "Use it for").key)!
        #expect(!QuizGenerator.listsColumn(of: use, in: useIndex.entries(inTableOf: use)))
    }

    private func qa(_ front: String, _ back: String) -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: .qa, lang: "en", front: front, back: back)
    }

    /// A key far longer than its options is recalled from the stem alone, its options no longer listed; a stem
    /// that cannot do without them ("Which of the following…") is not asked.
    @Test func aLongKeyNeverListsTheOptionsThatPointAtIt() {
        let generator = QuizGenerator()
        let plain = qa("Which log lets a database replay its changes after a crash?\nA. Cache\nB. A write-ahead log, written before each page changes\nC. Index", "B")
        #expect(generator.asks(plain))
        #expect(generator.questions(for: [plain], pool: [], count: 1, seed: 1)[0].kind == .recall(
            prompt: "Which log lets a database replay its changes after a crash?",
            answer: "A write-ahead log, written before each page changes", mode: .selfGraded))
        let pointing = qa("Which of the following replays changes after a crash?\nA. Cache\nB. A write-ahead log, written before each page changes\nC. Index", "B")
        #expect(!generator.asks(pointing))
        let balanced = qa("Which of the following replays changes after a crash?\nA. Cache\nB. Write-ahead log\nC. Index", "B")
        #expect(generator.asks(balanced))
    }
}
