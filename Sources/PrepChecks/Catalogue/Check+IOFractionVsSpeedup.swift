import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C10: claims 55 and 110 (UNSOURCED/DEPENDS, "10–50× faster"). The speedup depends on the I/O fraction
    /// and on how many requests wait at once, not on ASGI.
    static let ioFractionVsSpeedup = Check(
        id: "C10", slug: "io-fraction-vs-speedup", claimIDs: [55, 110], verdict: .depends,
        claim: Bilingual(
            zh: "「吞吐量:提升 10-50 倍(取決於 I/O 等待時間)」「I/O 密集型:ASGI 可快 10-50 倍」",
            en: "Throughput rises 10–50× (depending on I/O wait); ASGI can be 10–50× faster for I/O-bound work."
        ),
        explanation: Bilingual(
            zh: "加速倍數不是 ASGI 的性質,而是取決於請求有多少比例在等待,以及同時有多少請求在等:上限是 min(並發數 ÷ N, 1 ÷ ((1−f)·N))。f = 0.5 時一個循環反而輸給 4 條執行緒,因為它只用一個核心。",
            en: "The speedup is not a property of ASGI but of how much of a request is waiting and how many requests wait at once: it is bounded by min(in-flight ÷ N, 1 ÷ ((1−f)·N)). At f = 0.5 the single loop loses to 4 threads because it uses one core."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(IOFractionScenario.service), articleZh: "1 秒的請求;同時 \(IOFractionScenario.inFlight) 個,同步 N = 4", articleEn: "1 s request; \(IOFractionScenario.inFlight) in flight, sync N = 4", parameters: $0) },
        expectations: { _ in [
            Expectation("speedup_f50", Bilingual(zh: "f = 50% I/O:異步 ÷ 同步,沒有加速", en: "f = 50% I/O: async ÷ sync, no gain"),
                        .atMost(1.3), unit: .ratio, predicted: "≤ \(Expectation.format(IOFractionScenario.bound(0.5)))"),
            Expectation("speedup_f50", Bilingual(zh: "f = 50%:異步反而較慢(需兩個閒置核心)", en: "f = 50%: async is slower (needs 2 idle cores)"),
                        .atMost(0.8), unit: .ratio, predicted: "≈ 0.5", soft: true, id: "speedup_f50_slower"),
            Expectation("speedup_f90", Bilingual(zh: "f = 90% I/O:異步 ÷ 同步,遠低於 10×", en: "f = 90% I/O: async ÷ sync, far below 10×"),
                        .atMost(2.9), unit: .ratio, predicted: "≤ \(Expectation.format(IOFractionScenario.bound(0.9)))"),
            Expectation("speedup_f90", Bilingual(zh: "f = 90%:仍有一些加速(需閒置核心)", en: "f = 90%: still some gain (needs idle cores)"),
                        .atLeast(1.5), unit: .ratio, predicted: "≈ 2", soft: true, id: "speedup_f90_gain"),
            Expectation("speedup_f98", Bilingual(zh: "f = 98% I/O:異步 ÷ 同步,仍不到 50×", en: "f = 98% I/O: async ÷ sync, still short of 50×"),
                        .atMost(13.5), unit: .ratio, predicted: "≤ \(Expectation.format(IOFractionScenario.bound(0.98)))"),
            // A starved loop lowers both speedups, so their ratio shows the dependence on f even on a busy machine.
            Expectation("f98_over_f50", Bilingual(zh: "加速倍數隨 f 增加:f 98% ÷ f 50%", en: "the speedup grows with f: f 98% ÷ f 50%"),
                        .atLeast(2), unit: .ratio, predicted: "≈ 10"),
            Expectation("speedup_f98", Bilingual(zh: "f = 98%:明顯加速(需閒置核心)", en: "f = 98%: a clear gain (needs idle cores)"),
                        .atLeast(3), unit: .ratio, predicted: "≈ 5", soft: true, id: "speedup_f98_gain"),
        ] },
        notes: { measured, p in
            var lines: [Bilingual] = []
            if let likeForLike = measured["speedup_f50_loops_eq_cores"] {
                let ratio = Expectation.format(likeForLike)
                lines.append(Bilingual(zh: "同樣 f = 50%,循環數 = 核心數(\(p.cores))時:\(ratio)×(公平比較)",
                                       en: "Same f = 50% with loops = cores (\(p.cores)): \(ratio)× (like for like)"))
            }
            lines.append(Bilingual(zh: "說法需要的條件:N = 4 時,10× 需要 f ≥ 97.5% 且同時 ≥ 40 個在等;50× 需要 f ≥ 99.5% 且 ≥ 200 個。",
                                   en: "What the claim needs: for N = 4, 10× needs f ≥ 97.5% and ≥ 40 in flight; 50× needs f ≥ 99.5% and ≥ 200 in flight."))
            return lines
        },
        charts: { measured in
            let bars = IOFractionScenario.fractions.compactMap { fraction -> ChartSeries.Bar? in
                guard let speedup = measured[IOFractionScenario.key(fraction)] else { return nil }
                return ChartSeries.Bar(label: "f = \(Int((fraction * 100).rounded()))%", value: speedup, valueText: "\(Expectation.format(speedup))×")
            }
            return [ChartSeries(title: Bilingual(zh: "異步 ÷ 同步 的吞吐量倍數", en: "throughput, async ÷ sync"), bars: bars)]
        },
        scenario: { context in try IOFractionScenario.run(context) }
    )
}

