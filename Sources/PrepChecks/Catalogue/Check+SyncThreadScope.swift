import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C07: claims 29 and 45 (WRONG: the deck keys the same claim false). Django's sync work runs on a sync thread, shared process-wide before 4.0.
    static let syncThreadScope = Check(
        id: "C07", slug: "sync-thread-scope", claimIDs: [29, 45], verdict: .false,
        claim: Bilingual(
            zh: "「單個 Worker (事件循環) ├─ 協程 1..N → Django 應用」「協程(單線程)」",
            en: "One worker (the event loop) runs coroutines 1..N of the Django app; ASGI's concurrency is coroutines on a single thread."
        ),
        explanation: Bilingual(
            zh: "「ASGI = 一條執行緒上的協程」不是 Django 的運作方式。同步工作(ORM、同步中介層)跑在同步執行緒上;Django 4.0 之前這條執行緒由整個進程共用,會把每個請求的 ORM 工作串起來。4.0 起每個請求有自己的一條。",
            en: "\"ASGI = coroutines on one thread\" is not how Django works. Sync work (the ORM, sync middleware) runs on a sync thread, which before 4.0 was shared by the whole process and serialised every request's ORM work; since 4.0 each request gets its own."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(100), articleZh: "每個查詢 100 ms(文章未給數字)", articleEn: "100 ms per query (the article gives no figure)", parameters: $0) },
        expectations: { p in [
            Expectation("shared_second_ms", Bilingual(zh: "(a) 進程共用一條同步執行緒:第二個請求", en: "(a) one process-wide sync thread: 2nd request"),
                        .atLeast(p.ms(540)), unit: .milliseconds, predicted: "≈ 6 × \(Expectation.format(p.ms(100))) = \(Expectation.format(p.ms(600)))"),
            Expectation("per_request_makespan_ms", Bilingual(zh: "(b) 每個請求一條(Django ≥ 4.0):總時間", en: "(b) one per request (Django ≥ 4.0): makespan"),
                        .atMost(p.ms(450)), unit: .milliseconds, predicted: "≈ 3 × \(Expectation.format(p.ms(100))) = \(Expectation.format(p.ms(300)))"),
        ] },
        notes: { measured, _ in
            guard let first = measured["shared_first_ms"], let second = measured["shared_second_ms"] else { return [] }
            return [Bilingual(zh: "(a) 兩個請求的延遲:\(Expectation.format(first)) ms 與 \(Expectation.format(second)) ms",
                              en: "(a) the two requests' latencies: \(Expectation.format(first)) ms and \(Expectation.format(second)) ms")]
        },
        scenario: { context in
            let query = context.ms(100)
            let shared = ThreadPool(threads: 1, name: "prep-shared")
            defer { shared.shutdown() }
            @Sendable func threeQueries(on thread: ThreadPool) -> [@Sendable () async throws -> Void] {
                (0..<3).map { _ in { try await thread.run { blockingIO(milliseconds: query) } } }
            }
            var routes = Routes<AsyncHandler>()
            routes.add("/shared", .async { _, _ in
                _ = try await gather(threeQueries(on: shared))
                return .text("ok\n")
            })
            routes.add("/per-request", .async { _, _ in
                try await ThreadPool.withSerialThread { thread in _ = try await gather(threeQueries(on: thread)) }
                return .text("ok\n")
            })
            return try context.withAsyncServer(routes: routes) { port in
                context.step("(a) 2 requests × 3 queries on one shared sync thread")
                let sharedReport = try context.burst(port: port, target: "/shared", count: 2)
                context.step("(b) 2 requests × 3 queries, a sync thread per request")
                let perRequest = try context.burst(port: port, target: "/per-request", count: 2)
                return [
                    "shared_first_ms": sharedReport.latencies[0],
                    "shared_second_ms": sharedReport.latencies[1],
                    "per_request_makespan_ms": perRequest.elapsedMilliseconds,
                ]
            }
        }
    )
}
