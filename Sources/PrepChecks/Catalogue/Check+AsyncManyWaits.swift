import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C02: claims 28 (TRUE) and 34 (DEPENDS). One loop holds hundreds of waiting requests.
    static let asyncManyWaits = Check(
        id: "C02", slug: "async-many-waits", claimIDs: [28, 34], verdict: .true,
        claim: Bilingual(
            zh: "「一個 Worker 可以同時處理多個請求」「單個 Worker 可處理數千個並發連接」",
            en: "One worker can serve many requests at once; a single worker handles thousands of concurrent connections."
        ),
        explanation: Bilingual(
            zh: "等待不花事件循環任何成本,所以一個循環能同時掛著幾百個在等的請求。這是 ASGI 真正的優勢;C03 和 C04 則展示它的極限:CPU 工作和阻塞呼叫仍然要排隊。",
            en: "Waiting costs the loop nothing, so one loop holds hundreds of waiting requests. This is the real ASGI advantage; C03 and C04 show its limits: CPU work and blocking calls still queue."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(250), articleZh: "1 秒(1/4 比例)", articleEn: "1 s (¼ scale)", parameters: $0) },
        expectations: { p in [
            Expectation("makespan_ms", Bilingual(zh: "200 個請求的總時間", en: "makespan, 200 requests"),
                        .atMost(p.ms(600)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(250)))"),
            Expectation("p50_ms", Bilingual(zh: "延遲中位數", en: "median latency"),
                        .atMost(p.ms(450)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(250)))"),
        ] },
        notes: { _, p in
            let syncMakespan = durationText(milliseconds: 200 / 4 * p.ms(250))
            return [Bilingual(zh: "對照:4 個同步 Worker 要 200/4 × \(durationText(milliseconds: p.ms(250))) = \(syncMakespan)。",
                              en: "For contrast, 4 sync workers need 200/4 × \(durationText(milliseconds: p.ms(250))) = \(syncMakespan).")]
        },
        scenario: { context in
            let wait = context.ms(250)
            var routes = Routes<AsyncHandler>()
            routes.add("/wait", .async { _, request in
                await request.sleep(milliseconds: wait)
                return .text("ok\n")
            })
            let report = try context.withAsyncServer(routes: routes) { port in
                context.step("200 requests × awaited \(durationText(milliseconds: wait)) on 1 loop")
                return try context.burst(port: port, target: "/wait", count: 200)
            }
            return ["makespan_ms": report.elapsedMilliseconds, "p50_ms": report.latencies.percentile(0.5)]
        }
    )
}