/// C10's scenario: each request does `cpu((1−f)·S)` then waits `f·S`, blocking in sync mode and awaited in async mode.
enum IOFractionScenario {
    static let fractions = [0.5, 0.9, 0.98]
    /// S: a request's total time at scale 1.
    static let service = 40.0
    static let inFlight = 40
    /// At f = 50% a request is CPU-heavy and the answer does not depend on R, so fewer keep the check short.
    static func requests(_ fraction: Double) -> Int { fraction < 0.6 ? 20 : inFlight }
    static let syncWorkers = 4

    static func key(_ fraction: Double) -> String { "speedup_f\(Int((fraction * 100).rounded()))" }

    /// min(R/N, 1/((1−f)·N)): claims.md claim 55's model.
    static func bound(_ fraction: Double) -> Double {
        min(Double(inFlight) / Double(syncWorkers), 1 / ((1 - fraction) * Double(syncWorkers)))
    }

    @available(*, noasync)
    static func run(_ context: ScenarioContext) throws -> Measurements {
        let service = context.ms(service), cpu = context.cpu
        var syncRoutes = Routes<BlockingHandler>()
        var asyncRoutes = Routes<AsyncHandler>()
        for fraction in fractions {
            let path = "/f\(Int((fraction * 100).rounded()))"
            let work = (1 - fraction) * service, wait = fraction * service
            syncRoutes.add(path) { _ in
                cpu.run(milliseconds: work)
                blockingIO(milliseconds: wait)
                return .text("ok\n")
            }
            asyncRoutes.add(path, .async { _, request in
                cpu.run(milliseconds: work)
                await request.sleep(milliseconds: wait)
                return .text("ok\n")
            })
        }
        var measurements: Measurements = [:]
        var syncThroughput: [String: Double] = [:]
        try context.withSyncServer(workers: syncWorkers, routes: syncRoutes) { port in
            for fraction in fractions {
                context.step("sync, \(syncWorkers) workers: \(requests(fraction)) requests at f = \(Int(fraction * 100))%")
                syncThroughput[key(fraction)] = try context.burst(port: port, target: "/f\(Int((fraction * 100).rounded()))", count: requests(fraction)).requestsPerSecond
            }
        }
        try context.withAsyncServer(routes: asyncRoutes) { port in
            for fraction in fractions {
                context.step("async, 1 loop: \(requests(fraction)) requests at f = \(Int(fraction * 100))%")
                let throughput = try context.burst(port: port, target: "/f\(Int((fraction * 100).rounded()))", count: requests(fraction)).requestsPerSecond
                measurements[key(fraction)] = throughput / syncThroughput[key(fraction)]!
            }
        }
        try context.withAsyncServer(loops: context.parameters.cores, routes: asyncRoutes) { port in
            context.step("async, \(context.parameters.cores) loops: f = 50%")
            let throughput = try context.burst(port: port, target: "/f50", count: requests(0.5)).requestsPerSecond
            measurements["speedup_f50_loops_eq_cores"] = throughput / syncThroughput[key(0.5)]!
        }
        measurements["f98_over_f50"] = measurements[key(0.98)]! / measurements[key(0.5)]!
        return measurements
    }
}
