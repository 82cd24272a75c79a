import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C01: claim 22 (TRUE), context for 20. gunicorn's sync workers, by Little's law.
    static let syncPoolQueueing = Check(
        id: "C01", slug: "sync-pool-queueing", claimIDs: [22, 20], verdict: .true,
        claim: Bilingual(
            zh: "「4 個 Worker、每個請求 1 秒 → 理論 QPS:4;第 5 個請求必須等待」",
            en: "4 workers, 1 s per request → 4 req/s in theory; the 5th request has to wait."
        ),
        explanation: Bilingual(
            zh: "吞吐量 = Worker 數 ÷ 每個請求的時間(Little 定律)。在 I/O 裡睡著的執行緒不用 CPU,卻仍占著它的位置,所以第 5 個請求要等滿一整個服務時間。換回文章的比例:每秒 4 個請求,說法屬實。",
            en: "Throughput = workers ÷ time per request (Little's law). A thread sleeping in I/O uses no CPU but still holds its slot, so request 5 waits a full service time. Back at the article's scale: 4 req/s, as claimed."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(250), articleZh: "1 秒(1/4 比例)", articleEn: "1 s (¼ scale)", parameters: $0) },
        expectations: { p in [
            Expectation("makespan_ms", Bilingual(zh: "16 個請求的總時間", en: "makespan, 16 requests"),
                        .within(p.ms(950), p.ms(1600)), unit: .milliseconds, predicted: "≈ 16/4 × \(durationText(milliseconds: p.ms(250))) = \(Expectation.format(p.ms(1000)))"),
            Expectation("throughput_rps", Bilingual(zh: "吞吐量", en: "throughput"),
                        .within(p.perSecond(10), p.perSecond(16.8)), unit: .requestsPerSecond, predicted: "≈ 4 ÷ \(durationText(milliseconds: p.ms(250))) = \(Expectation.format(p.perSecond(16)))"),
            Expectation("fifth_latency_ms", Bilingual(zh: "第 5 個請求的延遲", en: "5th request's latency"),
                        .atLeast(p.ms(450)), unit: .milliseconds, predicted: "≈ 2 × \(Expectation.format(p.ms(250))) = \(Expectation.format(p.ms(500)))"),
        ] },
        notes: { measured, p in
            guard let throughput = measured["throughput_rps"] else { return [] }
            let articleScale = Expectation.format(throughput * p.ms(250) / 1000)
            return [Bilingual(zh: "換回文章的比例(每個請求 1 秒):每秒 \(articleScale) 個請求。", en: "At the article's scale (1 s per request): \(articleScale) req/s.")]
        },
        scenario: { context in
            let service = context.ms(250)
            var routes = Routes<BlockingHandler>()
            routes.add("/io") { _ in
                blockingIO(milliseconds: service)
                return .text("ok\n")
            }
            let report = try context.withSyncServer(workers: 4, routes: routes) { port in
                context.step("16 requests × blocking \(durationText(milliseconds: service)) on 4 workers")
                return try context.burst(port: port, target: "/io", count: 16)
            }
            return [
                "makespan_ms": report.elapsedMilliseconds,
                "throughput_rps": report.requestsPerSecond,
                "fifth_latency_ms": report.latencies[4],
            ]
        }
    )
}
