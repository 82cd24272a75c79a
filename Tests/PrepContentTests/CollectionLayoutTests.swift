import Foundation
import Testing

@testable import PrepContent

/// Interview-question collections as people write them (fixtures in our own words imitating real layouts):
/// every item found once, with its number and markers stripped, and nothing else made into a card.
@Suite struct CollectionLayoutTests {
    private func article(_ name: String, as path: String) throws -> (ParsedArticle, [ContentDiagnostic]) {
        let result = try FixtureLoader.parse(name, as: path)
        return (try #require(result.article), result.diagnostics)
    }

    private func questions(_ article: ParsedArticle) -> [String] { article.qa.map(\.question) }

    @Test func englishHeadingsNumberedListItemsAndFrontMatter() throws {
        let (article, diagnostics) = try article("collection-headings.en.md", as: "notes/collection-headings.en.md")
        #expect(article.title == "Backend interview notes")
        #expect(
            questions(article) == [
                "What is a WSGI server?", "Explain the GIL", "Difference between a process and a thread",
                "Why would you pick ASGI?", "What are the ways to start a development server?",
                "Which port does runserver use by default?",
            ])
        #expect(article.qa.map(\.number) == ["1", "2", "3", "4", "1", "2"])
        let first = article.qa[0].answer
        #expect(first.hasPrefix("A program that accepts"))
        #expect(first.contains("```python\ndef app(environ, start_response):"))
        #expect(!first.contains("Back to top"))
        // A sub-heading that does not ask stays inside the answer, shown as a bold line; the next question heading ends it.
        #expect(article.qa[3].answer.contains("**Example**"))
        #expect(!article.qa[3].answer.contains("Topics to read later"))
        // List-item headings lose their list indentation.
        #expect(article.qa[4].answer == "Run `manage.py runserver`, or point an ASGI server at the project's `asgi.py`.")
        // The table inside the answer is kept in the answer and gives its own cells.
        #expect(article.qa[2].answer.contains("| Memory | separate | shared |"))
        #expect(article.tables.map(\.rows.count) == [3])
        #expect(article.cards.contains { $0.front == "Process vs Thread — Memory: Process?" && $0.back == "separate" })
        #expect(article.cards.allSatisfy { $0.tags.contains("python") && $0.tags.contains("web") })
        #expect(
            diagnostics.map(\.description) == [
                "notes/collection-headings.en.md:75:1: warning: question heading has an empty section; no card made"
            ])
    }

    @Test func chineseNumberingChapterNumbersAndTopicHeadings() throws {
        let (article, diagnostics) = try article(
            "collection-numbered.zh-Hans.md", as: "notes/collection-numbered.zh-Hans.md")
        // `141.Django 请求的生命周期` asks nothing by its words, but it is numbered in a run of headings that ask.
        #expect(questions(article) == ["对中间件的理解？", "Django 请求的生命周期", "如何设置超时", "简述进程池与线程池的区别"])
        #expect(article.qa.map(\.number) == ["140", "141", "2.1", "2.2"])
        #expect(article.qa[0].answer.contains("1. 登录校验\n2. 跨站请求伪造防护"))
        let chapter = try #require(article.headings.first { $0.title.contains("面试常见问题") && $0.level == 2 })
        #expect(chapter.number == nil && chapter.title == "05-1. 面试常见问题")
        #expect(article.headings.contains { $0.number == "1" && $0.title == "三次握手" })
        #expect(article.tables.map(\.rows.count) == [2])
        #expect(diagnostics.isEmpty)
    }

    @Test func markerPairsInEverySpelling() throws {
        let (article, diagnostics) = try article(
            "collection-markers.zh-Hant.md", as: "notes/collection-markers.zh-Hant.md")
        #expect(article.title == "Django 面試筆記")
        #expect(
            questions(article) == [
                "runserver 可以用在正式環境嗎？", "什麼是 ORM？", "中介軟體的執行順序是什麼？",
                "為什麼 Django 的設定檔不該放密碼？", "同步視圖在 ASGI 下怎麼執行？", "哪一個指令會產生遷移檔？",
            ])
        #expect(article.qa[3].answer == "因為設定檔通常會進版本控制，密碼應該從環境變數讀進來。\n\n也可以用專門的密鑰管理服務。")
        let markerWords = ["問：", "答：", "問題:", "參考答案", "Q1.", "A1:", "**", "Question:", "Answer:"]
        for card in article.cards where card.kind == .qa {
            #expect(!markerWords.contains { card.front.contains($0) || card.back.contains($0) }, "\(card.front)")
        }
        // `標準答案:` above a table is neither an item nor the table's caption.
        #expect(article.tables.map(\.title) == ["比較"])
        #expect(article.tables.map(\.rows.count) == [2])
        #expect(article.cards.allSatisfy { $0.tags.contains("django") })
        #expect(diagnostics.map(\.description) == ["notes/collection-markers.zh-Hant.md:41:1: error: question has no answer"])
    }

    @Test func collapsibleAnswers() throws {
        let (article, diagnostics) = try article("collection-details.en.md", as: "notes/collection-details.en.md")
        #expect(
            questions(article) == [
                "How does garbage collection work in CPython?", "What is a decorator?",
                "Which keyword turns a function into a generator?",
            ])
        #expect(article.qa[0].answer.hasSuffix("```python\nimport gc\ngc.collect()\n```"))
        #expect(article.qa[2].answer == "`yield`")
        #expect(article.tables.map(\.rows.count) == [2])
        #expect(article.tables.map(\.title) == ["What is a decorator?"])
        #expect(article.cards.allSatisfy { !$0.back.contains("details>") && !$0.front.contains("summary>") })
        #expect(diagnostics.map(\.description) == ["notes/collection-details.en.md:38:1: error: question has no answer"])
    }

    @Test func webCopyWithGluedQuestions() throws {
        let (article, diagnostics) = try article("web-copy.zh-Hant.txt", as: "notes/web-copy.zh-Hant.txt")
        #expect(
            questions(article) == [
                "為什麼不直接用 runserver?", "WSGI 的全名是什麼？", "ASGI 多了什麼能力？", "gunicorn 的 worker 數量怎麼抓?",
                "什麼是 ORM?", "WSGI 是同步的嗎?",
            ])
        #expect(article.qa.suffix(2).map(\.answer) == ["把資料表對應成類別的一層。", "是，一個請求佔一個 worker。"])
        #expect(article.qa[0].answer == "runserver 是單機開發用的，沒有處理大量連線與安全的設計。")
        #expect(article.headings.map(\.title) == ["為什麼需要應用伺服器", "常見的問題", "壓縮過的段落"])
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("## 1. What is X?", "1", "What is X?"),
        ("### 140.对中间件的理解？", "140", "对中间件的理解？"),
        ("### 2.1、如何设置超时", "2.1", "如何设置超时"),
        ("## 1️⃣ What is Python?", "1", "What is Python?"),
        ("## Q3: Why?", "3", "Why?"),
        ("## **[7. How are keys derived?](#keys)**", "7", "How are keys derived?"),
    ])
    func headingNumbersAreLayoutNotQuestion(line: String, number: String, question: String) throws {
        // A second numbered heading makes the level a numbered run, as in a real collection.
        let text = "# T\n\n\(line)\n\nThe answer.\n\n\(line.prefix(while: { $0 == "#" })) 99. Notes\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/a.en.md").article)
        #expect(article.qa.map(\.number) == [number])
        #expect(article.qa.map(\.question) == [question])
    }

    @Test func unnumberedHeadingsThatDoNotAskStaySections() throws {
        let text = "# T\n\n## How it works\n\nText.\n\n## 1 三次握手\n\nText.\n\n## 2 四次挥手\n\nText.\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/a.md").article)
        #expect(article.qa.isEmpty)
        #expect(article.cards.isEmpty)
    }

    @Test func longAnswersAndQuestionLookingLinesAreWarned() throws {
        let long = (1...70).map { "line \($0)" }.joined(separator: "\n")
        let text = "# T\n\n## Why is this long?\n\n\(long)\n\n## What swallows?\n\nText.\n2. What swallows this one?\n"
        let result = ContentParser().parse(text: text, path: "t/a.md")
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("answer is 70 lines long") })
        #expect(messages.contains { $0.hasPrefix("answer contains a line that looks like another question") })
    }

    @Test func reimportingAnEditedCollectionKeepsKeysOfUnchangedItems() throws {
        let before = "# T\n\n## 1. What is A?\n\nOne.\n\n## 2. What is B?\n\nTwo.\n"
        let after = "# T\n\n## 1. What is B?\n\nTwo, better.\n\n## 2. What is A?\n\nOne.\n\n## 3. What is C?\n\nThree.\n"
        let keys = { (text: String) in
            ContentParser().parse(text: text, path: "t/a.md").article?.cards.map(\.key) ?? []
        }
        let old = keys(before)
        let new = keys(after)
        #expect(old.count == 2 && new.count == 3)
        #expect(Set(old).isSubset(of: Set(new)))
    }
}

