import Foundation
import Testing

@testable import PrepContent

/// The quirks of web-copied articles (claims.md §3), reproduced in `Fixtures/web-article.txt`.
@Suite struct PlainArticleTests {
    let article: ParsedArticle
    let diagnostics: [ContentDiagnostic]

    init() throws {
        let result = try FixtureLoader.parse("web-article.txt", as: "imports/flask/web-article.txt")
        article = try #require(result.article)
        diagnostics = result.diagnostics
    }

    @Test func readsAsAnArticleInTraditionalChinese() {
        #expect(article.format == .article)
        #expect(article.title == "Flask 面試筆記:同步與異步視圖")
        #expect(article.topic == "flask")
        #expect(article.slug == "web-article")
        #expect(article.lang == "zh-Hant")
        #expect(diagnostics.isEmpty)
    }

    @Test func findsNumberedHeadingsInOrderIncludingRunIns() {
        let numbered = article.headings.filter { $0.number != nil }
        #expect(numbered.map { $0.number! } == ["1", "1.1", "1.2", "2", "2.1", "3", "3.1", "4", "5", "5.1"])
        #expect(numbered.map(\.line) == [9, 10, 31, 39, 40, 50, 63, 66, 84, 85])
        #expect(numbered.first { $0.number == "1.2" }?.title == "同步視圖的特點")
        #expect(numbered.first { $0.number == "4" }?.title == "面試常見問題")
        #expect(numbered.map(\.level) == [1, 2, 2, 1, 2, 1, 2, 1, 1, 2])
    }

    @Test func splitsADigitGluedHeadingBeforeTheExpectedNumber() {
        // `--workers 23. 服務器對比` is `--workers 2` followed by heading `3.`.
        let heading = article.headings.first { $0.number == "3" }
        #expect(heading?.title == "服務器對比")
        #expect(heading?.line == 50)
    }

    @Test func takesNoHeadingFromCommentsVersionsFlagsOrTeasers() {
        let titles = article.headings.map(\.title)
        #expect(!titles.contains { $0.contains("讀取設定") || $0.contains("呼叫服務") || $0.contains("寫入日誌") })
        #expect(!titles.contains { $0.contains("Flask Async Views") || $0.contains("版本") || $0.contains("啟動") })
    }

    @Test func findsUnnumberedSectionNamesOnTheirOwnLine() {
        let unnumbered = article.headings.filter { $0.number == nil }
        #expect(unnumbered.map(\.title) == ["前言", "參考資料"])
        #expect(unnumbered.map(\.line) == [3, 87])
    }

    @Test func readsPipeTablesButNotBarChartsTimelinesOrTrees() {
        #expect(article.tables.map(\.rows.count) == [3, 4, 2, 2])
        #expect(article.tables.map(\.line) == [32, 41, 51, 69])
        #expect(article.tables.map(\.section) == ["同步視圖的特點", "協議支持", "服務器對比", "面試常見問題"])
        #expect(article.tables[1].columns == ["協議", "WSGI", "ASGI"])
        #expect(article.tables[1].rows[3] == ["SSE", "🟡 (需 hack)", "✅"])
    }

    @Test func captionsATableInsideAnAnswerWithItsQuestion() {
        #expect(article.tables[3].title == "WSGI 和 ASGI 的主要區別是什麼?")
        #expect(article.tables[0].title == "同步視圖的特點")
    }

    @Test func findsQuestionsIncludingOneGluedToCode() {
        #expect(article.qa.map(\.number) == ["1", "2", "3"])
        #expect(article.qa.map(\.line) == [67, 74, 79])
        #expect(article.qa[2].question == "ASGI 一定比 WSGI 快嗎?")
    }

    @Test func answersRunToTheNextQuestionOrHeading() {
        #expect(article.qa[0].answer.hasPrefix("| 維度 | WSGI | ASGI |"))
        #expect(article.qa[0].answer.hasSuffix("關鍵點:ASGI 向後兼容 WSGI。"))
        #expect(article.qa[1].answer.hasPrefix("可以!同一個項目可以有兩個入口:"))
        // Unfenced code in a copy is fenced on the card, so it is shown as code.
        #expect(article.qa[1].answer.hasSuffix("return HttpResponse(\"OK\")\n```"))
        #expect(article.qa[2].answer == "不一定! 取決於應用類型:\n- ✅ I/O 密集型:ASGI 更快\n- ❌ CPU 密集型:ASGI 可能更慢")
    }

    @Test func keepsUnfencedCodeAsCodeAndCutsOffItsProseTail() throws {
        let first = try #require(article.codeBlocks.first)
        #expect(first.startLine == 5 && first.endLine == 8)
        #expect(first.text.hasSuffix("uvicorn app:asgi_app"))
        let handler = try #require(article.codeBlocks.first { $0.text.hasPrefix("def handler") })
        #expect(handler.startLine == 13 && handler.endLine == 26)
        #expect(handler.text.contains("標準簽名"))
        #expect(handler.text.hasSuffix("})"))
        #expect(!article.codeBlocks.contains { $0.text.contains("這樣一個請求") || $0.text.contains("|---|") })
    }

    @Test func recognisesBarChartsAndTreesAsDiagrams() {
        #expect(article.codeBlocks.contains { $0.text.contains("Uvicorn │████████│") })
        #expect(article.codeBlocks.contains { $0.language == "diagram" && $0.text.contains("├─ Yes") })
    }

