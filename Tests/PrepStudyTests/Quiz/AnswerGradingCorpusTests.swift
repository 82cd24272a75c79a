import PrepStudy
import Testing

/// Typed answers as learners give them, right and wrong, judged as an examiner would: the matcher must accept
/// at least 90 % of the right ones and none of the wrong ones (issue 10). The answers are written for these
/// tests, in the shapes real decks use; `also` stands for the card's `also:` line and its other-language answer.
struct AnswerGradingCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var expected: String
        var also: [String] = []
        var typed: String
        var rule: String
        var testDescription: String { "\(rule): \(typed) for \(expected)" }
    }

    static func right(_ rule: String, _ expected: String, _ typed: String, also: [String] = []) -> Case {
        Case(expected: expected, also: also, typed: typed, rule: rule)
    }

    static let rightVariants: [Case] = [
        // Numbers with units: the same quantity however it is written.
        right("unit", "370 ms（大約是三者相加）", "370"),
        right("unit", "370 ms（大約是三者相加）", "370 ms"),
        right("unit", "370 ms（大約是三者相加）", "0.37 s"),
        right("unit", "370 ms（大約是三者相加）", "370毫秒"),
        right("unit", "370 ms（大約是三者相加）", "0.37秒"),
        right("unit", "370 ms (roughly the sum of the three)", "370ms"),
        right("unit", "370 ms (roughly the sum of the three)", "about 370 ms"),
        right("unit", "370 ms (roughly the sum of the three)", "0.37 seconds"),
        right("unit", "30 seconds", "30s"),
        right("unit", "30 seconds", "30 秒"),
        right("unit", "30 seconds", "0.5 min"),
        right("unit", "30 秒", "30 sec"),
        right("unit", "2 分鐘", "120 秒"),
        right("unit", "2 分鐘", "2 minutes"),
        right("unit", "1 MB", "1024 KB"),
        right("unit", "1 MB", "1000 kB"),
        right("unit", "64 KB", "64kb"),
        right("unit", "64 KB", "65536 bytes"),
        right("unit", "1.5 GB", "1536 MB"),
        right("unit", "90%", "90 %"),
        right("unit", "90%", "90 percent"),
        right("unit", "90%", "百分之九十"),
        right("unit", "3x", "3×"),
        right("unit", "3x", "3 times"),
        right("unit", "3x", "三倍"),
        right("unit", "3 倍", "3x"),
        right("unit", "約 250 毫秒", "250 ms"),
        right("unit", "2,000 requests", "2000 requests"),
        // Alternatives the author lists.
        right("alternative", "gthread | gevent", "gevent"),
        right("alternative", "gthread | gevent", "gthread"),
        right("alternative", "gthread or gevent workers", "gevent"),
        right("alternative", "gthread 或 gevent worker", "gthread"),
        right("alternative", "Uvicorn / Daphne / Hypercorn", "Hypercorn"),
        right("alternative", "WebSocket、SSE", "SSE"),
        right("alternative", "ASGI (Asynchronous Server Gateway Interface)", "asgi"),
        right("alternative", "an event loop", "asyncio loop", also: ["asyncio loop", "the loop"]),
        right("alternative", "thread_sensitive=True", "thread_sensitive true", also: []),
        right("alternative", "多工", "concurrency", also: ["concurrency"]),
        right("alternative", "協程", "coroutine", also: ["coroutine | async def function"]),
        right("alternative", "協程", "async def function", also: ["coroutine | async def function"]),
        // The card's answer in its other language.
        right("other language", "事件循環", "event loop", also: ["Event loop"]),
        right("other language", "Event loop", "事件循環", also: ["事件循環"]),
        right("other language", "每個請求一條執行緒", "one thread per request", also: ["One thread per request"]),
        right("other language", "The number of CPU cores", "CPU 核心數", also: ["CPU 核心數"]),
        right("other language", "阻塞", "blocking", also: ["Blocking"]),
        right("other language", "Blocking I/O", "阻塞式 I/O", also: ["阻塞式 I/O"]),
        right("other language", "長連線", "long-lived connections", also: ["Long-lived connections"]),
        right("other language", "2019 年", "2019", also: ["2019"]),
        // Case, width, punctuation and spacing.
        right("form", "ASGI", "ａｓｇｉ"),
        right("form", "Event loop", "EVENT LOOP"),
        right("form", "Event loop", "event-loop"),
        right("form", "event loop", "  event   loop. "),
        right("form", "事件循環", "「事件循環」"),
        right("form", "事件循環", "事件 循環。"),
        right("form", "sync_to_async", "SYNC_TO_ASYNC"),
        right("form", "uvicorn_worker.UvicornWorker", "Uvicorn_Worker.UvicornWorker"),
        right("form", "uvicorn_worker.UvicornWorker", "`uvicorn_worker.UvicornWorker`"),
        right("form", "Django 3.0", "django 3.0"),
        right("form", "HTTP/2", "http2"),
        right("form", "The number of CPU cores", "number of CPU cores"),
        right("form", "The number of CPU cores", "CPU cores"),
        right("form", "worker 的數量", "worker 數量"),
        right("form", "Ｄｊａｎｇｏ ４．２", "Django 4.2"),
        // Extra words around the answer.
        right("extra words", "event loop", "it uses an event loop"),
        right("extra words", "事件循環", "使用事件循環"),
        right("extra words", "uvicorn_worker.UvicornWorker", "the class uvicorn_worker.UvicornWorker"),
        right("extra words", "one thread per request", "WSGI gives one thread per request"),
        // Small typos outside numbers and code.
        right("typo", "uvicorn", "uvicron"),
        right("typo", "coroutines", "corutines"),
        right("typo", "gunicorn workers", "gunicron workers"),
        right("typo", "synchronous blocking", "synchronos blockng"),
        right("typo", "事件循環", "事件循还"),
        right("typo", "Event loop", "evnet loop"),
        // Hard ones an examiner would accept that the matcher may not (they count against the 90 %).
        right("hard", "one thread per request", "a thread for each request"),
        right("hard", "370 ms（大約是三者相加）", "the sum, 370 ms"),
    ]

    static func wrong(_ rule: String, _ expected: String, _ typed: String, also: [String] = []) -> Case {
        Case(expected: expected, also: also, typed: typed, rule: rule)
    }

    static let wrongVariants: [Case] = [
        // Wrong identifiers, module paths, file paths, flags.
        wrong("identifier", "uvicorn_worker.UvicornWorker", "uvicorn.workers.UvicornWorker"),
        wrong("identifier", "uvicorn_worker.UvicornWorker", "uvicorn_workers.UvicornWorker"),
        wrong("identifier", "uvicorn_worker.UvicornWorker", "uvicorn_worker.UvicornWorkers"),
        wrong("identifier", "uvicorn_worker.UvicornWorker", "uvicorn worker UvicornWorker"),
        wrong("identifier", "sync_to_async", "async_to_sync"),
        wrong("identifier", "sync_to_async", "sync_to_asycn"),
        wrong("identifier", "asgiref.sync.sync_to_async", "asgiref.sync.async_to_sync"),
        wrong("identifier", "django.core.asgi", "django.core.wsgi"),
        wrong("identifier", "myproject/asgi.py", "myproject/wsgi.py"),
        wrong("identifier", "myproject/asgi.py", "myproject/asgi.pyc"),
        wrong("identifier", "settings.ASGI_APPLICATION", "settings.WSGI_APPLICATION"),
        wrong("identifier", "thread_sensitive=True", "thread_sensitive=False"),
        wrong("identifier", "--workers", "--worker"),
        wrong("identifier", "get_asgi_application()", "get_wsgi_application()"),
        wrong("identifier", "uvicorn_worker.UvicornWorker", "I think uvicorn.workers.UvicornWorker"),
        // Wrong numbers and versions, with or without units.
        wrong("number", "370 ms（大約是三者相加）", "380"),
        wrong("number", "370 ms（大約是三者相加）", "370 s"),
        wrong("number", "370 ms（大約是三者相加）", "0.38 s"),
        wrong("number", "370 ms（大約是三者相加）", "37 ms"),
        wrong("number", "370 ms（大約是三者相加）", "150 ms"),
        wrong("number", "370 ms (roughly the sum of the three)", "about 150 ms"),
        wrong("number", "30 seconds", "30 minutes"),
        wrong("number", "30 秒", "30 分鐘"),
        wrong("number", "1 MB", "1 GB"),
        wrong("number", "90%", "9%"),
        wrong("number", "90%", "百分之十九"),
        wrong("number", "3x", "4×"),
        wrong("number", "3x", "四倍"),
        wrong("number", "2–4", "2.4"),
        wrong("number", "Django 3.0", "Django 3.1"),
        wrong("number", "Django 3.0", "Django 30"),
        wrong("number", "Python 3.10", "Python 3.1"),
        wrong("number", "2016", "2015"),
        wrong("number", "uvicorn 0.30", "uvicorn 0.3"),
        wrong("number", "PEP 3333", "PEP 333"),
        wrong("number", "2,000 requests", "200 requests"),
        wrong("number", "2019 年", "2018", also: ["2019"]),
        wrong("number", "370 毫秒", "約370毫秒或380毫秒"),
        // Different terms, opposites and negations.
        wrong("term", "ASGI", "WSGI"),
        wrong("term", "async", "sync"),
        wrong("term", "異步", "同步"),
        wrong("term", "支持", "不支持"),
        wrong("term", "event loop", "not an event loop"),
        wrong("term", "事件循環", "不使用事件循環"),
        wrong("term", "gthread | gevent", "eventlet"),
        wrong("term", "Uvicorn / Daphne", "Gunicorn"),
        wrong("term", "事件循環", "執行緒池", also: ["Event loop"]),
        wrong("term", "Event loop", "thread pool", also: ["事件循環"]),
        wrong("term", "The number of CPU cores", "number"),
    ]

    static let matcher = AnswerMatcher()

    @Test func acceptsAtLeastNinetyPercentOfRightVariants() {
        let rejected = Self.rightVariants.filter { Self.matcher.match($0.typed, against: $0.expected, alsoAccepting: $0.also) == .wrong }
        let rate = Double(Self.rightVariants.count - rejected.count) / Double(Self.rightVariants.count)
        #expect(rate >= 0.9, "accepted \(Int(rate * 100)) %; rejected: \(rejected.map(\.testDescription))")
        // Outside the hard cases every rule is met in full.
        #expect(rejected.allSatisfy { $0.rule == "hard" }, "rejected: \(rejected.map(\.testDescription))")
    }

    @Test(arguments: wrongVariants)
    func acceptsNoWrongVariant(_ wrong: Case) {
        #expect(Self.matcher.match(wrong.typed, against: wrong.expected, alsoAccepting: wrong.also) == .wrong)
    }

    @Test func theCorpusIsLargeAndBilingual() {
        let all = Self.rightVariants + Self.wrongVariants
        #expect(all.count >= 80)
        let chinese = all.filter { ($0.expected + $0.typed).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
        #expect(chinese.count >= 20)
    }
}
