import Foundation
import PrepStore
import PrepTestSupport
import Testing

/// `prep quiz` grading typed answers, taking answers back and explaining short sessions, driven through piped
/// input against a bilingual deck of one card per topic (so `--topic` picks the question).
@Suite struct QuizGradingCommandTests {
    /// topic → (English file, Chinese file).
    static let deck: [String: (en: String, zh: String)] = [
        "latency": (
            "# Latency\n\nQ: How long do the three queued queries take?\nA: 370 ms (roughly the sum)\nid: queued\n",
            "# 延遲\n\nQ: 排隊的三個查詢共要多久？\nA: 370 ms（大約是三者相加）\nid: queued\n"
        ),
        "deploy": (
            "# Deploy\n\nQ: Which worker class runs Django under gunicorn with uvicorn today?\nA: uvicorn_worker.UvicornWorker\nid: worker-class\n",
            "# 部署\n\nQ: 現在用 gunicorn 搭配 uvicorn 跑 Django，要用哪個 worker class？\nA: uvicorn_worker.UvicornWorker\nid: worker-class\n"
        ),
        "workers": (
            "# Workers\n\nQ: Which gunicorn worker type serves many requests on threads?\nA: gthread | gevent\nalso: eventlet\nid: kinds\n",
            "# Workers\n\nQ: 哪種 gunicorn worker 能同時處理多個請求？\nA: gthread 或 gevent\nalso: eventlet\nid: kinds\n"
        ),
        "loop": (
            "# Loop\n\nQ: What runs the coroutines of an ASGI app?\nA: Event loop\nid: runner\n",
            "# 迴圈\n\nQ: ASGI 應用的協程由什麼執行？\nA: 事件循環\nid: runner\n"
        ),
    ]

    struct Workspace {
        let scratch: TemporaryDirectory
        var directory: URL { scratch.url }
        var database: String { directory.appendingPathComponent("prep.sqlite").path }

        init() throws {
            scratch = try TemporaryDirectory()
            for (topic, files) in QuizGradingCommandTests.deck {
                try scratch.write("content/\(topic)/\(topic).en.md", files.en)
                try scratch.write("content/\(topic)/\(topic).zh-Hant.md", files.zh)
            }
        }

        func quiz(_ input: String, _ arguments: String..., tick: TimeInterval = 0) throws -> CLIHarness.Result {
            var harness = CLIHarness()
            harness.tick = tick
            harness.environment = [
                "PREP_DB": database, "PREP_CONTENT": directory.appendingPathComponent("content").path, "TZ": "UTC",
            ]
            return try harness.run(["quiz", "--seed", "3"] + arguments, input: input)
        }

        func store() throws -> Store { try Store.open(path: database) }
    }

