import PrepCore
import PrepLoad
import PrepServer

extension Check {
    /// C04: claims 56 and 109 (TRUE), 33 (DEPENDS). Whatever runs on the loop thread stops every request.
    static let cpuBlocksTheLoop = Check(
        id: "C04", slug: "cpu-blocks-the-loop", claimIDs: [56, 109, 33], verdict: .true,
        claim: Bilingual(
            zh: "「ASGI 異步視圖(並無優勢)… ⚠️ 而且阻塞了事件循環,影響其他協程!」",
            en: "An ASGI async view doing CPU work gains nothing, and it blocks the event loop, hurting other coroutines."
        ),
        explanation: Bilingual(
            zh: "事件循環就是一條執行緒;在上面跑的東西,不管是 CPU 計算還是阻塞呼叫,都會讓其他所有請求停下來。所以 Django 在異步程式碼裡拒絕同步 ORM 呼叫(SynchronousOnlyOperation),並把同步視圖放到執行緒裡跑;交給執行緒池的工作就不擋循環。",
            en: "The loop is one thread: whatever runs on it, CPU or a blocking call, stops every other request. That is why Django refuses sync ORM calls in async code (SynchronousOnlyOperation) and runs sync views in a thread; work handed to a pool does not block the loop."
        ),
        scaleNote: { articleScaleNote(here: $0.ms(300), articleZh: "一個 300 ms 的慢請求(文章未給數字)", articleEn: "one 300 ms slow request (the article gives no figure)", parameters: $0) },
        expectations: { p in [
            Expectation("cpu_on_loop_min_ms", Bilingual(zh: "(a) CPU 在循環上:小請求最短延遲", en: "(a) CPU on the loop: fastest trivial request"),
                        .atLeast(p.ms(150)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(250)))"),
            Expectation("blocking_on_loop_min_ms", Bilingual(zh: "(b) 阻塞呼叫在循環上:最短延遲", en: "(b) blocking call on the loop: fastest"),
                        .atLeast(p.ms(150)), unit: .milliseconds, predicted: "≈ \(Expectation.format(p.ms(250)))"),
            Expectation("offloaded_p95_ms", Bilingual(zh: "(c) CPU 交給執行緒池:p95 延遲", en: "(c) CPU offloaded to a pool: p95"),
                        .atMost(p.ms(60)), unit: .milliseconds, predicted: "≈ 0–3"),
        ] },
        scenario: { context in
            let work = context.ms(300), cpu = context.cpu
            var routes = Routes<AsyncHandler>()
            routes.add("/cpu", .immediate { _ in
                cpu.run(milliseconds: work)
                return .text("computed\n")
            })
            routes.add("/blocking", .immediate { _ in
                blockingIO(milliseconds: work)
                return .text("blocked\n")
            })
            routes.add("/offloaded", .async { _, request in
                try await request.offload { cpu.run(milliseconds: work) }
                return .text("computed elsewhere\n")
            })
            routes.add("/", .prepared(PreparedResponse(.text("hello\n"))))
            return try context.withAsyncServer(offloadThreads: 2, routes: routes) { port in
                func trivialLatencies(behind slowTarget: String) throws -> [Double] {
                    let slow = BackgroundWork { try context.burst(port: port, target: slowTarget, count: 1) }
                    blockingIO(milliseconds: context.ms(50))
                    let trivial = try context.burst(port: port, target: "/", count: 20)
                    _ = try slow.wait()
                    return trivial.latencies
                }
                context.step("(a) 20 trivial requests behind \(durationText(milliseconds: work)) of CPU on the loop")
                let onLoop = try trivialLatencies(behind: "/cpu")
                context.step("(b) behind a \(durationText(milliseconds: work)) blocking call on the loop")
                let blocking = try trivialLatencies(behind: "/blocking")
                context.step("(c) behind \(durationText(milliseconds: work)) of CPU offloaded to a pool")
                let offloaded = try trivialLatencies(behind: "/offloaded")
                return [
                    "cpu_on_loop_min_ms": onLoop.first ?? .nan,
                    "blocking_on_loop_min_ms": blocking.first ?? .nan,
                    "offloaded_p95_ms": offloaded.percentile(0.95),
                ]
            }
        }
    )
}
