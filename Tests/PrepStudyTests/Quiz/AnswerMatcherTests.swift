import PrepStudy
import PrepScheduling
import Testing

struct AnswerMatcherTests {
    let matcher = AnswerMatcher()

    @Test(arguments: [
        // Case, width, punctuation and spacing
        ("asgi", "ASGI"),
        ("ＡＳＧＩ", "ASGI"),
        ("Event-Loop!", "event loop"),
        ("  event   loop ", "Event loop"),
        ("ABC123,:()", "ＡＢＣ１２３，：（）"),
        ("事件循環", "事件循環。"),
        ("事件 循環", "「事件循環」"),
        ("django 3.0+", "Django 3.0+"),
        ("3000", "3,000"),
        ("2-4", "2 – 4"),
        ("CPU cores", "The number of CPU cores"),  // naming what is counted answers "the number of"
        ("http2", "HTTP/2"),
        // Alternatives the answer lists
        ("Uvicorn", "Uvicorn / Daphne"),
        ("daphne", "Uvicorn / Daphne"),
        ("WebSocket", "WebSocket、SSE"),
        ("SSE", "WebSocket、SSE"),
        ("threads", "threads or processes"),
        ("多進程", "多線程 或 多進程"),
        ("多進程", "多線程或者多進程"),
        ("ASGI", "ASGI (Asynchronous Server Gateway Interface)"),
        // Stop words left out or added
        ("server", "Of the server"),
        ("the server", "Of the server"),
        ("number of CPU cores", "The number of CPU cores"),
        ("worker 數量", "worker 的數量"),
        ("伺服器的性質", "伺服器性質"),
    ])
    func exact(typed: String, expected: String) {
        #expect(matcher.match(typed, against: expected) == .exact)
    }

    @Test(arguments: [
        ("uvicron", "uvicorn"),  // transposition
        ("evnt loop", "event loop"),  // deletion
        ("coroutinez", "coroutines"),
        ("gunicron workers", "gunicorn workers"),
        ("Synchronos blockng", "synchronous blocking"),  // two edits in a long answer
        ("事件循还", "事件循環"),  // one character off (a Simplified form)
    ])
    func typo(typed: String, expected: String) {
        #expect(matcher.match(typed, against: expected) == .typo)
    }

    @Test(arguments: [
        // A short sentence holding every key word
        ("it uses an event loop", "event loop", ["it", "uses", "an"]),
        ("uses coroutines on a single thread", "coroutines single thread", ["uses", "on", "a"]),
        ("使用事件循環", "事件循環", ["使用"]),
    ])
    func extraWords(typed: String, expected: String, extra: [String]) {
        let judgement = matcher.judge(typed, against: expected)
        #expect(judgement.match == .extraWords)
        #expect(judgement.extraWords == extra)
    }

    @Test(arguments: [
        ("", "ASGI"),
        ("WSGI", "ASGI"),  // a different term, not a typo
        ("sync", "async"),
        ("async views", "sync views"),
        ("同步", "異步"),
        ("同步阻塞", "異步阻塞"),
        ("不支持", "支持"),
        ("不支持 WebSocket", "支持 WebSocket"),
        ("4", "5"),  // numbers are strict
        ("2016", "2015"),
        ("Django 3.1", "Django 3.0"),
        ("30", "3.0"),
        ("abd", "abc"),  // too short for a typo
        ("uvcrn", "uvicorn"),  // two edits in a short answer
        ("event", "event loop"),
        ("loop", "event loop"),
        ("not an event loop", "event loop"),
        ("event loop and threads and processes and more", "event loop"),
        ("the server uses coroutines on a single thread", "coroutines single thread"),  // too many added words
        ("不使用事件循環", "事件循環"),
        ("HTTP", "HTTP/2"),
        ("2", "HTTP/2"),
        ("one event loop per 2 workers", "one event loop per worker"),
    ])
    func wrong(typed: String, expected: String) {
        #expect(matcher.match(typed, against: expected) == .wrong)
    }

    @Test func droppingStopWordsKeepsEveryKeyWordInOrder() {
        #expect(matcher.match("interface", against: "Of the server") == .wrong)
        #expect(matcher.match("CPU", against: "The number of CPU cores") == .wrong)
        #expect(matcher.match("number", against: "The number of CPU cores") == .wrong)
        #expect(matcher.match("cores of the CPU", against: "The CPU cores") != .exact)
        #expect(matcher.match("not the server", against: "Of the server") == .wrong)
        #expect(matcher.match("的", against: "的") == .exact)
        #expect(matcher.match("數量", against: "worker 的數量") == .wrong)
    }

    @Test func typoAllowanceScalesWithLength() {
        #expect((1...12).map(matcher.typoAllowance(forLength:)) == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2])
        let strict = AnswerMatcher(exactUpTo: 100)
        #expect(strict.match("uvicron", against: "uvicorn") == .wrong)
    }

    @Test func slashInsideAWordIsNotAnAlternative() {
        #expect(matcher.match("HTTP", against: "HTTP/2") == .wrong)
        #expect(matcher.match("2", against: "HTTP/2") == .wrong)
        #expect(matcher.match("I", against: "I/O") == .wrong)
    }
}

struct AnswerTextTests {
    @Test func normalizedFoldsWidthCaseAndPunctuation() {
        #expect(AnswerText.normalized("ＡＢＣ１２３，：（）") == "abc123")
        #expect(AnswerText.normalized("Hello, World!") == "helloworld")
        #expect(AnswerText.normalized("「事件循環」。") == "事件循環")
        #expect(AnswerText.normalized("✅️ 支持") == AnswerText.normalized("✅支持"))
        #expect(AnswerText.normalized("✅ 支持") != AnswerText.normalized("❌ 支持"))
    }

    @Test func separatorsBetweenDigitsStay() {
        #expect(AnswerText.normalized("3.0") == "3.0")
        #expect(AnswerText.normalized("3.0") != AnswerText.normalized("30"))
        #expect(AnswerText.normalized("2 - 4") == "2-4")
        #expect(AnswerText.normalized("2 - 4") != AnswerText.normalized("2.4"))
        #expect(AnswerText.normalized("3,000") == "3000")
        #expect(AnswerText.numberSkeleton(ofNormalized: AnswerText.normalized("Django 3.0+")) == "3.0")
    }

    @Test func displayWidthCountsWideCharactersTwice() {
        #expect(AnswerText.displayWidth("ASGI") == 4)
        #expect(AnswerText.displayWidth("事件循環") == 8)
        #expect(AnswerText.displayWidth("ＡＢ，") == 6)
        #expect(AnswerText.displayWidth("✅ ok") == 5)
    }

    @Test func foldedTextIsSearchedByBytes() {
        let front = AnswerText.folded("What is the Exam Code of 考試代碼？")
        #expect(AnswerText.contains(front, "exam code"))
        #expect(AnswerText.contains(front, "考試代碼"))
        #expect(AnswerText.contains(front, ""))
        #expect(!AnswerText.contains(front, "exam fee"))
        #expect(!AnswerText.contains("code", "exam code"))
        #expect(AnswerText.contains("version", "version"))
    }
}
