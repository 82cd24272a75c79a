import PrepStudy
import Testing

/// Typed answers graded on what matters (issue 20): the key term with words around it, the other language's
/// name or the gloss in brackets, code spelled with other spacing, a no said any way, versions by value, and
/// identifiers exact. Every right variant is accepted and no wrong one; the answers are written for this table.
struct TypedGradingTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var expected: String
        var also: [String] = []
        var typed: String
        var testDescription: String { "\(typed) for \(expected)" }
    }

    static func c(_ expected: String, _ typed: String, also: [String] = []) -> Case {
        Case(expected: expected, also: also, typed: typed)
    }

    static let right: [Case] = [
        // The key term with a few words around it.
        c("TypeError", "會丟出 TypeError"), c("TypeError", "it raises a TypeError"), c("TypeError", "拋出 TypeError 例外"),
        c("KeyError", "raises KeyError"), c("SynchronousOnlyOperation", "Django raises SynchronousOnlyOperation"),
        c("SynchronousOnlyOperation", "丟出 SynchronousOnlyOperation"), c("scope", "the scope dict"),
        c("environ", "the environ dictionary"), c("Channels", "用 Channels"), c("Redis", "use Redis"),
        c("event loop", "an event loop"), c("事件迴圈", "一個事件迴圈"),
        // The other language's name, or the gloss in brackets.
        c("可重複讀（Repeatable Read）", "Repeatable Read"), c("可重複讀（Repeatable Read）", "可重複讀"),
        c("可重複讀（Repeatable Read）", "repeatable read"), c("讀已提交（Read Committed）", "read committed"),
        c("Repeatable Read（可重複讀）", "可重複讀"), c("樂觀鎖 (optimistic locking)", "optimistic locking"),
        c("事件迴圈（event loop）", "event loop"), c("執行緒池（thread pool）", "thread pool"),
        c("聚簇索引（Clustered Index）", "clustered index"), c("死結（deadlock）", "deadlock"),
        // Code with other spacing or quoting.
        c("`(1, 2)`", "(1,2)"), c("`(1, 2)`", "( 1 , 2 )"), c("`[1, 2, 3]`", "[1,2,3]"), c("`f(a, b)`", "f(a,b)"),
        c("`{'a': 1}`", "{'a':1}"), c("`x = 1`", "x=1"), c("`a + b`", "a+b"), c("`print('hi')`", "print( 'hi' )"),
        c("`len(s)`", "len( s )"), c("`await asyncio.sleep(1)`", "await asyncio.sleep( 1 )"),
        // A no, said any way.
        c("否", "不是"), c("否", "不"), c("否", "no"), c("否", "nope"), c("No", "否"), c("No", "不是"), c("No", "nope"),
        c("No", "不"), c("不是", "否"), c("不是", "no"), c("No.", "no"), c("否。", "不對"), c("不會", "不"),
        c("都不能", "不能"), c("都不能", "no"), c("Yes", "是"), c("是", "yes"), c("是", "對"), c("Yes", "yep"), c("會", "是"),
        // Versions by value.
        c("0.30", "0.30.0"), c("0.30.0", "0.30"), c("Django 4.1", "Django 4.1.0"), c("3.0", "3.0.0"), c("Python 3.12", "python 3.12.0"),
        // The possessive left out, or 數 for 數量.
        c("worker 的數量", "worker 數"), c("worker 的數量", "worker 數量"), c("執行緒的數量", "執行緒數"),
        c("CPU 核心的數量", "CPU 核心數"), c("連線的數量", "連線數"),
        // Synonyms from the content's also: line.
        c("event loop", "事件迴圈", also: ["事件迴圈"]), c("並行", "concurrency", also: ["concurrency"]),
        c("thread pool", "worker threads", also: ["worker threads"]),
        // Small typos outside code.
        c("event loop", "evnet loop"), c("事件迴圈", "事件迴圈"), c("concurrency", "concurency"),
    ]

    static let wrong: [Case] = [
        // Misspelled or other identifiers.
        c("SynchronousOnlyOperation", "SynchronousOnlyOperaton"), c("SynchronousOnlyOperation", "SyncOnlyOperation"),
        c("TypeError", "ValueError"), c("TypeError", "會丟出 ValueError"), c("KeyError", "KeyEror"),
        c("sync_to_async", "sync_to_asyn"), c("async_to_sync", "sync_to_async"), c("uvicorn.workers.UvicornWorker", "uvicorn.worker.UvicornWorker"),
        c("StreamingHttpResponse", "StreamingHttpRespose"), c("`asgi.py`", "wsgi.py"), c("get_handler()", "get_handlers()"),
        // Code whose spacing or punctuation changes the meaning.
        c("`(1, 2)`", "(12)"), c("`(1, 2)`", "[1, 2]"), c("`[1, 2, 3]`", "[1, 2]"), c("`a + b`", "a - b"),
        c("`x == 1`", "x = 1"), c("`f(a, b)`", "f(b, a)"),
        // A yes for a no and the other way round.
        c("否", "是"), c("否", "yes"), c("No", "yes"), c("No", "是"), c("Yes", "no"), c("Yes", "否"), c("是", "不是"),
        c("是", "nope"), c("不會", "會"), c("都不能", "都能"),
        // Other versions and numbers.
        c("0.30", "0.3"), c("0.30", "0.31"), c("0.30.0", "0.30.1"), c("Django 4.1", "4.0"), c("3.0", "3.1"),
        c("Python 3.12", "3.1.2"), c("370 ms", "37 ms"), c("2–4 × cores", "2.4 × cores"), c("worker 的數量", "worker 的數量 × 2"),
        // Other terms, opposites and negations.
        c("可重複讀（Repeatable Read）", "Read Committed"), c("可重複讀（Repeatable Read）", "讀已提交"),
        c("可重複讀（Repeatable Read）", "不可重複讀"), c("樂觀鎖 (optimistic locking)", "pessimistic locking"),
        c("事件迴圈（event loop）", "thread pool"), c("event loop", "not an event loop"), c("事件迴圈", "不是事件迴圈"),
        c("同步", "異步"), c("非阻塞", "阻塞"), c("blocking", "non-blocking"), c("WSGI", "ASGI"), c("ASGI", "WSGI"),
        c("Channels", "Celery"), c("scope", "receive"), c("environ", "start_response"), c("one thread", "one process"),
        c("一條執行緒", "一個行程"), c("worker 的數量", "執行緒的數量"), c("TypeError", "it raises no TypeError"),
        c("TypeError", "不會丟出 TypeError"),
    ]

    static let matcher = AnswerMatcher()

    @Test(arguments: right)
    func acceptsEveryRightVariant(_ variant: Case) {
        #expect(Self.matcher.match(variant.typed, against: variant.expected, alsoAccepting: variant.also) != .wrong)
    }

    @Test(arguments: wrong)
    func acceptsNoWrongVariant(_ variant: Case) {
        #expect(Self.matcher.match(variant.typed, against: variant.expected, alsoAccepting: variant.also) == .wrong)
    }

    @Test func theTableIsLargeAndBilingual() {
        let all = Self.right + Self.wrong
        #expect(all.count >= 100)
        let chinese = all.filter { ($0.expected + $0.typed).unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
        #expect(chinese.count >= 40)
    }

    /// A misspelled identifier is wrong, and the feedback marks where it differs.
    @Test func aMisspelledIdentifierShowsTheDifference() {
        let judgement = Self.matcher.judge("SynchronousOnlyOperaton", against: "SynchronousOnlyOperation")
        #expect(judgement.match == .wrong)
        #expect(AnswerDiff.marked(judgement.closest, typed: "SynchronousOnlyOperaton", mark: { "[\($0)]" }) == "SynchronousOnlyOperat[i]on")
    }
}