    @Test(arguments: [
        ("latency", "0.37 s", "en"), ("latency", "370毫秒", "en"), ("latency", "370", "zh-Hant"),
        ("workers", "gevent", "en"), ("workers", "eventlet", "zh-Hant"), ("workers", "GTHREAD", "en"),
        ("loop", "事件循環", "en"), ("loop", "event loop", "zh-Hant"),
        ("deploy", "uvicorn_worker.UvicornWorker", "zh-Hant"),
    ])
    func rightVariantsAreCorrect(topic: String, typed: String, lang: String) throws {
        let workspace = try Workspace()
        let result = try workspace.quiz(typed + "\n", "--topic", topic, "--lang", lang)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains(lang == "en" ? "✔ Correct" : "✔ 答對了"), "\(result.out)")
        #expect(try workspace.store().allReviews().map(\.rating) == [3])
    }

    @Test func aWrongModulePathIsWrongAndTheDifferenceIsMarked() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("uvicorn.workers.UvicornWorker\n", "--topic", "deploy", "--lang", "en")
        #expect(result.out.contains("✘ Wrong"))
        #expect(result.out.contains("Answer: uvicorn[_]worker.UvicornWorker"), "\(result.out)")
        #expect(try workspace.store().allReviews().map(\.rating) == [1])
    }

    @Test func aWrongNumberIsWrong() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("380 ms\n", "--topic", "latency")
        #expect(result.out.contains("✘ 答錯了"))
        #expect(result.out.contains("答案：3[7]0 ms（大約是三者相加）"), "\(result.out)")
    }

    @Test func extraWordsAreNamedNotCalledATypo() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("an asyncio event loop\n", "--topic", "loop", "--lang", "en")
        #expect(result.out.contains("✔ Accepted (extra words: an, asyncio)"), "\(result.out)")
        #expect(!result.out.contains("typo"))
    }

    @Test func aSlowRightAnswerIsHardAndSaysWhy() throws {
        let workspace = try Workspace()
        // The clock moves 60 s each time it is read: the answer comes a minute after the question.
        let english = try workspace.quiz("Event loop\n", "--topic", "loop", "--lang", "en", tick: 60)
        #expect(english.out.contains("Rated Hard (slow: 60 s, this question allows "), "\(english.out)")
        let other = try Workspace()
        let chinese = try other.quiz("事件循環\n", "--topic", "loop", tick: 60)
        #expect(chinese.out.contains("評分：困難（作答較慢：60 秒"), "\(chinese.out)")
    }

    @Test func undoTakesBackTheLastAnswerAndAsksItAgain() throws {
        let workspace = try Workspace()
        // Two wrong answers, `u`, then the input ends: only the first answer stays.
        let result = try workspace.quiz("nope\nnope\nu\n", "--lang", "en")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("↶ Took back your answer to question 2"), "\(result.out)")
        #expect(result.out.components(separatedBy: "[2/4]").count == 3, "question 2 is asked again")
        let store = try workspace.store()
        let reviews = try store.allReviews()
        #expect(reviews.count == 1)
        // The card taken back is new again: no state row, no review row.
        #expect(try store.states().map(\.key) == reviews.map(\.cardKey))
        let session = try #require(try store.quizSessions().first)
        #expect((session.answeredCount, session.correctCount) == (1, 0))
    }

    @Test func undoRestoresTheCardsPreviousState() throws {
        let workspace = try Workspace()
        _ = try workspace.quiz("nope\nnope\nnope\nnope\n", "--lang", "en")
        let before = try workspace.store().states()
        // Due again within the learn-ahead window, the cards come back; one answer, then `u` takes it back.
        let result = try workspace.quiz("nope\nu\n", "--lang", "en")
        #expect(result.out.contains("↶ Took back your answer to question 1"), "\(result.out)")
        let store = try workspace.store()
        #expect(try store.states() == before)
        #expect(try store.allReviews().count == 4)
    }

    @Test func undoWithNothingToTakeBackSaysSo() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("u\n", "--topic", "loop")
        #expect(result.out.contains("還沒有可以撤回的作答。"))
        #expect(try workspace.store().allReviews().isEmpty)
    }

    @Test func aCountBeyondTodaysNewCardsSaysWhyAndHowToAllowMore() throws {
        let workspace = try Workspace()
        let result = try workspace.quiz("", "--lang", "en", "--new", "2", "--count", "4")
        #expect(result.out.contains("Only 2 of the 4 questions asked for: --new 2 allowed 2 new cards."), "\(result.out)")
        #expect(result.out.contains("2 new cards wait; --new 4 would fill this quiz (--new N introduces N)."), "\(result.out)")
        #expect(result.out.contains("[1/2]"))
        let chinese = try workspace.quiz("", "--new", "1", "--count", "4")
        #expect(chinese.out.contains("只出 1 題（要求 4 題）"), "\(chinese.out)")
        #expect(chinese.out.contains("加上 --new 4 就能出滿這次測驗"), "\(chinese.out)")
        let all = try workspace.quiz("", "--lang", "en", "--count", "4")
        #expect(!all.out.contains("Only "))
        #expect(all.out.contains("[1/4]"))
    }

    /// The day's allowance is named only when it is what held the quiz back; `--new 0` is the learner's choice.
    @Test func theShortfallNamesWhatHeldNewCardsBack() throws {
        let workspace = try Workspace()
        _ = try workspace.quiz("\n\n\n\n", "--new", "2", "--count", "2")
        let none = try workspace.quiz("", "--new", "0", "--count", "4")
        #expect(!none.out.contains("額度"), "\(none.out)")
        #expect(none.out.contains("--new 0 讓這次測驗只學 0 張新卡片"), "\(none.out)")
        var harness = CLIHarness()
        harness.environment = ["PREP_DB": workspace.database, "PREP_CONTENT": workspace.directory.appendingPathComponent("content").path]
        #expect(harness.run("config", "new_cards_per_day", "3").status == 0)
        let setting = try workspace.quiz("", "--lang", "en", "--count", "4")
        #expect(setting.out.contains("today's new-card allowance had 1 card left."), "\(setting.out)")
    }
}
