import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C03: claim 40 (FALSE). CPU time per request caps a loop, however much of the request is waiting.
    static let cpuShareCeiling = Check(
        id: "C03", slug: "cpu-share-ceiling", claimIDs: [40, 41], verdict: .false,
        claim: Bilingual(
            zh: "「Uvicorn 2 個 Worker;每個請求 1 秒(90% 是 I/O 等待)→ 理論 QPS:200+」",
            en: "Uvicorn with 2 workers; each request takes 1 s (90% waiting on I/O) → 200+ req/s in theory."
        ),
        explanation: Bilingual(
            zh: "I/O 的部分可以重疊,CPU 的部分不行。事件循環只有一條執行緒,所以每秒請求數 ≤ 循環數 ÷ 每個請求的 CPU 秒數:100 ms CPU 時,一個循環每秒最多 10 個,兩個 Worker 最多 20 個,不是 200+。",
            en: "The I/O part overlaps, the CPU part does not. An event loop is one thread, so requests/s ≤ loops ÷ CPU-seconds per request: with 100 ms of CPU one loop serves at most 10 req/s and two workers 20, not 200+."
        ),
        scaleNote: { p in
            let cpu = durationText(milliseconds: p.ms(10)), wait = durationText(milliseconds: p.ms(90))
            return Bilingual(zh: "這裡 \(cpu) CPU + \(wait) 等待 = 文章的 100 ms CPU + 900 ms I/O(1/10 比例)\(p.scale == 1 ? "" : ",--scale \(Expectation.format(p.scale))")",
                             en: "\(cpu) CPU + \(wait) wait here = the article's 100 ms CPU + 900 ms I/O (1/10 scale)\(p.scale == 1 ? "" : ", --scale \(Expectation.format(p.scale))")")
        },
        expectations: { p in [
            Expectation("throughput_rps", Bilingual(zh: "1 個循環的吞吐量(上限 1 ÷ CPU 時間)", en: "throughput, 1 loop (ceiling 1 ÷ CPU time)"),
                        .atMost(p.perSecond(110)), unit: .requestsPerSecond, predicted: "≤ 1 ÷ \(durationText(milliseconds: p.ms(10))) = \(Expectation.format(p.perSecond(100)))"),
            Expectation("throughput_rps", Bilingual(zh: "接近上限(需一個閒置核心)", en: "near the ceiling (needs an idle core)"),
                        .atLeast(p.perSecond(50)), unit: .requestsPerSecond, predicted: "≈ \(Expectation.format(p.perSecond(90)))", soft: true, id: "throughput_floor"),
        ] },
        notes: { measured, p in
            guard let throughput = measured["throughput_rps"] else { return [] }
            let articleScale = Expectation.format(throughput * p.scale / 10)
            return [
                Bilingual(zh: "換回文章的比例:一個循環每秒 \(articleScale) 個(上限 10),兩個 Worker ≤ 20,不是 200+。",
                          en: "At the article's scale: one loop serves \(articleScale) req/s (ceiling 10); two workers ≤ 20, not 200+."),
                Bilingual(zh: "200+ 需要每個請求 ≤ 10 ms CPU(99% I/O),而且同時有 ≥ 200 個請求在等。",
                          en: "200+ needs ≤ 10 ms of CPU per request (99% I/O) and ≥ 200 requests in flight."),
            ]
        },
        scenario: { context in
            let cpuTime = context.ms(10), wait = context.ms(90), cpu = context.cpu
            var routes = Routes<AsyncHandler>()
            routes.add("/mixed", .async { _, request in
                cpu.run(milliseconds: cpuTime)
                await request.sleep(milliseconds: wait)
                return .text("ok\n")
            })
            let report = try context.withAsyncServer(routes: routes) { port in
                context.step("100 requests × (\(durationText(milliseconds: cpuTime)) CPU + \(durationText(milliseconds: wait)) awaited) on 1 loop")
                return try context.burst(port: port, target: "/mixed", count: 100)
            }
            return ["throughput_rps": report.requestsPerSecond]
        }
    )
}