@Suite struct CollectionListLayoutTests {
    @Test func listsBoldQuestionsInlineDetailsAndImperativeHeadings() throws {
        let result = try FixtureLoader.parse("collection-lists.zh-Hans.md", as: "notes/collection-lists.zh-Hans.md")
        let article = try #require(result.article)
        #expect(
            article.qa.map(\.question) == [
                "你用过哪些 Web 框架？", "什么是 WSGI？", "列表和元组有什么不同？", "装饰器是做什么的？",
                "什么是中间件？它能做什么（比如鉴权？）", "为什么 GIL 限制了多线程？", "请至少列举三个常用模块。", "求结果：",
            ])
        #expect(
            article.qa.map(\.answer) == [
                "主要用 Django，也写过一点 Flask。\nFlask 更轻，功能靠扩展补上。", "服务器和 Python 应用之间约定的调用接口。",
                "列表可变，元组不可变。", "在不改原函数的前提下给它加上额外行为。", "位于请求和视图之间的钩子，可以统一做鉴权、日志。",
                "同一时刻只有一个线程执行字节码。\n等待 I/O 时会释放。", "os、sys、json。", "```python\nprint(1 or 2)\n```\n\n输出 1。",
            ])
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct CollectionTableTests {
    @Test func tablesUnderListItemsKeepTheirRowsAndTwoSidedHeadersReadNaturally() throws {
        let text = """
            # Notes

            ## Servers

            - Compare the two interfaces:

              | Feature | WSGI | ASGI |
              |---|---|---|
              | Model | sync | async |
              | WebSocket | no | yes |

            - The next table is described by a long sentence that ends in a colon and is no caption at all:

              | Server | Protocol |
              |---|---|
              | Uvicorn | ASGI |
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/servers.md").article)
        #expect(article.tables.map(\.rows.count) == [2, 1])
        #expect(article.tables.map(\.title) == ["Compare the two interfaces", "Servers"])
        #expect(article.cards.contains { $0.front == "WSGI vs ASGI — WebSocket: ASGI?" && $0.back == "yes" })
        #expect(article.cards.contains { $0.front == "Servers · Uvicorn · Protocol" })
    }
}

/// The examples content/FORMAT.md gives for question collections parse as it says they do.
@Suite struct FormatExampleTests {
    @Test func everyCollectionExampleOfFormatMDMakesItsCards() throws {
        let format = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content/FORMAT.md")
        let text = try String(contentsOf: format, encoding: .utf8)
        let start = try #require(text.range(of: "## Question collections"))
        let end = try #require(text.range(of: "## Plain articles"))
        let section = text[start.upperBound..<end.lowerBound]
        let blocks = section.components(separatedBy: "```\n").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        let examples = "# Examples\n\n" + blocks.joined(separator: "\n\n")
        let article = try #require(ContentParser().parse(text: examples, path: "t/examples.md").article)
        #expect(
            article.qa.map(\.question) == [
                "What is a WSGI server?", "对中间件的理解？", "What does runserver do?", "How does garbage collection work?",
                "為什麼設定檔不該放密碼？", "runserver 可以用在正式環境嗎？", "What is a tuple?", "什么是鸭子类型",
                "What does this return?", "What does DNS translate?",
            ])
    }
}

@Suite struct WebCopyNumberingTests {
    @Test func chineseEnumerationCommaNumbersHeadingsOfPlainText() throws {
        let text = "Python 面试题整理\n1、什么是 GIL？\n同一时刻只有一个线程执行字节码。\n2、为什么需要虚拟环境？\n隔离每个项目的依赖。\n2.1、创建方法\npython -m venv .venv\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/zh.txt").article)
        #expect(article.format == .article)
        #expect(article.qa.map(\.question) == ["什么是 GIL？", "为什么需要虚拟环境？"])
        #expect(article.qa.map(\.answer) == ["同一时刻只有一个线程执行字节码。", "隔离每个项目的依赖。"])
        #expect(article.headings.map(\.number) == ["1", "2", "2.1"])
    }
}

@Suite struct DetailsWithoutQuestionTests {
    @Test func aSummaryThatDoesNotAskFoldsContentAwayAndItsQuestionsAreStillFound() throws {
        let text = """
            # Notes

            <details><summary>Table of contents</summary>

            - [Basics](#basics)

            </details>

            <details>
            <summary>Basics</summary>

            **What is a view?**

            A callable that takes a request and returns a response.

            </details>
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/notes.md").article)
        #expect(article.qa.map(\.question) == ["What is a view?"])
        #expect(article.qa.map(\.answer) == ["A callable that takes a request and returns a response."])
    }
}

@Suite struct QuestionListTests {
    @Test func aNumberedListOfBoldQuestionsWithRephrasingsMakesNoCards() throws {
        let text = """
            # Warm-up

            1. **What is Django?**
               Can you say what it is and why teams pick it?

            2. **What is the ORM?**
               How would you describe it to a newcomer?
            """
        let result = ContentParser().parse(text: text, path: "t/warmup.md")
        #expect(result.article?.cards.isEmpty == true)
        #expect(result.diagnostics.map(\.message) == Array(repeating: "the text below this question only asks again; no card made", count: 2))
    }

    @Test func aRephrasingUnderAListItemIsNoAnswerEither() throws {
        let text = """
            Some questions to warm up with.

            1. **What is Django?**
               Can you say what it is and why teams pick it?

            2. **Caching:**
               Which caches does it ship with, and when would you use each?

            # 1. What is Django?
            A web framework with batteries included.
            """
        let result = ContentParser().parse(text: text, path: "t/warmup.md")
        #expect(result.article?.qa.map(\.answer) == ["A web framework with batteries included."])
    }
}

@Suite struct NumberedMarkerWordTests {
    @Test(arguments: [
        ("問題一：什麼是 WSGI？\n參考答案：一個呼叫約定。", "一", "什麼是 WSGI？", "一個呼叫約定。"),
        ("第2題：ASGI 解決什麼？\n答：長連線。", "2", "ASGI 解決什麼？", "長連線。"),
        ("Question 3: What is a view?\nAnswer: A callable.", "3", "What is a view?", "A callable."),
        ("问题4：什么是中间件？\n标准答案：请求和视图之间的一层。", "4", "什么是中间件？", "请求和视图之间的一层。"),
    ])
    func markerWordsCarryTheirNumbers(text: String, number: String, question: String, answer: String) throws {
        let article = try #require(ContentParser().parse(text: "# T\n\n\(text)\n", path: "t/a.md").article)
        #expect(article.qa.map(\.number) == [number])
        #expect(article.qa.map(\.question) == [question])
        #expect(article.qa.map(\.answer) == [answer])
    }
}

@Suite struct EnglishWebCopyTests {
    @Test func numberedQuestionsLongTitlesGluedMarkersAndUnfencedCode() throws {
        let result = try FixtureLoader.parse("web-copy.en.txt", as: "notes/web-copy.en.txt")
        let article = try #require(result.article)
        #expect(
            article.qa.map(\.question) == [
                "What is the difference between select_related and prefetch_related in the Django ORM?",
                "Why start a project with a custom user model?", "Is runserver fit for production?",
                "Which command creates migration files?", "Which one applies them?",
            ])
        #expect(article.qa[1].answer.contains("class User(AbstractUser):"))
        #expect(article.qa[2].answer == "No, it is built for development only.")
        #expect(article.qa[3].answer == "makemigrations.")
        #expect(article.codeBlocks.count == 1)
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct QuestionTableTests {
    @Test func aQuestionAndAnswerTableGivesOneRecallCardPerRow() throws {
        let text = """
            # Quick round

            | # | Question | Answer |
            |---|---|---|
            | 1 | What does WSGI stand for? | Web Server Gateway Interface |
            | 2 | Which server ships with Django? | runserver, for development |
            | 3 | Left unanswered? | |
            """
        let result = ContentParser().parse(text: text, path: "t/round.md")
        let article = try #require(result.article)
        #expect(article.tables.map(\.rows.count) == [3])
        #expect(article.qa.map(\.question) == ["What does WSGI stand for?", "Which server ships with Django?"])
        #expect(article.qa.map(\.number) == ["1", "2"])
        #expect(article.cards.map(\.kind) == [.qa, .qa])
        #expect(article.cards.map(\.back) == ["Web Server Gateway Interface", "runserver, for development"])
        #expect(result.diagnostics.map(\.description) == ["t/round.md:7:1: error: question has no answer"])
    }
}

@Suite struct TableOfContentsLayoutTests {
    @Test func listItemHeadingsUnderATableOfContents() throws {
        let result = try FixtureLoader.parse("collection-toc.en.md", as: "notes/collection-toc.en.md")
        let article = try #require(result.article)
        #expect(article.qa.map(\.question) == ["Which ways of building an object does the language offer", "What does a prototype chain do"])
        // The table of contents is a table (two rows) but gives no cards.
        #expect(article.tables.map(\.rows.count) == [2])
        #expect(article.cards.map(\.kind) == [.qa, .qa])
        let first = article.qa[0].answer
        #expect(first.contains("1. **Object literal syntax:**\n\n   ```javascript\n   var object = { name: \"S\" };\n   ```"))
        #expect(!first.contains("Back to Top") && !first.contains("QUESTIONS"))
        #expect(result.diagnostics.isEmpty)
    }
}

@Suite struct HiddenAnswerUnderHeadingTests {
    @Test func aRevealSummaryUnderAQuestionHeadingIsLayout() throws {
        let text = "# T\n\n### 1. What is X?\n\n<details><summary>Answer</summary>\n\nX is a thing.\n\n</details>\n\n### 2. What is Y?\n\n<details>\n<summary>Show answer</summary>\n\nY is another.\n</details>\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/a.md").article)
        #expect(article.qa.map(\.answer) == ["X is a thing.", "Y is another."])
    }
}

