import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C12: claims 36 and 97 (MISLEADING, "a superset, backward compatible"). A WSGI app on an ASGI server
    /// runs through an adapter and a thread pool, with the pool's concurrency.
    static let blockingAppOnAsyncServer = Check(
        id: "C12", slug: "blocking-app-on-async-server", claimIDs: [36, 97], verdict: .misleading,
        claim: Bilingual(
            zh: "「向後兼容:可以運行同步 WSGI 應用」「ASGI 是 WSGI 的超集,向後兼容」",
            en: "Backward compatible: runs sync WSGI apps; ASGI is a superset of WSGI."
        ),
        explanation: Bilingual(
            zh: "ASGI 伺服器可以掛舊的 WSGI 應用(相容),但要透過轉接器和執行緒池,並發數就是池的大小,跟 WSGI Worker 一模一樣。被轉接的應用也拿不到 WebSocket。",
            en: "An ASGI server can host the old app (compatibility), but through an adapter and a thread pool: its concurrency is the pool's, exactly like WSGI workers. The adapted app also gets no WebSocket."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(100), articleZh: "每個請求 100 ms 阻塞 I/O(文章未給數字)", articleEn: "100 ms of blocking I/O per request (the article gives no figure)", parameters: $0) },
        expectations: { p in [
            Expectation("adapter_makespan_ms", Bilingual(zh: "異步伺服器 + 轉接器(池 K = 4):16 個請求", en: "async server + adapter (pool K = 4): 16 requests"),
                        .atLeast(p.ms(350)), unit: .milliseconds, predicted: "≈ 16/4 × \(Expectation.format(p.ms(100))) = \(Expectation.format(p.ms(400)))"),
            Expectation("adapter_over_sync", Bilingual(zh: "轉接器 ÷ 同步 4 Worker", en: "adapter ÷ sync with 4 workers"),
                        .within(0.75, 1.25), unit: .ratio, predicted: "≈ 1"),
        ] },
        notes: { measured, _ in
            guard let sync = measured["sync_makespan_ms"] else { return [] }
            return [Bilingual(zh: "同步 4 Worker 的總時間:\(Expectation.format(sync)) ms", en: "sync with 4 workers: makespan \(Expectation.format(sync)) ms")]
        },
        scenario: { context in
            let wait = context.ms(100)
            let app: BlockingHandler = { _ in
                blockingIO(milliseconds: wait)
                return .text("ok\n")
            }
            let pool = ThreadPool(threads: 4, name: "prep-wsgi")
            defer { pool.shutdown() }
            var asyncRoutes = Routes<AsyncHandler>()
            asyncRoutes.add("/app", .blocking(app, on: pool))
            var syncRoutes = Routes<BlockingHandler>()
            syncRoutes.add("/app", app)
            let adapter = try context.withAsyncServer(routes: asyncRoutes) { port in
                context.step("16 blocking requests through the adapter on a 4-thread pool")
                return try context.burst(port: port, target: "/app", count: 16).elapsedMilliseconds
            }
            let sync = try context.withSyncServer(workers: 4, routes: syncRoutes) { port in
                context.step("the same 16 on 4 sync workers")
                return try context.burst(port: port, target: "/app", count: 16).elapsedMilliseconds
            }
            return ["adapter_makespan_ms": adapter, "sync_makespan_ms": sync, "adapter_over_sync": adapter / sync]
        }
    )
}
