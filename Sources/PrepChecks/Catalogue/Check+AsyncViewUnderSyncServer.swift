import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C08: claims 8 and 101 (FALSE). Async views run under WSGI, in a one-off event loop per request.
    static let asyncViewUnderSyncServer = Check(
        id: "C08", slug: "async-view-under-sync-server", claimIDs: [101, 8], verdict: .false,
        claim: Bilingual(
            zh: "「異步視圖只能在 ASGI 下運行」「但這需要 ASGI 的支持」",
            en: "Async views only run under ASGI; concurrency inside a view needs ASGI."
        ),
        explanation: Bilingual(
            zh: "異步視圖在 WSGI 下照樣能跑(Django 文件):Django 為每個請求開一個一次性的事件循環,請求內部的 gather 一樣並發。ASGI 多給的是「一個 Worker 同時處理很多請求」,而不是請求內部的並發。",
            en: "Async views work under WSGI (Django docs): Django runs each one in a one-off event loop, and a gather inside the request is still concurrent. What ASGI adds is many requests per worker, not concurrency inside one request."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(100), articleZh: "100 ms(1:1)", articleEn: "100 ms (1:1)", parameters: $0) },
        expectations: { p in [
            Expectation("second_fastest_ms", Bilingual(zh: "最快的 2 個請求(gather 3 × 100 ms)", en: "2 fastest requests (gather of 3 × 100 ms)"),
                        .atMost(p.ms(180)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(100)))"),
            Expectation("makespan_ms", Bilingual(zh: "6 個請求、2 個 Worker 的總時間", en: "makespan, 6 requests on 2 workers"),
                        .within(p.ms(270), p.ms(500)), unit: .milliseconds, predicted: "≈ 3 × \(Expectation.format(p.ms(100))) = \(Expectation.format(p.ms(300)))"),
        ] },
        scenario: { context in
            let wait = context.ms(100)
            var routes = Routes<BlockingHandler>()
            routes.add("/async-view") { _ in
                // Django's WSGI path for an async view: asyncio.run on the worker thread.
                try EventLoop.runBlocking { loop in
                    let calls: [@Sendable () async throws -> Void] = (0..<3).map { _ in { await loop.sleep(milliseconds: wait) } }
                    _ = try? await gather(calls)
                }
                return .text("ok\n")
            }
            let report = try context.withSyncServer(workers: 2, routes: routes) { port in
                context.step("6 requests, each gathering 3 × \(durationText(milliseconds: wait)) in its own loop, on 2 sync workers")
                return try context.burst(port: port, target: "/async-view", count: 6)
            }
            return ["second_fastest_ms": report.latencies[1], "makespan_ms": report.elapsedMilliseconds]
        }
    )
}