@Suite struct ListQuestionTests {
    @Test func numberedListItemsThatAskWithIndentedAnswers() throws {
        let text = "# 后端面试\n\n1. Python 语言特性\n\n\t动态强类型\n\n3. 什么是鸭子类型\n\n\t关注对象的行为而不是类型。\n\n\t例如 file 和 StringIO 都有 read 方法。\n\n5. Why use a venv?\n   It isolates dependencies.\n6. What is left without an answer?\n\nSome closing words.\n\n7. Define the model\n   class Book(models.Model): ...\n"
        let article = try #require(ContentParser().parse(text: text, path: "t/list.md").article)
        // Most items of the list ask, so `1. Python 语言特性` is a question written plainly; `6.` has no answer, and
        // `7. Define the model` runs on into its next line, as markdown joins a line right under an item to it.
        #expect(article.qa.map(\.question) == ["Python 语言特性", "什么是鸭子类型", "Why use a venv?"])
        #expect(article.qa.map(\.answer) == ["动态强类型", "关注对象的行为而不是类型。\n\n例如 file 和 StringIO 都有 read 方法。", "It isolates dependencies."])
    }
}

@Suite struct GradedQuestionTests {
    @Test func aDifficultyTagAndAnExpectedAnswerLabelAreLayout() throws {
        let text = """
            # Generators

            ### Question 1: What does yield do? (Easy)

            **Expected Answer:**
            It hands a value to the caller and pauses the function.

            ### Question 2: 生成器和迭代器有什么区别？（中等）

            **参考回答：** 生成器是用 yield 写成的迭代器。
            """
        let result = ContentParser().parse(text: text, path: "t/graded.md")
        let qa = try #require(result.article?.qa)
        #expect(qa.map(\.question) == ["What does yield do?", "生成器和迭代器有什么区别？"])
        #expect(qa.map(\.answer) == ["It hands a value to the caller and pauses the function.", "生成器是用 yield 写成的迭代器。"])
    }

