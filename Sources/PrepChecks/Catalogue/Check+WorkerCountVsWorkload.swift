import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C11: claim 20 (DEPENDS, "2–4 × cores"). The right worker count depends on the I/O share of a request.
    static let workerCountVsWorkload = Check(
        id: "C11", slug: "worker-count-vs-workload", claimIDs: [20], verdict: .depends,
        claim: Bilingual(
            zh: "「並發限制:受限於 Worker 數量(通常 2-4 × CPU 核心數)」",
            en: "Concurrency is limited by the worker count (usually 2–4 × CPU cores)."
        ),
        explanation: Bilingual(
            zh: "公式只是起點:純 CPU 的工作到核心數就不再變快,以 I/O 為主的工作則會一直變快,直到等待都被蓋住。Python 註記:因為 GIL,gunicorn 的 Worker 是進程;Swift 的執行緒能真正並行,所以這裡的同步模式模擬的是進程。",
            en: "The formula is a starting point: CPU-bound work stops gaining at the core count; I/O-bound work gains until the waits are covered. Python note: gunicorn workers are processes because of the GIL; Swift threads run in parallel, so the sync mode here models processes."
        ),
        scaleNote: { p in
            let a = durationText(milliseconds: p.ms(20)), cpu = durationText(milliseconds: p.ms(2)), wait = durationText(milliseconds: p.ms(18))
            return Bilingual(zh: "工作 A:\(a) CPU;工作 B:\(cpu) CPU + \(wait) 阻塞 I/O;每組 \(WorkerCountScenario.requests("a"))/\(WorkerCountScenario.requests("b")) 個請求;偵測到 \(p.cores) 核",
                             en: "workload A: \(a) CPU; workload B: \(cpu) CPU + \(wait) blocking I/O; \(WorkerCountScenario.requests("a"))/\(WorkerCountScenario.requests("b")) requests per configuration; \(p.cores) cores detected")
        },
        expectations: { p in [
            Expectation("a_plateau", Bilingual(zh: "A(純 CPU):8 個 Worker ÷ 核心數以上最好的一組", en: "A (CPU): 8 workers ÷ the best from cores up"),
                        .atMost(1.25), unit: .ratio, predicted: "≈ 1"),
            Expectation("a_n8_rps", Bilingual(zh: "A:8 個 Worker 的吞吐量", en: "A: throughput at 8 workers"),
                        .atMost(p.perSecond(1.15 * Double(p.cores) * 50)), unit: .requestsPerSecond, predicted: "≤ \(p.cores) ÷ \(durationText(milliseconds: p.ms(20))) = \(Expectation.format(p.perSecond(Double(p.cores) * 50)))"),
            Expectation("b_8_over_2", Bilingual(zh: "B(以 I/O 為主):8 ÷ 2 個 Worker", en: "B (mostly I/O): 8 ÷ 2 workers"),
                        .atLeast(2.5), unit: .ratio, predicted: "≈ 3.5–4"),
            Expectation("a_2_over_1", Bilingual(zh: "A:2 ÷ 1 個 Worker(需兩個閒置核心)", en: "A: 2 ÷ 1 workers (needs 2 idle cores)"),
                        .atLeast(1.3), unit: .ratio, predicted: "≈ 2", soft: true),
        ] },
        notes: { _, p in
            [Bilingual(zh: "gunicorn 的起始公式 (2 × 核心) + 1 = \(2 * p.cores + 1)", en: "gunicorn's starting formula (2 × cores) + 1 = \(2 * p.cores + 1)")]
        },
        charts: { measured in
            ["a", "b"].map { workload in
                let bars = WorkerCountScenario.workerCounts(cores: WorkerCountScenario.cores(in: measured)).compactMap { workers -> ChartSeries.Bar? in
                    guard let throughput = measured["\(workload)_n\(workers)_rps"] else { return nil }
                    return ChartSeries.Bar(label: "N = \(workers)", value: throughput, valueText: "\(Expectation.format(throughput)) req/s")
                }
                let title = workload == "a" ? Bilingual(zh: "工作 A(純 CPU)的吞吐量", en: "workload A (CPU) throughput")
                    : Bilingual(zh: "工作 B(以 I/O 為主)的吞吐量", en: "workload B (mostly I/O) throughput")
                return ChartSeries(title: title, bars: bars)
            }
        },
        scenario: { context in try WorkerCountScenario.run(context) }
    )
}

/// C11's scenario: a sync pool of N ∈ {1, 2, 4, 8, 2·cores+1} under a CPU-bound and a mostly-waiting workload.
enum WorkerCountScenario {
    /// Per configuration: workload A is all CPU, so fewer requests keep the check near 5 s on a loaded machine.
    static func requests(_ workload: String) -> Int { workload == "a" ? 30 : 40 }

    static func workerCounts(cores: Int) -> [Int] {
        Array(Set([1, 2, 4, 8, 2 * cores + 1])).sorted()
    }

    /// The core count the run used, recorded so the chart can be drawn from stored measurements.
    static func cores(in measurements: Measurements) -> Int { Int(measurements["cores"] ?? 2) }

    @available(*, noasync)
    static func run(_ context: ScenarioContext) throws -> Measurements {
        let cpu = context.cpu
        let cpuOnly = context.ms(20), mixedCPU = context.ms(2), mixedWait = context.ms(18)
        var routes = Routes<BlockingHandler>()
        routes.add("/a") { _ in
            cpu.run(milliseconds: cpuOnly)
            return .text("ok\n")
        }
        routes.add("/b") { _ in
            cpu.run(milliseconds: mixedCPU)
            blockingIO(milliseconds: mixedWait)
            return .text("ok\n")
        }
        var measurements: Measurements = ["cores": Double(context.parameters.cores)]
        for workers in workerCounts(cores: context.parameters.cores) {
            try context.withSyncServer(workers: workers, routes: routes) { port in
                for workload in ["a", "b"] {
                    context.step("workload \(workload.uppercased()), \(workers) workers")
                    measurements["\(workload)_n\(workers)_rps"] = try context.burst(port: port, target: "/\(workload)", count: requests(workload)).requestsPerSecond
                }
            }
        }
        // Noise only lowers a throughput, so the plateau is judged against the best run from the core count up.
        let plateau = workerCounts(cores: context.parameters.cores).filter { $0 >= min(context.parameters.cores, 4) && $0 < 8 }
        measurements["a_plateau"] = measurements["a_n8_rps"]! / plateau.compactMap { measurements["a_n\($0)_rps"] }.max()!
        measurements["b_8_over_2"] = measurements["b_n8_rps"]! / measurements["b_n2_rps"]!
        measurements["a_2_over_1"] = measurements["a_n2_rps"]! / measurements["a_n1_rps"]!
        return measurements
    }
}
