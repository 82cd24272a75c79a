import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C05: claim 108 (FALSE, Q5's sequential awaits "run in parallel"); claim 89 (TRUE, gathered calls).
    static let sequentialAwaitVsGather = Check(
        id: "C05", slug: "sequential-await-vs-gather", claimIDs: [108, 89], verdict: .false,
        claim: Bilingual(
            zh: "「await fetch_api1() … await fetch_api3() # 並行執行,總耗時 100ms」",
            en: "Three consecutive awaits of 100 ms API calls \"run in parallel, 100 ms in total\"."
        ),
        explanation: Bilingual(
            zh: "await 會等那個呼叫完成,下一行才開始;並發必須明確要求(gather、TaskGroup、async let)。Q5 的程式碼是依序執行的:300 ms,不是 100 ms。",
            en: "`await` waits for that call to finish before the next line runs; concurrency must be asked for (gather, TaskGroup, `async let`). Q5's code is sequential: 300 ms, not 100."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(100), articleZh: "100 ms(1:1)", articleEn: "100 ms (1:1)", parameters: $0) },
        expectations: { p in [
            Expectation("sequential_ms", Bilingual(zh: "(a) 三個 await 依序", en: "(a) three awaits in a row"),
                        .atLeast(p.ms(280)), unit: .milliseconds, predicted: "≈ 3 × \(Expectation.format(p.ms(100))) = \(Expectation.format(p.ms(300)))"),
            Expectation("gathered_ms", Bilingual(zh: "(b) gather 起來", en: "(b) gathered"),
                        .atMost(p.ms(180)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(100)))"),
            Expectation("sequential_over_gathered", Bilingual(zh: "(a) ÷ (b)", en: "(a) ÷ (b)"),
                        .atLeast(1.8), unit: .ratio, predicted: "≈ 3"),
        ] },
        scenario: { context in
            let wait = context.ms(100)
            var routes = Routes<AsyncHandler>()
            routes.add("/sequential", .async { _, request in
                for _ in 0..<3 { await request.sleep(milliseconds: wait) }
                return .text("ok\n")
            })
            routes.add("/gathered", .async { _, request in
                let calls: [@Sendable () async throws -> Void] = (0..<3).map { _ in { await request.sleep(milliseconds: wait) } }
                _ = try await gather(calls)
                return .text("ok\n")
            })
            return try context.withAsyncServer(routes: routes) { port in
                context.step("(a) 3 × awaited \(durationText(milliseconds: wait)), one after another")
                let sequential = try context.burst(port: port, target: "/sequential", count: 1).elapsedMilliseconds
                context.step("(b) the same three, gathered")
                let gathered = try context.burst(port: port, target: "/gathered", count: 1).elapsedMilliseconds
                return ["sequential_ms": sequential, "gathered_ms": gathered, "sequential_over_gathered": sequential / gathered]
            }
        }
    )
}