    @Test func aQuestionHeadingWithoutItsSpaceIsStillAHeading() throws {
        let text = """
            # Notes

            ##What is a coroutine?
            A function that can pause and resume.

            ##Why await?
            To let the loop run something else meanwhile.

            #hashtag stays text
            """
        let qa = try #require(ContentParser().parse(text: text, path: "t/unspaced.md").article?.qa)
        #expect(qa.map(\.question) == ["What is a coroutine?", "Why await?"])
        #expect(qa[1].answer == "To let the loop run something else meanwhile.\n\n#hashtag stays text")
    }

    @Test(arguments: ["What is X (in short)?", "Compare A and B (hard mode)", "Explain it [draft]"])
    func parenthesesThatAreNotAGradeStay(text: String) {
        #expect(QuestionText.withoutDifficulty(text) == text)
    }

}

/// Where a question heading's section ends, and what it passes on to the items after it.
@Suite struct QuestionSectionTests {
    /// A question heading answered in prose, followed by marker pairs in the same section: both kinds are items.
    @Test func questionHeadingAnsweredBeforeMarkerPairs() throws {
        let text = """
            # 前端筆記

            ### 1. 什麼是盒模型？

            內容、內距、邊框與外距。

            ### 2. 談談你對閉包的理解

            函式記住了定義時的作用域。

            問：冒泡與捕獲有何不同？
            答：方向相反。
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/notes.zh-Hant.md").article)
        #expect(article.qa.map(\.question) == ["什麼是盒模型？", "談談你對閉包的理解", "冒泡與捕獲有何不同？"])
        #expect(article.qa[1].answer == "函式記住了定義時的作用域。")
        #expect(article.qa[2].answer == "方向相反。")
    }

    /// A table right under a question heading that follows a section title is captioned by the question.
    @Test func tableUnderFirstQuestionOfASectionTakesTheQuestionAsCaption() throws {
        let text = """
            # Notes

            ## JavaScript

            ### 4. How do var and let differ?

            |  | var | let |
            |---|---|---|
            | Scope | function | block |
            | Redeclare | yes | no |
            """
        let article = try #require(ContentParser().parse(text: text, path: "t/notes.en.md").article)
        #expect(article.tables.map(\.title) == ["How do var and let differ?"])
    }

    /// A bold question with its answer on the same line is an item, and it ends the bold list question above it.
    @Test func inlineBoldQuestionsAreItemsAndEndTheItemAbove() throws {
        let text = """
            # Cluster notes

            1. **What is a DaemonSet?**
               One copy of a Pod on every node.

            2. **How do a ConfigMap and a Secret differ?**
               Secrets are meant for credentials.

            - **Why use namespaces?** To share one cluster between teams.
            - **Labels** are key–value pairs.
            """
        let qa = try #require(ContentParser().parse(text: text, path: "t/cluster.en.md").article?.qa)
        #expect(qa.map(\.question) == ["What is a DaemonSet?", "How do a ConfigMap and a Secret differ?", "Why use namespaces?"])
        try #require(qa.count == 3)
        #expect(qa[1].answer == "Secrets are meant for credentials.")
        #expect(qa[2].answer == "To share one cluster between teams.")
    }

    @Test(arguments: ["描述一下你的项目", "描述 TCP 的四次挥手", "簡述事件迴圈"])
    func chineseExamImperativesAsk(text: String) {
        #expect(QuestionText.soundsLikeQuestion(text))
    }
}

@Suite struct DecoratedLayoutTests {
    @Test func emojiBulletsQuotedAnswersAndBoldMarkersClosedBeforeTheColon() throws {
        let text = """
            # Caching notes

            #### 🔸 What is cache stampede?
            > Many requests miss the same expired key at once and all rebuild it.
            > A lock or early refresh avoids it.

            #### ▶ 什麼是快取穿透？
            > 查詢根本不存在的資料，每次都打到資料庫。

            **問題 3**：如何設定過期時間？
            **回答**：依資料變動頻率，再加一點隨機抖動。
            """
        let qa = try #require(ContentParser().parse(text: text, path: "notes/cache.md").article?.qa)
        #expect(qa.map(\.question) == ["What is cache stampede?", "什麼是快取穿透？", "如何設定過期時間？"])
        #expect(qa.map(\.answer) == [
            "Many requests miss the same expired key at once and all rebuild it.\nA lock or early refresh avoids it.",
            "查詢根本不存在的資料，每次都打到資料庫。", "依資料變動頻率，再加一點隨機抖動。",
        ])
    }

    @Test func anAnswerThatOnlyQuotesPartOfItselfKeepsItsQuote() throws {
        let text = "# N\n\n## Why use a lock?\nThe docs say:\n> only one rebuild at a time\n"
        let qa = try #require(ContentParser().parse(text: text, path: "notes/lock.md").article?.qa)
        #expect(qa.first?.answer == "The docs say:\n> only one rebuild at a time")
    }
}

@Suite struct SpacedQuestionNumberTests {
    @Test func aQNumberFollowedBySpaceIsLayout() throws {
        let text = "# 維運\n\n### Q1 為什麼要用健康檢查？\n\n壞掉的實例會被移出負載平衡。\n\n### Q2 Why log to stdout?\n\nThe platform collects it.\n"
        let qa = try #require(ContentParser().parse(text: text, path: "ops/notes.md").article?.qa)
        #expect(qa.map(\.question) == ["為什麼要用健康檢查？", "Why log to stdout?"])
        #expect(qa.map(\.number) == ["1", "2"])
    }
}
