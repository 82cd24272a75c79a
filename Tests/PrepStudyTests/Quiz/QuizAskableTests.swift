import PrepContent
import PrepCore
@testable import PrepStudy
import Testing

/// Issue 20, third blind audit: which cards a session asks at all, and how cards that invite a sentence or give
/// away their key by length are asked. Fixtures are written for these tests.
struct QuizAskableTests {
    private func card(_ front: String, _ back: String, kind: CardKind = .qa, lang: String = "en") -> QuizCard {
        QuizCard(key: "deck/\(front.hashValue)", kind: kind, lang: lang, front: front, back: back)
    }

    private static let english = QuizGenerator(screenLanguage: .en)
    private static let chinese = QuizGenerator(screenLanguage: .zhHant)

    /// Prep frames cells and claims in its own words, so one in the other language is not asked at all.
    @Test func cellsAndClaimsAreAskedOnlyInTheScreensLanguage() {
        let zhCells = QuizFixtures.protocolsZh
        #expect(zhCells.allSatisfy { !Self.english.asks($0) })
        #expect(zhCells.allSatisfy { Self.chinese.asks($0) })
        let claim = card("快取一定讓應用變快。", "錯 — 看命中率。", kind: .claim, lang: "zh-Hant")
        #expect(!Self.english.asks(claim) && Self.chinese.asks(claim))
        #expect(QuizFixtures.coreDifferences.allSatisfy { Self.english.asks($0) && !Self.chinese.asks($0) })
        // A question and answer is asked in its own words on either screen.
        let question = card("什麼是死結？", "兩個交易互相等待對方釋放的鎖", lang: "zh-Hant")
        #expect(Self.english.asks(question) && Self.chinese.asks(question))
        // Without a screen language every card frames itself.
        #expect(QuizGenerator().asks(claim))
    }

    /// "Yes" and "no" are prep's words: a yes-or-no question in the other language is typed, not picked.
    @Test func aYesOrNoQuestionInTheOtherLanguageIsTyped() {
        let english = card("Can a generator be restarted once exhausted?", "No")
        #expect(Self.english.questions(for: [english], pool: [], count: 1, seed: 1)[0].type == .whichOne)
        #expect(Self.chinese.questions(for: [english], pool: [], count: 1, seed: 1)[0].type == .recallTyped)
    }

    @Test(arguments: [
        ("Cloud Basics: exam code", "CLB-01"),
        ("Cloud Basics: list fee before any voucher", "$150"),
        ("Cloud Basics: heaviest domain and its weight", "Security at 30%"),
        ("Cloud Basics: domains in weight order", "Security 30% → Billing 25% → Networking 20%"),
        ("Cloud Basics: how many items", "65 items"),
        ("Cloud Basics: who is it for", "Newcomers to cloud billing and support"),
        ("雲端基礎認證的考試代碼是什麼？", "CLB-01"),
        ("雲端基礎認證的報名費是多少？", "150 美元"),
    ])
    func anExamsAdministrativeFactsAreNotAsked(front: String, back: String) {
        #expect(!Self.english.asks(card(front, back)))
    }

    /// What each version added, a version a line, is looked up, not asked; a question about versions that
    /// explains is asked.
    @Test func releaseHistoryIsNotAsked() {
        let history = card("What changed in each SQLite version?", "3.8 partial indexes\n\n3.9 JSON1\n\n3.25 window functions\n\n3.35 RETURNING")
        #expect(!Self.english.asks(history))
        let zh = card("快取伺服器各版本的差別？", "- 2.6 過期鍵\n- 3.0 叢集\n- 4.0 模組")
        #expect(!Self.chinese.asks(zh))
        let explained = card("How do semantic versions compare?", "Part by part as integers, so 1.10 is newer than 1.9.\nMajor first, then minor, then patch.\nA pre-release sorts before its release.")
        #expect(Self.english.asks(explained))
    }

    @Test(arguments: [
        ("What is the weight of an edge in Dijkstra's algorithm?", "Its cost, which must not be negative"),
        ("What does a load balancer do?", "Spreads requests over servers"),
        ("Which HTTP status code means Not Found?", "404"),
    ])
    func otherQuestionsAboutNumbersAndCodesAreAsked(front: String, back: String) {
        #expect(Self.english.asks(card(front, back)))
    }

    @Test(arguments: [
        ("What is a foreign key?", "A column that refers to another table's key.", "en"),
        ("What is sharding?", "Splitting one table across servers.", "en"),
        ("在 WSGI 下，Django 怎麼執行 async view？", "臨時開一個事件迴圈", "zh-Hant"),
        ("如何讓 gunicorn 跑 ASGI 應用？", "換 worker 類別", "zh-Hant"),
        ("How does a thread pool bound concurrency?", "By its size", "en"),
    ])
    func aDefinitionSentenceOrAWayOfWorkingIsSelfGraded(front: String, back: String, lang: String) {
        let question = QuizGenerator().questions(for: [card(front, back, lang: lang)], pool: [], count: 1, seed: 1)[0]
        #expect(question.type == .recallSelfGraded)
    }

    /// The careful key among short throwaways is found by its length: recalled from the stem instead.
    @Test func aWrittenChoiceWhoseKeyStandsOutByLengthIsRecalled() {
        let front = """
            How do you make a new virtual environment the project will use?
            A. Run python -m venv .venv in the project folder, then activate it before installing packages
            B. Reinstall Python
            C. Buy a licence
            D. Restart the computer
            """
        let question = QuizGenerator().questions(for: [card(front, "A")], pool: [], count: 1, seed: 1)[0]
        #expect(question.kind == .recall(
            prompt: "How do you make a new virtual environment the project will use?",
            answer: "Run python -m venv .venv in the project folder, then activate it before installing packages",
            mode: .selfGraded))
        let balanced = "Which keyword defines a coroutine?\nA. async def\nB. yield from\nC. lambda\nD. await"
        #expect(QuizGenerator().questions(for: [card(balanced, "A")], pool: [], count: 1, seed: 1)[0].type == .multipleChoice)
    }

    /// A line that only announces the options is not left in the stem.
    @Test(arguments: ["**选项：**", "選項：", "Options:", "**Choices**"])
    func theOptionsLabelLeavesTheStem(label: String) {
        let front = "Which number is largest?\n\n\(label)\n- A. 1.2\n- B. 1.10\n- C. 1.9"
        #expect(QuizGenerator.writtenChoice(card(front, "B"))?.stem == "Which number is largest?")
    }
}

extension QuizAskableTests {
    /// A typed key that is one code span shows without its backticks; other keys stay as written.
    @Test func aTypedCodeKeyShowsWithoutBackticks() {
        func shown(_ answer: String) -> QuizQuestion.Kind {
            QuizQuestion(cardKey: "k", language: .en, kind: .recall(prompt: "Q?", answer: answer, mode: .typed), check: nil).displayed { $0 }.kind
        }
        #expect(shown("`useMemo(fn, deps)`") == .recall(prompt: "Q?", answer: "useMemo(fn, deps)", mode: .typed))
        #expect(shown("`a` or `b`") == .recall(prompt: "Q?", answer: "`a` or `b`", mode: .typed))
        #expect(shown("__init__") == .recall(prompt: "Q?", answer: "__init__", mode: .typed))
    }
}