    @Test func makesQuestionAndCellCards() throws {
        #expect(article.cards.filter { $0.kind == .qa }.count == 3)
        // 3 + 4×2 + (2×2 − one "-" cell) + 2×2 cells.
        #expect(article.cards.filter { $0.kind == .cell }.count == 18)
        let sse = try #require(article.cards.first { $0.front == "協議支持 · SSE · WSGI" })
        #expect(sse.back == "🟡 (需 hack)")
        #expect(sse.cell?.mark == .partial)
        #expect(sse.key.hasPrefix("flask/web-article/table-"))
        #expect(sse.key.hasSuffix("/c2"))
        let http2 = try #require(article.cards.first { $0.front == "協議支持 · HTTP/2 · WSGI" })
        #expect(http2.cell?.mark == .no)
        #expect(http2.siblingGroup == article.cards.first { $0.front == "協議支持 · HTTP/2 · ASGI" }?.siblingGroup)
    }
}

@Suite struct PlainArticleEdgeTests {
    @Test func unclosedDocstringSwallowsNeitherTablesNorQuestions() throws {
        let text = """
            Title
            1. Code
            def f():
            \"\"\"
            never closed
            | A | B |
            |---|---|
            | x | y |
            Q1: Still a question?
            答案:
            Yes.
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/a.txt").article)
        #expect(article.tables.map(\.rows.count) == [1])
        #expect(article.qa.map(\.answer) == ["Yes."])
        #expect(article.codeBlocks.map(\.endLine) == [5])
    }
}

@Suite struct SquashedChineseCopyTests {
    /// A Chinese blog post copied from the browser: `1.` glued to the question, page furniture at the end.
    static let copy = """
        Celery 面试题 - 某人的部落格
        发布于 2024-02-03 阅读 512
        1.什么是 Celery？
        一个分布式任务队列，用消息代理派发任务。
        2.broker 和 backend 有什么不同？
        broker 传递任务消息，backend 保存任务结果。
        3.怎么让任务重试？
        在任务里调用 self.retry，并设置 max_retries。
        相关推荐
        点赞 收藏 分享
        """

    @Test func numberedQuestionsGluedToTheirNumberAreFound() throws {
        let article = try #require(ContentParser().parse(text: Self.copy, path: "web/celery.txt").article)
        #expect(article.qa.map(\.question) == ["什么是 Celery？", "broker 和 backend 有什么不同？", "怎么让任务重试？"])
        #expect(article.qa.last?.answer == "在任务里调用 self.retry，并设置 max_retries。", "page furniture is not the answer")
    }

    @Test func versionNumbersAndSentencesStayProse() throws {
        let text = "Django 版本说明\n1. 介绍\n升级到 3.2.LTS 很重要，因为 4.0 移除了旧接口。\n"
        let article = try #require(ContentParser().parse(text: text, path: "web/versions.txt").article)
        #expect(article.qa.isEmpty)
    }

    @Test(arguments: ["点赞 收藏 分享", "相关推荐", "上一篇：Django 中间件", "Share this", "© 2024 某人"])
    func furnitureIsRecognised(line: String) {
        #expect(PageFurniture.isFurniture(line))
    }

    @Test(arguments: ["分享一个技巧：用 select_related 减少查询。", "Like most frameworks, Django ships an ORM."])
    func sentencesAreNotFurniture(line: String) {
        #expect(!PageFurniture.isFurniture(line))
    }
}

@Suite struct BlogCopyTests {
    /// A blog post copied from the browser: a table of contents repeating the questions, numbered questions
    /// without question marks ("Explain …", "Difference between …"), share buttons at the end.
    static let copy = """
        Top Celery Interview Questions
        By A. Writer | Updated 2024
        Table of Contents
        1. What is Celery?
        2. What is a broker?
        1. What is Celery?
        A distributed task queue for Python.
        2. What is a broker?
        The message transport that carries tasks to workers, such as RabbitMQ or Redis.
        3. How do you retry a task?
        Call self.retry inside a bound task.
        4. Explain task routing.
        Routes send tasks to named queues so dedicated workers take them.
        5. Difference between delay and apply_async
        delay is a shortcut; apply_async takes options such as countdown and queue.
        Share this:
        Twitter Facebook
        """

    @Test func everyQuestionIsFoundOnceWithItsAnswer() throws {
        let result = ContentParser().parse(text: Self.copy, path: "web/celery.txt")
        let article = try #require(result.article)
        #expect(article.qa.map(\.question) == [
            "What is Celery?", "What is a broker?", "How do you retry a task?", "Explain task routing.",
            "Difference between delay and apply_async",
        ])
        #expect(article.qa[0].answer == "A distributed task queue for Python.")
        #expect(article.qa[4].answer == "delay is a shortcut; apply_async takes options such as countdown and queue.")
        #expect(!result.hasErrors)
    }

    @Test func chaptersThatOnlySometimesStartLikeAQuestionStayChapters() throws {
        let text = """
            Deploying Django
            1. Servers
            Gunicorn or uWSGI behind nginx.
            2. When to scale out
            Once one machine's CPU is saturated.
            3. Static files
            Collect them and serve them from nginx.
            """
        let article = try #require(ContentParser().parse(text: text, path: "web/deploy.txt").article)
        #expect(article.qa.isEmpty)
        #expect(article.headings.map(\.title) == ["Servers", "When to scale out", "Static files"])
    }
}
